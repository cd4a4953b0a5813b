#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

// An OpenSSH host certificate (PROTOCOL.certkeys): the node's key signed by a CA that known_hosts
// trusts with @cert-authority. libssh has no code for checking one, so this class checks it as
// OpenSSH's sshkey_cert_check_host does: a host certificate, the host among its principals
// (patterns allowed), now within its validity, no critical option (none is defined for hosts),
// and the CA's signature, with the algorithms OpenSSH 9.2 accepts from a CA (not SHA-1 RSA).
class HostCertificate
{
public:
    static bool isCertificateType(const QString &keyType); // "...-cert-v01@openssh.com"
    // The certificate in its wire form (the base64 of the presented key, decoded).
    static std::optional<HostCertificate> parse(const QByteArray &blob, QString *error);

    QString plainKeyType() const { return m_plainType; }
    QByteArray plainKeyBlob() const { return m_plainBlob; } // the node's own key, as a plain key
    QByteArray caKeyBlob() const { return m_caBlob; }
    QString keyId() const { return m_keyId; }
    // Empty when the certificate is good for this host name now; else why not (OpenSSH's words).
    QString problemFor(const QString &hostname, qint64 nowSecsSinceEpoch) const;

private:
    // Empty when the CA's signature over the certificate verifies; else why not.
    QString signatureProblem() const;

    QString m_plainType;
    QByteArray m_plainBlob;
    quint32 m_certType = 0;
    QString m_keyId;
    QStringList m_principals;
    quint64 m_validAfter = 0;
    quint64 m_validBefore = 0;
    QStringList m_criticalOptions;
    QByteArray m_caBlob;
    QByteArray m_signature;  // string alg, string bytes
    QByteArray m_signedData; // everything before the signature
};
