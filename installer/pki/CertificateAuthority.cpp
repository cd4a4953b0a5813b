#include "pki/CertificateAuthority.h"

#include <openssl/pem.h>
#include <openssl/rand.h>

namespace {
const EVP_MD *digestFor(EVP_PKEY *key)
{
    // P-384 pairs with SHA-384; everything else here with SHA-256.
    return EVP_PKEY_get_bits(key) == 384 && EVP_PKEY_is_a(key, "EC") ? EVP_sha384() : EVP_sha256();
}

bool randomSerial(X509 *cert)
{
    // 128 random bits read as an unsigned number: always positive, at most 17 DER octets (RFC 5280 allows 20).
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[sizeof bytes - 1] |= 0x01; // never zero
    OpenSsl::BigNum bn(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) != nullptr;
}

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const QString &value)
{
    OpenSsl::Extension ext(X509V3_EXT_nconf_nid(nullptr, ctx, nid, value.toLatin1().constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setName(X509_NAME *name, const QString &commonName, const QString &organization)
{
    if (!organization.isEmpty()
        && X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(organization.toUtf8().constData()), -1,
                                      -1, 0)
            != 1)
        return false;
    return X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(commonName.toUtf8().constData()),
                                      -1, -1, 0)
        == 1;
}

OpenSsl::Cert newCertificate(EVP_PKEY *subjectKey, int days)
{
    OpenSsl::Cert cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1 || !randomSerial(cert.get()))
        return nullptr;
    // Backdate a little so a node whose clock lags the laptop's still accepts the certificate.
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) || !X509_time_adj_ex(X509_getm_notAfter(cert.get()), days, 0, nullptr))
        return nullptr;
    if (X509_set_pubkey(cert.get(), subjectKey) != 1)
        return nullptr;
    return cert;
}
} // namespace

OpenSsl::Key CertificateAuthority::generateKey(KeyType type, QString *error)
{
    EVP_PKEY *key = nullptr;
    switch (type) {
    case KeyType::Rsa2048: key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)); break;
    case KeyType::Rsa3072: key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(3072)); break;
    case KeyType::Rsa4096: key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(4096)); break;
    case KeyType::P256: key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"); break;
    case KeyType::P384: key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"); break;
    }
    if (!key && error)
        *error = QStringLiteral("key generation failed: %1").arg(OpenSsl::lastError());
    return OpenSsl::Key(key);
}

QByteArray CertificateAuthority::privateKeyPem(EVP_PKEY *key)
{
    OpenSsl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return OpenSsl::bioBytes(bio.get());
}

QByteArray CertificateAuthority::certificatePem(X509 *cert)
{
    OpenSsl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    return OpenSsl::bioBytes(bio.get());
}

QByteArray CertificateAuthority::encryptedPrivateKeyPem(const QByteArray &passphrase) const
{
    OpenSsl::Bio bio(BIO_new(BIO_s_mem()));
    QByteArray pass = passphrase;
    if (!bio
        || PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), EVP_aes_256_cbc(), pass.data(), int(pass.size()), nullptr, nullptr) != 1)
        return {};
    return OpenSsl::bioBytes(bio.get());
}

std::optional<CertificateAuthority> CertificateAuthority::create(KeyType type, int days, const QString &commonName, QString *error)
{
    OpenSsl::Key key = generateKey(type, error);
    if (!key)
        return std::nullopt;
    OpenSsl::Cert cert = newCertificate(key.get(), days);
    const auto fail = [&](const QString &what) {
        if (error)
            *error = QStringLiteral("cannot create the CA certificate (%1): %2").arg(what, OpenSsl::lastError());
        return std::nullopt;
    };
    if (!cert)
        return fail(QStringLiteral("fields"));
    X509_NAME *name = X509_get_subject_name(cert.get());
    if (!setName(name, commonName, QStringLiteral("AgileSec Platform")) || X509_set_issuer_name(cert.get(), name) != 1)
        return fail(QStringLiteral("name"));
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    if (!addExtension(cert.get(), &ctx, NID_basic_constraints, QStringLiteral("critical,CA:TRUE"))
        || !addExtension(cert.get(), &ctx, NID_key_usage, QStringLiteral("critical,keyCertSign,cRLSign"))
        || !addExtension(cert.get(), &ctx, NID_subject_key_identifier, QStringLiteral("hash"))
        || !addExtension(cert.get(), &ctx, NID_authority_key_identifier, QStringLiteral("keyid:always")))
        return fail(QStringLiteral("extensions"));
    if (X509_sign(cert.get(), key.get(), digestFor(key.get())) <= 0)
        return fail(QStringLiteral("signature"));
    CertificateAuthority ca;
    ca.m_cert.reset(cert.release(), X509_free);
    ca.m_key.reset(key.release(), EVP_PKEY_free);
    return ca;
}

