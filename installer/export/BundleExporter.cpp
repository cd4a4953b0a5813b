#include "export/BundleExporter.h"

#include "export/BundleModes.h"
#include "export/AnsibleHosts.h"
#include "export/AnsibleRenderer.h"
#include "pki/CertificateAuthority.h"
#include "pki/ClusterPki.h"
#include "util/DirectoryContents.h"
#include "plan/InstallPlanBuilder.h"
#include "core/ProfileCatalog.h"
#include "project/Project.h"
#include "staging/ProjectStaging.h"
#include "export/RunbookRenderer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace {
// The project as the bundle carries it: access and pins, no secret file names, no local key paths.
QJsonObject portableProject(const Project &project)
{
    Project copy = project;
    copy.configFile = QStringLiteral("generate_envs/multi_node_config.conf");
    copy.outputDir = QStringLiteral(".");
    copy.adminPasswordFile.clear();
    copy.sshPasswordFile.clear();
    copy.sudoPasswordFile.clear();
    copy.sshConfigFile.clear();
    copy.knownHostsFile.clear();
    copy.defaults.identityFile.clear();
    for (NodeAccess &a : copy.nodes)
        a.identityFile.clear();
    if (!copy.installerPackage.isEmpty())
        copy.installerPackage = QStringLiteral("package/") + QFileInfo(project.installerPackage).fileName();
    return copy.toJson();
}

class ZipWriter
{
public:
    ZipWriter(QIODevice *device, const QDateTime &stamp)
        : m_zip(device)
        , m_stamp(stamp)
    {
        m_zip.setZip64Enabled(true);
        m_zip.setUtf8Enabled(true);
        m_zip.setAutoClose(false); // the QSaveFile is committed, never closed

    }
    bool open() { return m_zip.open(QuaZip::mdCreate); }
    QString error() const { return m_error; }
    // Writes one entry; data is pulled from read() until it returns an empty array.
    bool add(const QString &path, int mode, const std::function<QByteArray()> &read, QCryptographicHash *hash)
    {
        QuaZipNewInfo info(path);
        info.dateTime = m_stamp;
        info.setPermissions(RenderedFile::permissionsFor(mode));
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_DEFAULT_COMPRESSION)) {
            m_error = QStringLiteral("cannot add %1 to the zip (error %2)").arg(path).arg(file.getZipError());
            return false;
        }
        for (QByteArray chunk = read(); !chunk.isEmpty(); chunk = read()) {
            hash->addData(chunk);
            if (file.write(chunk) != chunk.size()) {
                m_error = QStringLiteral("cannot write %1 into the zip").arg(path);
                return false;
            }
        }
        file.close();
        if (file.getZipError() != ZIP_OK) {
            m_error = QStringLiteral("cannot finish %1 in the zip (error %2)").arg(path).arg(file.getZipError());
            return false;
        }
        return true;
    }
    bool close()
    {
        m_zip.close();
        if (m_zip.getZipError() != ZIP_OK) {
            m_error = QStringLiteral("cannot finish the zip (error %1)").arg(m_zip.getZipError());
            return false;
        }
        return true;
    }

private:
    QuaZip m_zip;
    QDateTime m_stamp;
    QString m_error;
};
} // namespace

namespace {
// Every small file of the bundle in memory, by path (the package is streamed when written);
// an error, or empty.
QString collectFiles(const Project &project, const ClusterLoader::Result &loaded, const ProjectStaging::Result &staged,
                     const BundleExporter::Options &options, const RunbookRenderer::Context &context, QMap<QString, RenderedFile> &files)
{
    // Modes from the kind of file (BundleModes), the same rule the importer applies.
    const auto put = [&](RenderedFile f) {
        f.mode = BundleModes::forPath(f.relativePath);
        files.insert(f.relativePath, f);
    };
    const QHash<QString, QByteArray> envs = DirectoryContents::read(QDir(staged.directory).filePath(QStringLiteral("generate_envs")), QStringLiteral("generate_envs/"));
    for (auto it = envs.cbegin(); it != envs.cend(); ++it)
        put(RenderedFile{it.key(), it.value(), 0644});
    const QHash<QString, QByteArray> certs = DirectoryContents::read(QDir(staged.directory).filePath(QStringLiteral("certificates")), QStringLiteral("certificates/"));
    put(RenderedFile{ClusterPki::bundlePath(), certs.value(ClusterPki::bundlePath()), 0600});
    put(RenderedFile{ClusterPki::caCertPath(), certs.value(ClusterPki::caCertPath()), 0644});
    for (auto it = certs.cbegin(); it != certs.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("certificates/lb/"))) // the load balancer's files (issue: LB and DNS)
            put(RenderedFile{it.key(), it.value(), 0});
    }
    for (const RenderedFile &f : ProjectStaging::loadBalancerFiles(project, loaded, certs.value(ClusterPki::caCertPath()))) {
        if (!f.relativePath.endsWith(QLatin1String(".vrrp-auth-pass")))
            put(f);
    }
    if (options.includeCaKey) {
        QString error;
        const std::optional<CertificateAuthority> ca =
            CertificateAuthority::load(certs.value(ClusterPki::caCertPath()), certs.value(ClusterPki::caKeyPath()), {}, &error);
        if (!ca)
            return QStringLiteral("the CA private key is not available to include: %1").arg(error);
        put(RenderedFile{QStringLiteral("certificates/ca/agilesec-rootca-key.enc.pem"), ca->encryptedPrivateKeyPem(options.caKeyPassphrase), 0600});
    }
    const InstallPlan plan = InstallPlanBuilder::build(loaded.cluster, project.planOptions());
    for (const RenderedFile &f : RunbookRenderer::render(plan, context))
        put(f);
    AnsibleRenderer::Options ansible;
    ansible.sudoPassword = !project.sudoPasswordFile.isEmpty();
    for (const RenderedFile &f : AnsibleRenderer::render(plan, AnsibleHosts::of(project, loaded.cluster, false), ansible, context))
        put(f);
    put(RenderedFile{BundleExporter::projectName(), QJsonDocument(portableProject(project)).toJson(QJsonDocument::Indented), 0644});

    QJsonArray nodes;
    for (const Node &node : loaded.cluster.nodes)
        nodes.append(QJsonObject{{QStringLiteral("hostname"), node.hostname}, {QStringLiteral("ip"), node.privateIp},
                                 {QStringLiteral("profile"), ProfileCatalog::name(node.profile.value_or(Profile::FullBackend))},
                                 {QStringLiteral("site"), node.site}});
    const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("agilesec-installer-bundle")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("appVersion"), context.appVersion},
                               {QStringLiteral("created"), context.createdUtc},
                               {QStringLiteral("topology"), QJsonObject{{QStringLiteral("nodes"), nodes},
                                                                        {QStringLiteral("fqdn"), loaded.cluster.fqdn()},
                                                                        {QStringLiteral("sites"), QJsonArray::fromStringList(loaded.cluster.sites())},
                                                                        {QStringLiteral("stretch"), loaded.cluster.isStretch()},
                                                                        {QStringLiteral("phases"), int(plan.phases.size())}}},
                               {QStringLiteral("caKeyIncluded"), options.includeCaKey}};
    put(RenderedFile{BundleExporter::manifestName(), QJsonDocument(manifest).toJson(QJsonDocument::Indented), 0644});

    return {};
}

