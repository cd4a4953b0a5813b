#pragma once

#include "pki/CertificateSpec.h"
#include "pki/KeyType.h"
#include "pki/OpenSslHandles.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

// A certificate authority that signs the cluster's certificates: one the installer creates,
// or the organisation's own (bring your own CA). Holds the CA private key in memory; it is
// written only to the machine running the installer (0600) or exported encrypted.
class CertificateAuthority
{
public:
    static constexpr int kDefaultCaDays = 3650;   // 10 years: re-keying a CA means re-issuing every node
    static constexpr int kDefaultLeafDays = 825;  // about 27 months: the longest leaf life TLS clients commonly accept

    // Creates a self-signed root: CA:TRUE critical, keyCertSign + cRLSign critical, SKI/AKI.
    static std::optional<CertificateAuthority> create(KeyType type, int days, const QString &commonName, QString *error);
    // Loads a CA certificate and its key (PEM; an encrypted key needs passphrase) and checks
    // that it can sign: a CA certificate, in its validity period, matching the key.
    static std::optional<CertificateAuthority> load(const QByteArray &certPem, const QByteArray &keyPem, const QByteArray &passphrase,
                                                    QString *error);

    static OpenSsl::Key generateKey(KeyType type, QString *error);
    static QByteArray privateKeyPem(EVP_PKEY *key);
    static QByteArray certificatePem(X509 *cert);

    // Signs a leaf certificate for subjectKey as spec says, valid for days from now.
    QByteArray issue(const CertificateSpec &spec, EVP_PKEY *subjectKey, int days, QString *error) const;

    QByteArray certificatePem() const { return certificatePem(m_cert.get()); }
    QByteArray privateKeyPem() const { return privateKeyPem(m_key.get()); }
    // PKCS#8, AES-256-CBC with a key derived from passphrase: for the explicit CA key export.
    QByteArray encryptedPrivateKeyPem(const QByteArray &passphrase) const;
    X509 *certificate() const { return m_cert.get(); }
    EVP_PKEY *key() const { return m_key.get(); }

private:
    std::shared_ptr<X509> m_cert;
    std::shared_ptr<EVP_PKEY> m_key;
};
