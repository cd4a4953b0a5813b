#pragma once

#include "pki/CertificateAuthority.h"
#include "config/ClusterLoader.h"
#include "pki/ClusterPki.h"
#include "pki/PkiOptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <optional>

// Makes the cluster's certificates in DIR/certificates, as `certs` and the wizard's
// certificates page do: with a new CA, your own CA (certificate and key), or your own
// certificates checked against your CA. A CA already in DIR (with its key) is reused and
// certificates that still pass every check are kept byte for byte. Writes nothing on failure.
class CertificateIssuer
{
    Q_DECLARE_TR_FUNCTIONS(CertificateIssuer) // messages in the wizard's language, English in the CLI

public:
    enum class Source { Generate, OwnCa, ImportCertificates };
    struct Request {
        Source source = Source::Generate;
        QByteArray caCertPem;     // OwnCa, ImportCertificates
        QByteArray caKeyPem;      // OwnCa
        QByteArray caPassphrase;  // OwnCa: for an encrypted key
        QString caName;           // where the CA came from, for messages (a file name)
        QHash<QString, QByteArray> provided; // ImportCertificates: "certificates/..." -> bytes
        PkiOptions options;
    };
    struct Result {
        ClusterPki::Result pki;
        std::optional<CertificateAuthority> ca; // the signing CA (none for imported certificates)
        QString origin;   // "a new CA", "your CA x.pem", ...
        QString error;    // empty on success; then the files are written
        bool ok() const { return error.isEmpty(); }
    };
    // progress: see PkiProgress; a stopped run ends with an error and writes nothing.
    static Result issue(const ClusterLoader::Result &loaded, const QString &outDir, const Request &request, const PkiProgress &progress = {});
};
