#include "pki/CertificateChecker.h"

#include "pki/OpenSslHandles.h"

#include <openssl/pem.h>

#include <QDateTime>

namespace {
QString asn1Time(const ASN1_TIME *time)
{
    struct tm tm {};
    if (ASN1_TIME_to_tm(time, &tm) != 1)
        return QStringLiteral("(unreadable date)");
    return QStringLiteral("%1-%2-%3").arg(tm.tm_year + 1900).arg(tm.tm_mon + 1, 2, 10, QLatin1Char('0')).arg(tm.tm_mday, 2, 10, QLatin1Char('0'));
}
} // namespace

QString CertificateChecker::verifyChain(const QByteArray &certPem, X509 *caCert)
{
    OpenSsl::Cert cert = OpenSsl::readCertificate(certPem);
    if (!cert)
        return QStringLiteral("not a PEM certificate");
    OpenSsl::Store store(X509_STORE_new());
    OpenSsl::StoreCtx ctx(X509_STORE_CTX_new());
    if (!store || !ctx || X509_STORE_add_cert(store.get(), caCert) != 1 || X509_STORE_CTX_init(ctx.get(), store.get(), cert.get(), nullptr) != 1)
        return OpenSsl::lastError();
    // Validity dates are reported separately and more precisely.
    X509_STORE_CTX_set_flags(ctx.get(), X509_V_FLAG_NO_CHECK_TIME);
    if (X509_verify_cert(ctx.get()) == 1)
        return {};
    const QString reason = QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
    ERR_clear_error();
    return reason;
}

qint64 CertificateChecker::secondsToExpiry(const QByteArray &certPem)
{
    OpenSsl::Cert cert = OpenSsl::readCertificate(certPem);
    if (!cert)
        return 0;
    int days = 0, seconds = 0;
    if (ASN1_TIME_diff(&days, &seconds, nullptr, X509_get0_notAfter(cert.get())) != 1)
        return 0;
    return qint64(days) * 86400 + seconds;
}

QStringList CertificateChecker::problems(const QByteArray &certPem, const QByteArray &keyPem, X509 *caCert, const CertificateSpec &spec)
{
    QStringList found;
    OpenSsl::Cert cert = OpenSsl::readCertificate(certPem);
    if (!cert)
        return {QStringLiteral("%1 is not a PEM certificate").arg(spec.certPath)};
    if (!keyPem.isNull()) {
        OpenSsl::Key key = OpenSsl::readPrivateKey(keyPem);
        if (!key)
            found << QStringLiteral("%1 is not an unencrypted PEM private key").arg(spec.keyPath);
        else if (X509_check_private_key(cert.get(), key.get()) != 1)
            found << QStringLiteral("the private key %1 does not match the certificate %2").arg(spec.keyPath, spec.certPath);
        ERR_clear_error();
    }
    const QString chain = verifyChain(certPem, caCert);
    if (!chain.isEmpty())
        found << QStringLiteral("%1 does not chain to the CA: %2").arg(spec.certPath, chain);
    if (X509_cmp_current_time(X509_get0_notAfter(cert.get())) <= 0)
        found << QStringLiteral("%1 expired on %2").arg(spec.certPath, asn1Time(X509_get0_notAfter(cert.get())));
    if (X509_cmp_current_time(X509_get0_notBefore(cert.get())) > 0)
        found << QStringLiteral("%1 is not valid before %2").arg(spec.certPath, asn1Time(X509_get0_notBefore(cert.get())));
    for (const QString &dns : spec.dnsNames) {
        const QByteArray name = dns.toLatin1();
        if (X509_check_host(cert.get(), name.constData(), size_t(name.size()), X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS, nullptr) != 1)
            found << QStringLiteral("%1: subjectAltName does not cover the name %2").arg(spec.certPath, dns);
    }
    for (const QString &ip : spec.ipAddresses) {
        if (X509_check_ip_asc(cert.get(), ip.toLatin1().constData(), 0) != 1)
            found << QStringLiteral("%1: subjectAltName does not cover the IP address %2").arg(spec.certPath, ip);
    }
    if (X509_get_extension_flags(cert.get()) & EXFLAG_XKUSAGE) {
        const uint32_t eku = X509_get_extended_key_usage(cert.get());
        if (!(eku & XKU_SSL_SERVER))
            found << QStringLiteral("%1: extended key usage lacks serverAuth").arg(spec.certPath);
        if (spec.purpose == CertificateSpec::Purpose::NodeIdentity && !(eku & XKU_SSL_CLIENT))
            found << QStringLiteral("%1: extended key usage lacks clientAuth, which mutual TLS between nodes needs").arg(spec.certPath);
    }
    if (X509_check_ca(cert.get()) >= 1 && (X509_get_extension_flags(cert.get()) & EXFLAG_CA))
        found << QStringLiteral("%1 is a CA certificate; a node needs a leaf certificate").arg(spec.certPath);
    ERR_clear_error();
    return found;
}
