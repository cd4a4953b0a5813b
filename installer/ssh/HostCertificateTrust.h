#pragma once

#include "ssh/KnownHostsFile.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What known_hosts says of a node's host certificate, as OpenSSH decides it (sshconnect.c
// check_host_key): a @revoked CA is refused; a @cert-authority line for the host with the
// certificate's CA makes it trusted when the certificate is good for the host now, and refused
// (never offered for acceptance) when it is not; with no such CA line the node's key is judged
// as a plain key (pins, known_hosts lines).
//
// libssh 0.10 (and its master as of 2026) never offers certificate host-key algorithms, so the
// session always sees the node's plain key. Where a CA line names the host, the certificate is
// read with `ssh-keyscan -c`, which asks sshd for exactly that, and it counts only when the key
// it certifies is the very key the session's key exchange proved the node holds. The channel it
// came through needs no trust: the CA's signature is what vouches for the binding.
class HostCertificateTrust
{
public:
    struct Verdict {
        enum class Kind { Trusted, Refused, Revoked, NoCa } kind = Kind::Refused;
        QString plainKeyType;      // the node's own key
        QByteArray plainKeyBase64;
        QString detail;            // Trusted: which CA (file:line); else why not
    };
    // The verdict for the key a session was shown (keyType, keyBase64), fetching the host's
    // certificate from host:port when a @cert-authority line names the host (not through a
    // jump host: viaJump names it, and ssh-keyscan cannot follow).
    static Verdict forSession(const QString &keyType, const QByteArray &keyBase64, const QList<KnownHostsFile::Entry> &known, const QString &host,
                              int port, int timeoutSeconds, qint64 nowSecs, const QString &viaJump = {});
    // certificateBase64: the presented key; hostname: the name connected to (HostName applied).
    static Verdict judge(const QByteArray &certificateBase64, const QList<KnownHostsFile::Entry> &known, const QString &hostname, qint64 nowSecs);

private:
    // The certificates sshd at host:port presents (base64 blobs), or empty with *why set.
    static QList<QByteArray> fetchCertificates(const QString &host, int port, int timeoutSeconds, QString *why);
};
