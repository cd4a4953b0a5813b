#include "ClusterSession.h"

#include "lab/LabEnvironment.h"

#include "config/ClusterWriter.h"
#include "config/EnvRenderer.h"
#include "jobs/CertificatesJob.h"
#include "jobs/ClusterImportJob.h"
#include "jobs/ConnectionsJob.h"
#include "jobs/DrillJob.h"
#include "jobs/ExportJob.h"
#include "jobs/InstallJob.h"
#include "jobs/LabJob.h"
#include "jobs/MaintenanceJob.h"
#include "jobs/PreflightJob.h"
#include "jobs/PrimaryConfigJob.h"
#include "jobs/VerifyJob.h"
#include "ops/HostKeyPinning.h"
#include "pki/ClusterPki.h"
#include "plan/InstallPlanBuilder.h"
#include "staging/ProjectStaging.h"
#include "util/DirectoryContents.h"
#include "util/SecretFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QFileInfo>
#include <QSaveFile>
#include <QSslCertificate>

ClusterSession::ClusterSession(QObject *parent)
    : QObject(parent)
    , m_lab(new LabJob(this))
    , m_clusterImport(new ClusterImportJob(this))
    , m_primaryConfig(new PrimaryConfigJob(this))
    , m_connections(new ConnectionsJob(this))
    , m_certificates(new CertificatesJob(this))
    , m_preflight(new PreflightJob(this))
    , m_install(new InstallJob(this))
    , m_verify(new VerifyJob(this))
    , m_drill(new DrillJob(this))
    , m_maintenance(new MaintenanceJob(this))
    , m_export(new ExportJob(this))
{
    m_project.configFile = QStringLiteral("multi_node_config.conf");
    // Preflight hashes the installer package: from then on the plan has the relay's phases.
    connect(m_preflight, &PreflightJob::finished, this, [this] {
        const PlanOptions options = m_project.planOptions();
        if (options.installerPackageSha256 == m_options.installerPackageSha256 || !m_loaded)
            return;
        m_options = options;
        if (m_result.ok() && m_goal != Goal::AddNode)
            m_plan = InstallPlanBuilder::build(m_result.cluster, m_options);
        Q_EMIT changed();
    });
}

ClusterSession::~ClusterSession()
{
    delete m_install; // first: a running executor is aborted while the model it reads still exists
    m_install = nullptr;
}

void ClusterSession::setGoal(Goal goal)
{
    m_goal = goal;
    Q_EMIT changed();
}

bool ClusterSession::newFromTemplate(const QString &topology)
{
    static const QHash<QString, QString> resources{{QStringLiteral("3"), QStringLiteral(":/examples/three-node.conf")},
                                                   {QStringLiteral("4"), QStringLiteral(":/examples/four-node.conf")},
                                                   {QStringLiteral("7"), QStringLiteral(":/examples/seven-node-stretch.conf")}};
    QFile file(resources.value(topology));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    freshProject();
    openData(file.readAll(), tr("new cluster (%1-node template)").arg(topology));
    return true;
}

void ClusterSession::freshProject()
{
    // A new project where the welcome page said to save it; nothing of an earlier one stays.
    const QString path = m_project.path;
    m_project = Project();
    m_project.path = path;
    m_project.configFile = QStringLiteral("multi_node_config.conf");
    m_secrets = {};
}

bool ClusterSession::openFile(const QString &path)
{
    freshProject();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ClusterLoader::Result failed = ClusterLoader::loadFile(path);
        apply(std::move(failed), path);
        return false;
    }
    openData(file.readAll(), path);
    return m_result.ok();
}

void ClusterSession::openData(const QByteArray &data, const QString &name)
{
    m_expansionSpec.reset();
    apply(m_project.loadClusterData(data, name), name);
    m_savedState = state(); // a template or file as opened is nothing to lose yet
}

QByteArray ClusterSession::state() const
{
    return QJsonDocument(m_project.toJson()).toJson(QJsonDocument::Compact) + '\n' + m_result.document.serialize();
}

QString ClusterSession::runningLabDirectory() const
{
    const QString directory = QFileInfo(m_project.path).absolutePath();
    return m_project.lab && !m_project.path.isEmpty() && LabEnvironment::isRunning(directory) ? directory : QString();
}

bool ClusterSession::openProject(const QString &path, QString *error)
{
    std::optional<Project> project = Project::load(path, error);
    if (!project)
        return false;
    m_project = std::move(*project);
    m_secrets = {};
    m_expansionSpec.reset();
    // Secrets the project keeps in files of the user's choosing are read, not copied anywhere.
    QString ignored;
    for (const auto &[file, secret] : {std::pair{m_project.adminPasswordFile, &m_secrets.adminPassword},
                                       std::pair{m_project.sudoPasswordFile, &m_secrets.sudoPassword},
                                       std::pair{m_project.sshPasswordFile, &m_secrets.sshPassword}}) {
        if (!file.isEmpty())
            SecretFile::read(m_project.resolve(file), secret, &ignored);
    }
    m_goal = m_goal == Goal::Lab ? Goal::Lab : Goal::OpenProject;
    apply(m_project.loadCluster(), m_project.path);
    m_savedState = state();
    return true;
}

