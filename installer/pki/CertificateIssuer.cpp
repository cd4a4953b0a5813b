#include "pki/CertificateIssuer.h"

#include "util/DirectoryContents.h"
#include "config/EnvRenderer.h"
#include "util/FileSetWriter.h"

#include <QDir>

CertificateIssuer::Result CertificateIssuer::issue(const ClusterLoader::Result &loaded, const QString &outDir, const Request &request, const PkiProgress &progress)
{
    Result result;
    if (!loaded.ok()) {
        result.error = CertificateIssuer::tr("the cluster has errors; fix them first");
        return result;
    }
    const QList<RenderedFile> envFiles = EnvRenderer::renderAll(loaded.cluster, loaded.document);
    const QHash<QString, QByteArray> existing =
        DirectoryContents::read(QDir(outDir).filePath(QStringLiteral("certificates")), QStringLiteral("certificates/"));
    QString error;
    switch (request.source) {
    case Source::ImportCertificates:
        result.pki = ClusterPki::importProvided(loaded.cluster, envFiles, request.caCertPem, request.options, request.provided);
        result.origin = CertificateIssuer::tr("imported certificates checked against %1").arg(request.caName);
        break;
    case Source::OwnCa:
        result.ca = CertificateAuthority::load(request.caCertPem, request.caKeyPem, request.caPassphrase, &error);
        if (!result.ca) {
            result.error = CertificateIssuer::tr("%1: %2; nothing written").arg(request.caName, error);
            return result;
        }
        result.origin = CertificateIssuer::tr("your CA %1").arg(request.caName);
        // The organisation keeps its own CA key: it is never written next to the certificates.
        result.pki = ClusterPki::issue(loaded.cluster, envFiles, *result.ca, false, request.options, existing, progress);
        break;
    case Source::Generate:
        if (existing.contains(ClusterPki::caCertPath())) {
            if (!existing.contains(ClusterPki::caKeyPath())) {
                result.error = CertificateIssuer::tr("%1 holds a CA certificate without its key; bring that CA (certificate and key) to sign new "
                                              "certificates, or remove the folder to start with a new CA")
                                   .arg(QDir(outDir).filePath(ClusterPki::caCertPath()));
                return result;
            }
            result.ca = CertificateAuthority::load(existing.value(ClusterPki::caCertPath()), existing.value(ClusterPki::caKeyPath()), {}, &error);
            if (!result.ca) {
                result.error = QStringLiteral("%1: %2").arg(QDir(outDir).filePath(ClusterPki::caCertPath()), error);
                return result;
            }
            result.origin = CertificateIssuer::tr("the existing CA in %1").arg(QDir(outDir).filePath(QStringLiteral("certificates/ca")));
        } else {
            result.ca = CertificateAuthority::create(request.options.keyType, request.options.caDays, QStringLiteral("AgileSec Platform Root CA"), &error);
            if (!result.ca) {
                result.error = error;
                return result;
            }
            result.origin = CertificateIssuer::tr("a new CA");
        }
        result.pki = ClusterPki::issue(loaded.cluster, envFiles, *result.ca, true, request.options, existing, progress);
        break;
    }
    if (progress.stopped()) {
        result.error = CertificateIssuer::tr("stopped: no certificate was written, the folder is as it was");
        return result;
    }
    if (!result.pki.ok()) {
        result.error = result.pki.problems.join(QStringLiteral("; ")) + CertificateIssuer::tr("; nothing written");
        return result;
    }
    result.error = FileSetWriter::write(outDir, result.pki.files);
    return result;
}
