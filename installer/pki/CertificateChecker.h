#pragma once

#include "pki/CertificateSpec.h"

#include <QByteArray>
#include <QStringList>

class CertificateAuthority;
typedef struct x509_st X509;

// Checks a certificate (and its key) against what a node needs: parses, key matches, chains
// to the CA, is in its validity period, its subjectAltName covers every name and IP in the
// spec, and its extended key usage allows the spec's purpose. Each problem is one sentence.
class CertificateChecker
{
public:
    static QStringList problems(const QByteArray &certPem, const QByteArray &keyPem, X509 *caCert, const CertificateSpec &spec);
    // Seconds until the certificate expires (negative when expired); 0 when unparsable.
    static qint64 secondsToExpiry(const QByteArray &certPem);
    // Chain verification with OpenSSL's X509_verify_cert; empty on success, else the reason.
    static QString verifyChain(const QByteArray &certPem, X509 *caCert);
};