BundleImporter::Result ClusterSession::importBundle(const QString &zipPath, const QString &projectPath)
{
    BundleImporter::Result r = BundleImporter::importBundle(zipPath, projectPath);
    if (r.ok()) {
        QString error;
        if (!openProject(r.projectPath, &error))
            r.error = error;
    }
    return r;
}

void ClusterSession::setProjectPath(const QString &path)
{
    if (m_project.path == path)
        return;
    // Keep the config next to the project unless it already points somewhere absolute.
    m_project.path = QFileInfo(path).absoluteFilePath();
    Q_EMIT changed();
}

QString ClusterSession::writeConfig() const
{
    const QString configPath = m_project.resolve(m_project.configFile);
    if (!QDir().mkpath(QFileInfo(configPath).absolutePath()))
        return tr("cannot create the folder %1").arg(QFileInfo(configPath).absolutePath());
    QSaveFile file(configPath);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(configPath, file.errorString());
    file.write(m_result.document.serialize());
    if (!file.commit())
        return QStringLiteral("%1: %2").arg(configPath, file.errorString());
    return {};
}

QString ClusterSession::saveProject()
{
    if (m_project.path.isEmpty())
        return tr("choose where to save the project first");
    if (!QDir().mkpath(QFileInfo(m_project.path).absolutePath()))
        return tr("cannot create the folder %1").arg(QFileInfo(m_project.path).absolutePath());
    const QString configError = writeConfig();
    if (!configError.isEmpty())
        return configError;
    const QString error = m_project.save();
    if (error.isEmpty())
        m_savedState = state();
    return error;
}

void ClusterSession::apply(ClusterLoader::Result result, const QString &name)
{
    m_result = std::move(result);
    m_sourceName = name;
    m_loaded = true;
    m_options = m_project.planOptions();
    m_files.clear();
    m_plan = InstallPlan();
    // Files and plan exist only for a valid cluster, as on the CLI.
    if (m_result.ok()) {
        m_files = EnvRenderer::renderAll(m_result.cluster, m_result.document);
        m_plan = InstallPlanBuilder::build(m_result.cluster, m_options);
    }
    if (m_goal == Goal::AddNode && m_expansionSpec)
        refreshExpansion(); // access changed: the same expansion with the new access
    invalidateResults();
    Q_EMIT changed();
}

bool ClusterSession::modifiesRunningCluster() const
{
    return m_goal == Goal::AddNode || m_goal == Goal::ImportFromNode || (m_goal == Goal::OpenProject && QFileInfo::exists(m_project.journalPath()));
}

QString ClusterSession::prepareExpansion(const NodeExpansion::Spec &spec)
{
    if (!m_expansionSpec) {
        // The cluster as it runs now; every later expansion is computed against it.
        m_baseConfig = m_result.document.serialize();
        m_baseScanNodes = m_project.scanNodes;
    }
    m_expansionSpec = spec;
    refreshExpansion();
    invalidateResults();
    Q_EMIT changed();
    return m_expansion.error;
}

void ClusterSession::refreshExpansion()
{
    Project base = m_project;
    base.scanNodes = m_baseScanNodes;
    const ClusterLoader::Result before = base.loadClusterData(m_baseConfig, m_sourceName);
    m_expansion = NodeExpansion::prepare(base, before, *m_expansionSpec);
    if (!m_expansion.ok()) {
        // Back to the cluster as it runs: nothing of a refused expansion stays.
        m_project.scanNodes = m_baseScanNodes;
        m_result = before;
        m_files = before.ok() ? EnvRenderer::renderAll(before.cluster, before.document) : QList<RenderedFile>();
        m_plan = InstallPlan();
        return;
    }
    m_project.scanNodes = m_expansion.project.scanNodes;
    m_project.nodes = m_expansion.project.nodes;
    m_result = m_expansion.after;
    m_files = EnvRenderer::renderAll(m_result.cluster, m_result.document);
    m_plan = m_expansion.plan;
}

void ClusterSession::invalidateResults()
{
    // A changed cluster or access makes earlier checks stale.
    m_connections->clear();
    m_preflight->clear();
}

void ClusterSession::reloadFromDocument()
{
    apply(m_project.loadClusterData(m_result.document.serialize(), m_sourceName), m_sourceName);
}

