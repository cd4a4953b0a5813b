#include "pki/Pkcs12Export.h"

#include "pki/OpenSslHandles.h"

#include <openssl/pem.h>

QByteArray Pkcs12Export::build(const QByteArray &certPem, const QByteArray &keyPem, const QByteArray &caPem, const QByteArray &passphrase,
                               const QString &friendlyName, QString *error)
{
    const auto fail = [&](const QString &what) {
        if (error)
            *error = QStringLiteral("cannot write the PFX (%1): %2").arg(what, OpenSsl::lastError());
        return QByteArray();
    };
    if (passphrase.isEmpty())
        return fail(QStringLiteral("a passphrase is required"));
    OpenSsl::Cert cert = OpenSsl::readCertificate(certPem);
    OpenSsl::Key key = OpenSsl::readPrivateKey(keyPem);
    OpenSsl::Cert ca = OpenSsl::readCertificate(caPem);
    if (!cert || !key || !ca)
        return fail(QStringLiteral("input"));
    STACK_OF(X509) *chain = sk_X509_new_null();
    sk_X509_push(chain, ca.get());
    const QByteArray pass = passphrase + '\0';
    const QByteArray name = friendlyName.toUtf8();
    OpenSsl::Pkcs12 p12(PKCS12_create(pass.constData(), name.constData(), key.get(), cert.get(), chain, 0, 0, 0, 0, 0));
    sk_X509_free(chain); // the stack only; ca is still owned by its handle
    if (!p12)
        return fail(QStringLiteral("create"));
    OpenSsl::Bio out(BIO_new(BIO_s_mem()));
    if (i2d_PKCS12_bio(out.get(), p12.get()) != 1)
        return fail(QStringLiteral("encode"));
    return OpenSsl::bioBytes(out.get());
}
