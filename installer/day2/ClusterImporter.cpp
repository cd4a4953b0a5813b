#include "day2/ClusterImporter.h"

#include "pki/CertificateAuthority.h"
#include "pki/CertificateBundle.h"
#include "pki/ClusterPki.h"
#include "util/FileSetWriter.h"
#include "core/ClusterFiles.h"
#include "plan/PlanOptions.h"
#include "pki/OpenSslHandles.h"
#include "util/ShellQuote.h"
#include "ssh/SshSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
std::optional<QByteArray> readRemote(SshSession &session, const QString &installerDir, const QString &relative, bool required, QString *error)
{
    return ClusterImporter::readRemoteFile(session, installerDir + QLatin1Char('/') + relative, required, error);
}

std::optional<QByteArray> readLocalFile(const QString &path, bool required, QString *error)
{
    if (path.isEmpty()) {
        if (required)
            *error = QStringLiteral("a required file was not given");
        return required ? std::nullopt : std::optional<QByteArray>(QByteArray());
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    return f.readAll();
}
} // namespace

std::optional<QByteArray> ClusterImporter::readRemoteFile(SshSession &session, const QString &path, bool required, QString *error)
{
    ExecOptions options;
    options.capture = true;
    options.timeoutMs = 60000;
    const ExecResult r = session.exec(QStringLiteral("if [ -f %1 ]; then cat %1; else exit 44; fi").arg(ShellQuote::quote(path)), options);
    if (r.ok())
        return r.stdoutData;
    if (r.exitStatus == 44 && !required)
        return QByteArray();
    *error = r.exitStatus == 44 ? QStringLiteral("%1: not found on %2").arg(path, session.description())
                                : QStringLiteral("%1 on %2: %3 %4").arg(path, session.description(), r.describe(), QString::fromUtf8(r.stderrData).trimmed());
    return std::nullopt;
}

QString ClusterImporter::remoteConfigPath()
{
    return ClusterFiles::configPath();
}

std::optional<ClusterImporter::Files> ClusterImporter::readFromNode(SshSession &session, Project *project, bool withCaKey, QString *error)
{
    if (session.shouldPin())
        project->hostKeys.insert(session.hostKeyId(), session.serverFingerprint());
    for (const auto &jump : session.acceptedJumpPins())
        project->hostKeys.insert(jump.first, jump.second);
    const QString installerDir = project->defaults.installerDir.isEmpty() ? PlanOptions::kDefaultInstallerDir : project->defaults.installerDir;
    Files files;
    files.origin = session.description();
    const auto config = readRemote(session, installerDir, remoteConfigPath(), true, error);
    if (!config)
        return std::nullopt;
    files.config = *config;
    const auto caCert = readRemote(session, installerDir, ClusterPki::caCertPath(), true, error);
    if (!caCert) {
        *error += QStringLiteral(" (the CA certificate is needed to trust and extend the cluster; import from local files with --ca-cert "
                                 "if it is kept elsewhere)");
        return std::nullopt;
    }
    files.caCert = *caCert;
    const auto bundle = readRemote(session, installerDir, ClusterPki::bundlePath(), false, error);
    if (!bundle)
        return std::nullopt;
    files.bundle = *bundle;
    if (withCaKey) {
        const auto key = readRemote(session, installerDir, ClusterPki::caKeyPath(), true, error);
        if (!key) {
            *error += QStringLiteral(" (without the CA key the project can use the cluster's certificates but not issue new ones)");
            return std::nullopt;
        }
        files.caKey = *key;
    }
    return files;
}

std::optional<ClusterImporter::Files> ClusterImporter::readLocal(const QString &configPath, const QString &caCertPath, const QString &caKeyPath,
                                                                 const QString &bundlePath, QString *error)
{
    Files files;
    files.origin = configPath;
    const auto config = readLocalFile(configPath, true, error);
    const auto caCert = config ? readLocalFile(caCertPath, true, error) : std::nullopt;
    const auto caKey = caCert ? readLocalFile(caKeyPath, false, error) : std::nullopt;
    const auto bundle = caKey ? readLocalFile(bundlePath, false, error) : std::nullopt;
    if (!bundle)
        return std::nullopt;
    files.config = *config;
    files.caCert = *caCert;
    files.caKey = *caKey;
    files.bundle = *bundle;
    return files;
}

QString ClusterImporter::write(const Files &files, Project project)
{
    const QString folder = QFileInfo(project.path).absolutePath();
    if (QFileInfo::exists(project.path))
        return QStringLiteral("%1 already exists: import into an empty folder, or open that project").arg(project.path);
    if (project.configFile.isEmpty())
        project.configFile = QStringLiteral("multi_node_config.conf");

    const ClusterLoader::Result loaded = ClusterLoader::loadData(files.config, files.origin, project.scanNodes);
    if (!loaded.ok()) {
        return QStringLiteral("the cluster's multi_node_config.conf from %1 is not valid:\n  %2")
            .arg(files.origin, Diagnostic::errorMessages(loaded.diagnostics, true).join(QStringLiteral("\n  ")));
    }

    // The CA: a certificate that can sign, and (when given) its key.
    QString error;
    if (!OpenSsl::readCertificate(files.caCert))
        return QStringLiteral("the CA certificate from %1 is not a PEM certificate").arg(files.origin);
    if (!files.caKey.isEmpty() && !CertificateAuthority::load(files.caCert, files.caKey, {}, &error))
        return QStringLiteral("the CA key from %1 cannot be used: %2").arg(files.origin, error);

    QList<RenderedFile> out;
    out << RenderedFile{ClusterPki::caCertPath(), files.caCert, 0644};
    if (!files.caKey.isEmpty())
        out << RenderedFile{ClusterPki::caKeyPath(), files.caKey, 0600};
    if (!files.bundle.isEmpty()) {
        const QList<RenderedFile> entries = CertificateBundle::read(files.bundle, &error);
        if (!error.isEmpty())
            return QStringLiteral("the certificate bundle from %1: %2").arg(files.origin, error);
        for (const RenderedFile &entry : entries) {
            if (entry.relativePath.contains(QLatin1String("..")) || entry.relativePath.startsWith(QLatin1Char('/')))
                return QStringLiteral("the certificate bundle from %1 has an unsafe path: %2").arg(files.origin, entry.relativePath);
            if (entry.relativePath == QLatin1String("ca/agilesec-rootca-cert.pem") && entry.content != files.caCert)
                return QStringLiteral("the certificate bundle from %1 holds a different CA certificate than %2: they are not from the same cluster")
                    .arg(files.origin, ClusterPki::caCertPath());
            // Env files are regenerated from the config; the certificates are kept.
            if (entry.relativePath.startsWith(QLatin1String("env.")))
                continue;
            const QString path = QStringLiteral("certificates/") + entry.relativePath;
            if (path != ClusterPki::caCertPath())
                out << RenderedFile{path, entry.content, entry.relativePath.endsWith(QLatin1String("-key.pem")) ? 0600 : entry.mode};
        }
        out << RenderedFile{ClusterPki::bundlePath(), files.bundle, 0600};
    }

    // Everything checked: write the certificates, the config, then the project file last (its
    // presence is what makes the folder a project).
    if (!QDir().mkpath(folder))
        return QStringLiteral("%1: cannot create the folder").arg(folder);
    const QString failure = FileSetWriter::write(project.outputPath(), out);
    if (!failure.isEmpty())
        return failure;
    const QString configFailure = FileSetWriter::write(folder, {RenderedFile{project.configFile, files.config, 0644}});
    if (!configFailure.isEmpty())
        return configFailure;
    return project.save();
}