void ClusterSession::setNodes(const QList<Node> &nodes, const QHash<QString, NodeAccess> &access)
{
    Cluster edited = m_result.cluster;
    edited.nodes.clear();
    QStringList scan;
    for (const Node &node : nodes) {
        if (node.is(Profile::Scan)) {
            scan << (node.site.isEmpty() ? QStringLiteral("%1=%2").arg(node.hostname, node.privateIp)
                                         : QStringLiteral("%1=%2@%3").arg(node.hostname, node.privateIp, node.site));
        } else {
            edited.nodes << node;
        }
    }
    ClusterWriter::apply(edited, m_result.document);
    m_project.scanNodes = scan;
    m_project.nodes = access;
    reloadFromDocument();
}

void ClusterSession::setClusterSettings(const QString &hostname, const QString &domain, int frontendPort)
{
    Cluster edited = m_result.cluster;
    edited.analyticsHostname = hostname;
    edited.analyticsDomain = domain;
    edited.frontendPort = frontendPort;
    ClusterWriter::apply(edited, m_result.document);
    reloadFromDocument();
}

QList<RenderedFile> ClusterSession::reviewFiles() const
{
    QList<RenderedFile> files = m_files;
    if (m_result.ok() && m_project.external.mode != ExternalAccess::Mode::None) {
        for (const RenderedFile &f : ProjectStaging::loadBalancerFiles(m_project, m_result, caCertificate())) {
            if (!f.relativePath.contains(QLatin1String(".vrrp-auth-pass"))) // a secret: not shown
                files << f;
        }
    }
    return files;
}

void ClusterSession::setAccessDefaults(const NodeAccess &defaults, const QString &auth)
{
    m_project.defaults = defaults;
    m_project.auth = auth;
    reloadFromDocument(); // every node's access is applied again
}

void ClusterSession::setSecrets(const InstallSecrets &secrets)
{
    m_secrets = secrets;
}

QString ClusterSession::acceptHostKey(const QString &hostKeyId, const QString &fingerprint, const QString &publicKey)
{
    QHash<QString, QString> publicKeys;
    if (!publicKey.isEmpty())
        publicKeys.insert(hostKeyId, publicKey);
    return HostKeyPinning::pin(&m_project, {{hostKeyId, fingerprint}}, publicKeys);
}

void ClusterSession::setExternal(const ExternalAccess &external, bool etcHosts, const QString &hostsTarget)
{
    m_project.external = external;
    m_project.etcHosts = etcHosts;
    m_project.hostsTarget = hostsTarget;
    m_options = m_project.planOptions();
    if (m_result.ok())
        m_plan = InstallPlanBuilder::build(m_result.cluster, m_options);
    Q_EMIT changed();
}

QString ClusterSession::externalProblem() const
{
    QString error;
    // The project file's own reader is the one authority on what a complete choice is.
    if (!ExternalAccess::fromJson(m_project.external.toJson(), &error))
        return error;
    return {};
}

QByteArray ClusterSession::caCertificate() const
{
    QFile f(QDir(m_project.outputPath()).filePath(ClusterPki::caCertPath()));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList ClusterSession::certificateSummary(bool *valid, int *problems) const
{
    *valid = false;
    *problems = 0;
    const QByteArray caPem = caCertificate();
    if (caPem.isEmpty() || !m_result.ok())
        return {};
    const QHash<QString, QByteArray> existing =
        DirectoryContents::read(QDir(m_project.outputPath()).filePath(QStringLiteral("certificates")), QStringLiteral("certificates/"));
    // The same OpenSSL checks an install relies on: chain, key match, names, expiry.
    const ClusterPki::Result checked = ClusterPki::importProvided(m_result.cluster, m_files, caPem, {}, existing);
    QStringList lines;
    for (const QString &problem : checked.problems)
        lines << tr("PROBLEM: %1").arg(problem);
    *problems = int(checked.problems.size());
    *valid = checked.ok();
    QStringList paths = existing.keys();
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        if (!path.endsWith(QLatin1String("-cert.pem")))
            continue;
        const QList<QSslCertificate> certs = QSslCertificate::fromData(existing.value(path), QSsl::Pem);
        if (certs.isEmpty())
            continue;
        const QSslCertificate &cert = certs.first();
        const auto sanMap = cert.subjectAlternativeNames();
        const QStringList sans = sanMap.values();
        lines << tr("%1: CN=%2, expires %3%4")
                     .arg(path, cert.subjectInfo(QSslCertificate::CommonName).join(QLatin1Char(',')),
                          cert.expiryDate().toString(QStringLiteral("yyyy-MM-dd")),
                          sans.isEmpty() ? QString() : tr(", SANs %1").arg(sans.join(QStringLiteral(", "))));
    }
    return lines;
}

