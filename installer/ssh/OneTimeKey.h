#pragma once

#include <QByteArray>
#include <QString>

// An Ed25519 key pair made for one run and held only in memory: the package relay's credential
// (PackageRelayPlan). The private half goes to the relay node on a step's stdin, never to a
// file here, a log or a command line; the public half is removed from every node afterwards.
class OneTimeKey
{
public:
    // Empty (error set) when libssh cannot make one.
    static OneTimeKey generate(QString *error);

    bool isNull() const { return m_publicLine.isEmpty(); }
    QString publicLine() const { return m_publicLine; } // "ssh-ed25519 AAAA...", no comment
    QByteArray privateKey() const { return m_private; }  // OpenSSH format, unencrypted

private:
    QString m_publicLine;
    QByteArray m_private;
};
