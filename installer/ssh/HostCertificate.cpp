#include "ssh/HostCertificate.h"

#include "util/SshPattern.h"

#include <QDateTime>
#include <QHash>
#include <QtEndian>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace {
constexpr quint32 kHostCertificate = 2; // SSH2_CERT_TYPE_HOST
const QLatin1String kCertSuffix("-cert-v01@openssh.com");

// The SSH wire format (RFC 4251 section 5): a cursor over the blob that fails once and stays failed.
class WireReader
{
public:
    explicit WireReader(const QByteArray &data) : m_data(data) {}
    bool ok() const { return m_ok; }
    qsizetype position() const { return m_pos; }
    bool atEnd() const { return m_pos == m_data.size(); }
    quint32 u32() { return number<quint32>(); }
    quint64 u64() { return number<quint64>(); }
    QByteArray string()
    {
        const quint32 length = u32();
        if (!need(length))
            return {};
        const QByteArray s = m_data.mid(m_pos, length);
        m_pos += length;
        return s;
    }
    QByteArray raw(qsizetype from) const { return m_data.mid(from, m_pos - from); }

private:
    template<typename T>
    T number()
    {
        if (!need(sizeof(T)))
            return 0;
        const T v = qFromBigEndian<T>(m_data.constData() + m_pos);
        m_pos += qsizetype(sizeof(T));
        return v;
    }
    bool need(quint64 bytes)
    {
        m_ok = m_ok && quint64(m_data.size() - m_pos) >= bytes;
        return m_ok;
    }
    const QByteArray &m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

QByteArray wireString(const QByteArray &s)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(s.size()), out.data());
    return out + s;
}

// The names in a string list field (principals) or the names of a name/data list (options);
// nothing when the field is malformed.
std::optional<QStringList> names(const QByteArray &field, bool pairs)
{
    QStringList out;
    WireReader r(field);
    while (r.ok() && !r.atEnd()) {
        out << QString::fromUtf8(r.string());
        if (pairs)
            r.string();
    }
    return r.ok() ? std::optional<QStringList>(out) : std::nullopt;
}

using Pkey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

Pkey fromParams(const char *type, OSSL_PARAM_BLD *build)
{
    Pkey key(nullptr, EVP_PKEY_free);
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(build);
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
    EVP_PKEY *made = nullptr;
    if (params && ctx && EVP_PKEY_fromdata_init(ctx) == 1 && EVP_PKEY_fromdata(ctx, &made, EVP_PKEY_PUBLIC_KEY, params) == 1)
        key.reset(made);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    return key;
}

// The CA's public key (a plain SSH key blob) for OpenSSL, and the digest its signatures use.
Pkey caKey(const QByteArray &blob, const QByteArray &algorithm, const EVP_MD **md, QString *why)
{
    WireReader r(blob);
    const QByteArray type = r.string();
    if (type == "ssh-ed25519") {
        const QByteArray pk = r.string();
        *md = nullptr;
        if (!r.ok() || pk.size() != 32 || algorithm != "ssh-ed25519") {
            *why = QStringLiteral("a malformed Ed25519 CA key or signature");
            return Pkey(nullptr, EVP_PKEY_free);
        }
        return Pkey(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(pk.constData()), size_t(pk.size())),
                    EVP_PKEY_free);
    }
    OSSL_PARAM_BLD *build = OSSL_PARAM_BLD_new();
    std::unique_ptr<OSSL_PARAM_BLD, decltype(&OSSL_PARAM_BLD_free)> owner(build, OSSL_PARAM_BLD_free);
    if (type == "ssh-rsa") {
        const QByteArray e = r.string();
        const QByteArray n = r.string();
        if (algorithm == "rsa-sha2-256")
            *md = EVP_sha256();
        else if (algorithm == "rsa-sha2-512")
            *md = EVP_sha512();
        else {
            *why = QStringLiteral("the CA signed with %1, which OpenSSH no longer accepts from a CA (SHA-1)").arg(QString::fromLatin1(algorithm));
            return Pkey(nullptr, EVP_PKEY_free);
        }
        BIGNUM *bnE = BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr);
        BIGNUM *bnN = BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr);
        const bool pushed = r.ok() && bnE && bnN && OSSL_PARAM_BLD_push_BN(build, OSSL_PKEY_PARAM_RSA_E, bnE) == 1
                            && OSSL_PARAM_BLD_push_BN(build, OSSL_PKEY_PARAM_RSA_N, bnN) == 1;
        Pkey key = pushed ? fromParams("RSA", build) : Pkey(nullptr, EVP_PKEY_free);
        BN_free(bnE);
        BN_free(bnN);
        return key;
    }
    static const QHash<QByteArray, std::pair<const char *, const EVP_MD *(*)()>> curves{
        {"ecdsa-sha2-nistp256", {"prime256v1", EVP_sha256}},
        {"ecdsa-sha2-nistp384", {"secp384r1", EVP_sha384}},
        {"ecdsa-sha2-nistp521", {"secp521r1", EVP_sha512}}};
    if (curves.contains(type) && algorithm == type) {
        r.string(); // the curve's name again
        const QByteArray q = r.string();
        const auto &[group, digest] = curves.value(type);
        *md = digest();
        if (r.ok() && OSSL_PARAM_BLD_push_utf8_string(build, OSSL_PKEY_PARAM_GROUP_NAME, group, 0) == 1
            && OSSL_PARAM_BLD_push_octet_string(build, OSSL_PKEY_PARAM_PUB_KEY, q.constData(), size_t(q.size())) == 1)
            return fromParams("EC", build);
    }
    *why = QStringLiteral("a CA key of type %1 signing with %2, which is not supported").arg(QString::fromLatin1(type), QString::fromLatin1(algorithm));
    return Pkey(nullptr, EVP_PKEY_free);
}

