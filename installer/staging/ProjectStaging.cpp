#include "staging/ProjectStaging.h"

#include "pki/CertificateAuthority.h"
#include "pki/ClusterPki.h"
#include "util/DirectoryContents.h"
#include "config/EnvRenderer.h"
#include "util/FileSetWriter.h"
#include "lb/LoadBalancerRenderer.h"
#include "project/Project.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>

LoadBalancerRenderer::Settings ProjectStaging::loadBalancerSettings(const Project &project)
{
    LoadBalancerRenderer::Settings settings;
    // The CA sits next to haproxy.cfg on the LB nodes.
    settings.haproxyCaFile = QFileInfo(project.external.haproxyConfigPath).path() + QStringLiteral("/agilesec-rootca-cert.pem");
    settings.statsSocket = project.external.haproxyStatsSocket;
    // One VRRP password per project, kept with the output so every LB node gets the same.
    const QString passFile = QDir(project.outputPath()).filePath(QStringLiteral("lb/.vrrp-auth-pass"));
    QFile f(passFile);
    if (f.open(QIODevice::ReadOnly))
        settings.vrrpAuthPass = QString::fromLatin1(f.readAll()).trimmed();
    if (settings.vrrpAuthPass.isEmpty())
        settings.vrrpAuthPass = LoadBalancerRenderer::randomVrrpPass();
    return settings;
}

QList<RenderedFile> ProjectStaging::loadBalancerFiles(const Project &project, const ClusterLoader::Result &loaded, const QByteArray &caCertPem)
{
    const LoadBalancerRenderer::Settings settings = loadBalancerSettings(project);
    QList<RenderedFile> files = LoadBalancerRenderer::render(loaded.cluster, project.external, caCertPem, settings);
    if (project.external.mode == ExternalAccess::Mode::OnPrem)
        files << RenderedFile{QStringLiteral("lb/.vrrp-auth-pass"), settings.vrrpAuthPass.toLatin1() + '\n', 0600};
    return files;
}

ProjectStaging::Result ProjectStaging::prepare(const Project &project, const ClusterLoader::Result &loaded, const PkiOptions &options)
{
    Result result;
    result.directory = project.outputPath();
    const QList<RenderedFile> envFiles = EnvRenderer::renderAll(loaded.cluster, loaded.document);
    const QHash<QString, QByteArray> existing =
        DirectoryContents::read(QDir(result.directory).filePath(QStringLiteral("certificates")), QStringLiteral("certificates/"));
    QString error;
    std::optional<CertificateAuthority> ca;
    if (existing.contains(ClusterPki::caCertPath())) {
        if (!existing.contains(ClusterPki::caKeyPath())) {
            // Your own CA or certificates (certs --ca-cert/--import-certs): use them as they are
            // when complete and valid; there is no key here to issue more.
            ClusterPki::Result provided = ClusterPki::importProvided(loaded.cluster, envFiles, existing.value(ClusterPki::caCertPath()), options, existing);
            if (!provided.ok()) {
                result.error = QStringLiteral("the certificates in %1 were made with a CA whose key is not here, and they do not fit the "
                                              "cluster: %2. Run certs with --ca-cert and --ca-key (or --import-certs) again")
                                   .arg(QDir(result.directory).filePath(QStringLiteral("certificates")), provided.problems.join(QStringLiteral("; ")));
                return result;
            }
            result.kept = int(provided.kept.size());
            QList<RenderedFile> all = envFiles;
            all += provided.files;
            all += loadBalancerFiles(project, loaded, existing.value(ClusterPki::caCertPath()));
            result.error = FileSetWriter::write(result.directory, all);
            return result;
        }
        ca = CertificateAuthority::load(existing.value(ClusterPki::caCertPath()), existing.value(ClusterPki::caKeyPath()), {}, &error);
    } else {
        ca = CertificateAuthority::create(options.keyType, options.caDays, QStringLiteral("AgileSec Platform Root CA"), &error);
    }
    if (!ca) {
        result.error = QStringLiteral("%1: %2").arg(QDir(result.directory).filePath(ClusterPki::caCertPath()), error);
        return result;
    }
    const ClusterPki::Result pki = ClusterPki::issue(loaded.cluster, envFiles, *ca, true, options, existing);
    if (!pki.ok()) {
        result.error = pki.problems.join(QStringLiteral("; "));
        return result;
    }
    result.issued = int(pki.issued.size());
    result.kept = int(pki.kept.size());
    QList<RenderedFile> all = envFiles;
    all += pki.files;
    all += loadBalancerFiles(project, loaded, ca->certificatePem());
    result.error = FileSetWriter::write(result.directory, all);
    return result;
}