// The zip, written to a temporary file and renamed: a failed export leaves an earlier bundle
// intact. Entries sorted, SHA256SUMS last.
void writeZip(const QString &zipPath, const QMap<QString, RenderedFile> &files, const QString &package, const RunbookRenderer::Context &context,
              const QDateTime &created, BundleExporter::Result &result)
{
    QDir().mkpath(QFileInfo(zipPath).absolutePath());
    QSaveFile out(zipPath);
    if (!out.open(QIODevice::WriteOnly)) {
        result.error = QStringLiteral("%1: %2").arg(zipPath, out.errorString());
        return;
    }
    ZipWriter zip(&out, created);
    if (!zip.open()) {
        result.error = QStringLiteral("%1: cannot start the zip").arg(zipPath);
        return;
    }
    QString sums;
    const auto addEntry = [&](const QString &path, int mode, const std::function<QByteArray()> &read) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!zip.add(path, mode, read, &hash))
            return false;
        if (path != BundleExporter::checksumsName())
            sums += QString::fromLatin1(hash.result().toHex()) + QStringLiteral("  ") + path + QLatin1Char('\n');
        result.entries << path;
        return true;
    };
    QStringList order = files.keys();
    if (!context.packageInBundle.isEmpty())
        order << context.packageInBundle;
    std::sort(order.begin(), order.end());
    for (const QString &path : std::as_const(order)) {
        bool ok = false;
        if (path == context.packageInBundle) {
            QFile in(package);
            if (!in.open(QIODevice::ReadOnly)) {
                result.error = QStringLiteral("%1: %2").arg(package, in.errorString());
                return;
            }
            ok = addEntry(path, 0644, [&] { return in.read(8 << 20); });
        } else {
            bool given = false;
            const RenderedFile f = files.value(path);
            ok = addEntry(path, f.mode, [&] {
                if (given)
                    return QByteArray();
                given = true;
                return f.content.isEmpty() ? QByteArray() : f.content;
            });
        }
        if (!ok) {
            result.error = zip.error();
            return;
        }
    }
    const QByteArray sumBytes = sums.toUtf8();
    bool given = false;
    if (!addEntry(BundleExporter::checksumsName(), 0644, [&] {
            if (given)
                return QByteArray();
            given = true;
            return sumBytes;
        })
        || !zip.close()) {
        result.error = zip.error();
        return;
    }
    if (!out.commit()) {
        result.error = QStringLiteral("%1: %2").arg(zipPath, out.errorString());
        return;
    }
    result.bytes = QFileInfo(zipPath).size();
}
} // namespace

BundleExporter::Result BundleExporter::exportBundle(const Project &project, const ClusterLoader::Result &loaded, const QString &zipPath, const Options &options)
{
    Result result;
    if (options.includeCaKey && options.caKeyPassphrase.size() < 8) {
        result.error = QStringLiteral("the CA private key goes into a bundle only encrypted: give a passphrase of at least 8 characters");
        return result;
    }
    const QString packageProblem = project.checkInstallerPackage();
    if (!packageProblem.isEmpty()) {
        result.error = packageProblem;
        return result;
    }
    const ProjectStaging::Result staged = ProjectStaging::prepare(project, loaded);
    if (!staged.ok()) {
        result.error = QStringLiteral("cannot make the files: %1").arg(staged.error);
        return result;
    }
    const QDateTime created = QDateTime::currentDateTimeUtc();
    RunbookRenderer::Context context;
    context.appVersion = QStringLiteral(AGILESEC_INSTALLER_VERSION);
    context.createdUtc = created.toString(Qt::ISODate);
    const QString package = project.planOptions().installerPackage;
    if (!package.isEmpty())
        context.packageInBundle = QStringLiteral("package/") + QFileInfo(package).fileName();

    QMap<QString, RenderedFile> files;
    result.error = collectFiles(project, loaded, staged, options, context, files);
    if (result.error.isEmpty())
        writeZip(zipPath, files, package, context, created, result);
    return result;
}