// ECDSA signatures travel as two mpints; OpenSSL verifies their DER form.
QByteArray ecdsaDer(const QByteArray &sshSignature)
{
    WireReader r(sshSignature);
    const QByteArray rBytes = r.string();
    const QByteArray sBytes = r.string();
    if (!r.ok())
        return {};
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *bnR = BN_bin2bn(reinterpret_cast<const unsigned char *>(rBytes.constData()), int(rBytes.size()), nullptr);
    BIGNUM *bnS = BN_bin2bn(reinterpret_cast<const unsigned char *>(sBytes.constData()), int(sBytes.size()), nullptr);
    QByteArray der;
    if (sig && bnR && bnS && ECDSA_SIG_set0(sig, bnR, bnS) == 1) {
        bnR = bnS = nullptr; // owned by sig now
        unsigned char *out = nullptr;
        const int length = i2d_ECDSA_SIG(sig, &out);
        if (length > 0)
            der = QByteArray(reinterpret_cast<const char *>(out), length);
        OPENSSL_free(out);
    }
    BN_free(bnR);
    BN_free(bnS);
    ECDSA_SIG_free(sig);
    return der;
}
} // namespace

bool HostCertificate::isCertificateType(const QString &keyType)
{
    return keyType.endsWith(kCertSuffix);
}

std::optional<HostCertificate> HostCertificate::parse(const QByteArray &blob, QString *error)
{
    HostCertificate c;
    WireReader r(blob);
    const QString type = QString::fromLatin1(r.string());
    if (!isCertificateType(type)) {
        *error = QStringLiteral("not an OpenSSH certificate (%1)").arg(type);
        return std::nullopt;
    }
    c.m_plainType = type.left(type.size() - kCertSuffix.size());
    r.string(); // nonce
    // The key's own fields, as many as its type has: they make the plain key blob.
    const qsizetype keyStart = r.position();
    const int fields = c.m_plainType == QLatin1String("ssh-ed25519") ? 1 : 2; // ssh-rsa: e n; ecdsa: curve Q
    for (int i = 0; i < fields; ++i)
        r.string();
    c.m_plainBlob = wireString(c.m_plainType.toLatin1()) + r.raw(keyStart);
    r.u64(); // serial
    c.m_certType = r.u32();
    c.m_keyId = QString::fromUtf8(r.string());
    const std::optional<QStringList> principals = names(r.string(), false);
    c.m_validAfter = r.u64();
    c.m_validBefore = r.u64();
    const std::optional<QStringList> criticalOptions = names(r.string(), true);
    r.string(); // extensions: none apply to host certificates
    r.string(); // reserved
    c.m_caBlob = r.string();
    c.m_signedData = blob.left(r.position());
    c.m_signature = r.string();
    if (!r.ok() || !r.atEnd() || !principals || !criticalOptions) {
        *error = QStringLiteral("a malformed %1 certificate").arg(type);
        return std::nullopt;
    }
    c.m_principals = *principals;
    c.m_criticalOptions = *criticalOptions;
    return c;
}

QString HostCertificate::problemFor(const QString &hostname, qint64 now) const
{
    if (m_certType != kHostCertificate)
        return QStringLiteral("it is a user certificate, not a host certificate");
    if (m_principals.isEmpty())
        return QStringLiteral("the certificate lacks a principal list");
    if (std::none_of(m_principals.cbegin(), m_principals.cend(), [&](const QString &p) { return SshPattern::matches(p, hostname); }))
        return QStringLiteral("the certificate's principals (%1) do not include %2").arg(m_principals.join(QStringLiteral(", ")), hostname);
    const auto when = [](quint64 t) { return QDateTime::fromSecsSinceEpoch(qint64(t), Qt::UTC).toString(Qt::ISODate); };
    if (quint64(now) < m_validAfter)
        return QStringLiteral("the certificate is not valid yet (from %1)").arg(when(m_validAfter));
    if (quint64(now) >= m_validBefore)
        return QStringLiteral("the certificate expired at %1").arg(when(m_validBefore));
    if (!m_criticalOptions.isEmpty())
        return QStringLiteral("the certificate has critical options (%1), which no host certificate may carry").arg(m_criticalOptions.join(QStringLiteral(", ")));
    return signatureProblem();
}

QString HostCertificate::signatureProblem() const
{
    WireReader r(m_signature);
    const QByteArray algorithm = r.string();
    QByteArray signature = r.string();
    if (!r.ok())
        return QStringLiteral("the certificate's signature is malformed");
    const EVP_MD *md = nullptr;
    QString why;
    const Pkey key = caKey(m_caBlob, algorithm, &md, &why);
    if (!key)
        return why.isEmpty() ? QStringLiteral("the CA key cannot be read") : why;
    if (algorithm.startsWith("ecdsa-"))
        signature = ecdsaDer(signature);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    const bool verified = ctx && !signature.isEmpty() && EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key.get()) == 1
                          && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
                                              reinterpret_cast<const unsigned char *>(m_signedData.constData()), size_t(m_signedData.size()))
                                 == 1;
    return verified ? QString() : QStringLiteral("the CA's signature on the certificate does not verify");
}
