#pragma once

#include "ssh/SshSession.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

// What AccessProbe found on one node: reached or not, the host key as presented and how it
// was trusted, and what sudo does. Messages for people are made by the caller (the CLI prints
// English, the wizard translates).
struct ConnectionCheck {
    // Revoked and CertificateRefused (a trusted CA's certificate not valid for the host): never offered for acceptance.
    enum class HostKey { Trusted, Unknown, Changed, Revoked, CertificateRefused, NotReached };
    enum class Sudo { NotChecked, NoPassword, PasswordAccepted, PasswordRefused, PasswordMissing, Unavailable };
    QString hostname;
    QString destination;   // user@host:port
    QString hostKeyId;     // host:port, the project's key for pins
    QString jumpHost;      // non-empty: the key below is this jump host's ("host:port"), met on the way to hostname
    QString fingerprint;   // SHA256:... as OpenSSH shows it
    QString publicKey;     // the key itself, "<type> <base64>"
    HostKey hostKey = HostKey::NotReached;
    SshSession::HostKeyTrust trust = SshSession::HostKeyTrust::None;
    bool shouldPin = false; // a key the user accepted explicitly: store it as the pin
    QList<QPair<QString, QString>> jumpKeys; // every jump host's key on the way ("host:port", "<type> <base64>")
    QList<QPair<QString, QString>> jumpPins; // jump hosts' keys accepted on the way ("host:port", fingerprint): pin them too
    QString certificate;    // trusted through a host certificate: which one, signed by which CA
    Sudo sudo = Sudo::NotChecked;
    QString error;          // why connecting failed (SshSession's message)
    bool ok() const { return sudo == Sudo::NoPassword || sudo == Sudo::PasswordAccepted; } // reached, authenticated, sudo usable
};
Q_DECLARE_METATYPE(ConnectionCheck)
