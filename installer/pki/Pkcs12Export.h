#pragma once

#include <QByteArray>
#include <QString>

// PKCS#12 (PFX) of a certificate, its key and the CA, for load balancers that take one
// (Azure Application Gateway's listener certificate). OpenSSL 3's defaults: AES-256-CBC with
// PBKDF2 and a SHA-256 MAC.
class Pkcs12Export
{
public:
    static QByteArray build(const QByteArray &certPem, const QByteArray &keyPem, const QByteArray &caPem, const QByteArray &passphrase,
                            const QString &friendlyName, QString *error);
};