std::optional<CertificateAuthority> CertificateAuthority::load(const QByteArray &certPem, const QByteArray &keyPem,
                                                               const QByteArray &passphrase, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        ERR_clear_error();
        return std::nullopt;
    };
    OpenSsl::Cert cert = OpenSsl::readCertificate(certPem);
    if (!cert)
        return fail(QStringLiteral("the CA certificate is not a PEM certificate"));
    OpenSsl::Key key = OpenSsl::readPrivateKey(keyPem, passphrase);
    if (!key) {
        const bool encrypted = keyPem.contains("ENCRYPTED");
        if (encrypted && passphrase.isEmpty())
            return fail(QStringLiteral("the CA key is encrypted: give its passphrase (--ca-pass-file)"));
        if (encrypted)
            return fail(QStringLiteral("the CA key could not be decrypted: wrong passphrase?"));
        return fail(QStringLiteral("the CA key is not a PEM private key"));
    }
    if (X509_check_ca(cert.get()) < 1)
        return fail(QStringLiteral("the CA certificate is not a CA (basicConstraints CA:TRUE is missing), so it cannot sign certificates"));
    if (X509_check_private_key(cert.get(), key.get()) != 1)
        return fail(QStringLiteral("the CA key does not match the CA certificate"));
    if (X509_cmp_current_time(X509_get0_notAfter(cert.get())) <= 0)
        return fail(QStringLiteral("the CA certificate has expired"));
    if (X509_cmp_current_time(X509_get0_notBefore(cert.get())) > 0)
        return fail(QStringLiteral("the CA certificate is not valid yet"));
    if ((X509_get_extension_flags(cert.get()) & EXFLAG_KUSAGE) && !(X509_get_key_usage(cert.get()) & KU_KEY_CERT_SIGN))
        return fail(QStringLiteral("the CA certificate's key usage does not allow keyCertSign"));
    CertificateAuthority ca;
    ca.m_cert.reset(cert.release(), X509_free);
    ca.m_key.reset(key.release(), EVP_PKEY_free);
    return ca;
}

QByteArray CertificateAuthority::issue(const CertificateSpec &spec, EVP_PKEY *subjectKey, int days, QString *error) const
{
    const auto fail = [&](const QString &what) {
        if (error)
            *error = QStringLiteral("cannot issue the certificate for %1 (%2): %3").arg(spec.owner, what, OpenSsl::lastError());
        return QByteArray();
    };
    OpenSsl::Cert cert = newCertificate(subjectKey, days);
    if (!cert)
        return fail(QStringLiteral("fields"));
    if (!setName(X509_get_subject_name(cert.get()), spec.commonName, QStringLiteral("AgileSec Platform"))
        || X509_set_issuer_name(cert.get(), X509_get_subject_name(m_cert.get())) != 1)
        return fail(QStringLiteral("name"));
    QStringList names;
    for (const QString &dns : spec.dnsNames)
        names << QStringLiteral("DNS:") + dns;
    for (const QString &ip : spec.ipAddresses)
        names << QStringLiteral("IP:") + ip;
    const bool rsa = EVP_PKEY_is_a(subjectKey, "RSA");
    // RSA key exchange needs keyEncipherment; ECDSA keys only sign.
    const QString keyUsage = rsa ? QStringLiteral("critical,digitalSignature,keyEncipherment") : QStringLiteral("critical,digitalSignature");
    const QString extendedUsage =
        spec.purpose == CertificateSpec::Purpose::NodeIdentity ? QStringLiteral("serverAuth,clientAuth") : QStringLiteral("serverAuth");
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, m_cert.get(), cert.get(), nullptr, nullptr, 0);
    if (!addExtension(cert.get(), &ctx, NID_basic_constraints, QStringLiteral("critical,CA:FALSE"))
        || !addExtension(cert.get(), &ctx, NID_key_usage, keyUsage) || !addExtension(cert.get(), &ctx, NID_ext_key_usage, extendedUsage)
        || !addExtension(cert.get(), &ctx, NID_subject_key_identifier, QStringLiteral("hash"))
        || !addExtension(cert.get(), &ctx, NID_authority_key_identifier, QStringLiteral("keyid:always"))
        || (!names.isEmpty() && !addExtension(cert.get(), &ctx, NID_subject_alt_name, names.join(QLatin1Char(',')))))
        return fail(QStringLiteral("extensions"));
    if (X509_sign(cert.get(), m_key.get(), digestFor(m_key.get())) <= 0)
        return fail(QStringLiteral("signature"));
    return certificatePem(cert.get());
}
