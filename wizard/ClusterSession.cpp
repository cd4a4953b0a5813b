#include "ClusterSession.h"

#include "AccessProbe.h"
#include "BundleExporter.h"
#include "ClusterImporter.h"
#include "ClusterPki.h"
#include "ClusterVerifier.h"
#include "ClusterWriter.h"
#include "DirectoryContents.h"
#include "EnvRenderer.h"
#include "FileSetWriter.h"
#include "InstallExecutor.h"
#include "InstallPlanBuilder.h"
#include "LabEnvironment.h"
#include "PreflightRunner.h"
#include "ProjectStaging.h"
#include "SecretFile.h"
#include "SshSession.h"
#include "TextDiff.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QPointer>
#include <QSaveFile>
#include <QSslCertificate>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// Runs work on the pool and hands its result to done on this object's thread.
template<typename T, typename Work, typename Done>
void runInBackground(QObject *owner, Work work, Done done)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

ClusterSession::ClusterSession(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ConnectionCheck>();
    InstallExecutor::registerMetaTypes();
    m_project.configFile = QStringLiteral("multi_node_config.conf");
}

ClusterSession::~ClusterSession()
{
    // The executor's workers stop with it; abort first so no step is left half-reported.
    if (m_executor && m_executor->isRunning())
        m_executor->abort();
    delete m_executor;
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

void ClusterSession::startLab(const QString &directory, const QString &topology)
{
    if (m_labStarting)
        return;
    m_labStarting = true;
    LabEnvironment::Options options;
    options.directory = directory;
    options.topology = topology;
    options.webServerProgram = m_labWebServer.isEmpty() ? QCoreApplication::applicationFilePath() : m_labWebServer;
    if (!m_labStepSeconds.isEmpty())
        options.stepSeconds = m_labStepSeconds;
    struct Outcome {
        QString error, projectPath;
    };
    runInBackground<Outcome>(
        this,
        [options] {
            Outcome o;
            QStringList progress;
            o.error = LabEnvironment::up(options, &o.projectPath, &progress);
            return o;
        },
        [this](const Outcome &o) {
            m_labStarting = false;
            if (!o.error.isEmpty()) {
                Q_EMIT labFinished(false, tr("The lab did not start: %1").arg(o.error));
                return;
            }
            m_goal = Goal::Lab;
            QString error;
            if (!openProject(o.projectPath, &error)) {
                Q_EMIT labFinished(false, error);
                return;
            }
            Q_EMIT labFinished(true, tr("Lab started (a simulation): %1").arg(o.projectPath));
        });
}

void ClusterSession::setLabDefaults(const QString &webServerProgram, const QString &stepSeconds)
{
    m_labWebServer = webServerProgram;
    m_labStepSeconds = stepSeconds;
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
    return m_project.save();
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

void ClusterSession::importCluster(const ClusterImportRequest &request)
{
    if (m_importing)
        return;
    m_importing = true;
    struct Outcome {
        QString error;
        QString summary;
        ConnectionCheck check;
    };
    runInBackground<Outcome>(
        this,
        [request] {
            Outcome o;
            SshSession session(request.endpoint, SshCredentials{request.sshPassword, {}});
            o.check.hostname = QStringLiteral("backend-1");
            if (!session.connect()) {
                o.error = session.error();
                o.check.error = o.error;
                o.check.destination = session.description();
                o.check.hostKeyId = session.hostKeyId();
                o.check.fingerprint = session.serverFingerprint();
                o.check.hostKey = session.hostKeyRefusal() == SshSession::HostKeyRefusal::Unknown ? ConnectionCheck::HostKey::Unknown
                                  : session.hostKeyRefusal() == SshSession::HostKeyRefusal::Changed ? ConnectionCheck::HostKey::Changed
                                                                                                     : ConnectionCheck::HostKey::NotReached;
                return o;
            }
            o.check.hostKey = ConnectionCheck::HostKey::Trusted;
            Project project;
            project.path = request.projectPath;
            project.configFile = QStringLiteral("multi_node_config.conf");
            project.defaults.user = request.endpoint.user;
            project.defaults.port = request.endpoint.port;
            project.defaults.identityFile = request.endpoint.identityFile;
            project.defaults.installerDir = request.installerDir;
            project.defaults.installationDir = request.installationDir;
            project.auth = request.endpoint.auth;
            project.osUser = request.osUser;
            const std::optional<ClusterImporter::Files> files = ClusterImporter::readFromNode(session, &project, request.withCaKey, &o.error);
            if (!files)
                return o;
            o.error = ClusterImporter::write(*files, project);
            o.summary = tr("Imported from %1: multi_node_config.conf (%2 bytes), the CA certificate%3%4.")
                            .arg(files->origin)
                            .arg(files->config.size())
                            .arg(files->caKey.isEmpty() ? QString() : tr(" and key"))
                            .arg(files->bundle.isEmpty() ? QString() : tr(", the certificate bundle"));
            return o;
        },
        [this, request](const Outcome &o) {
            m_importing = false;
            if (!o.error.isEmpty()) {
                Q_EMIT clusterImportFinished(false, o.error, o.check);
                return;
            }
            QString error;
            if (!openProject(request.projectPath, &error)) {
                Q_EMIT clusterImportFinished(false, error, o.check);
                return;
            }
            m_secrets.sshPassword = request.sshPassword;
            m_goal = Goal::ImportFromNode;
            Q_EMIT clusterImportFinished(true, o.summary, o.check);
        });
}

bool ClusterSession::modifiesRunningCluster() const
{
    return m_goal == Goal::AddNode || m_goal == Goal::ImportFromNode || (m_goal == Goal::OpenProject && QFileInfo::exists(m_project.journalPath()));
}

void ClusterSession::compareWithPrimaryBackend()
{
    const Node *primary = m_result.cluster.primaryBackend();
    if (!primary) {
        Q_EMIT primaryBackendCompared(false, tr("The cluster has no primary backend to compare with."));
        return;
    }
    const NodeTarget target = m_project.targetFor(*primary);
    const QByteArray sshPassword = m_secrets.sshPassword;
    const QByteArray ours = m_result.document.serialize();
    struct Outcome {
        bool ok = false;
        QString text;
    };
    runInBackground<Outcome>(
        this,
        [target, sshPassword, ours] {
            Outcome o;
            SshSession session(target.endpoint, SshCredentials{sshPassword, {}});
            if (!session.connect()) {
                o.text = session.error();
                return o;
            }
            const QString path = target.installerDir + QLatin1Char('/') + ClusterImporter::remoteConfigPath();
            const std::optional<QByteArray> theirs = ClusterImporter::readRemoteFile(session, path, false, &o.text);
            if (!theirs)
                return o;
            o.ok = true;
            o.text = theirs->isEmpty() ? tr("%1 is not on %2 yet: the install puts it there.").arg(path, target.hostname)
                                       : TextDiff::unified(*theirs, ours, QStringLiteral("%1:%2").arg(target.hostname, path), tr("this project"));
            if (o.text.isEmpty())
                o.text = tr("The same as %1 on %2.").arg(path, target.hostname);
            return o;
        },
        [this](const Outcome &o) { Q_EMIT primaryBackendCompared(o.ok, o.text); });
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

QString ClusterSession::suggestHostname(const QString &family) const
{
    for (int n = 1;; ++n) {
        const QString name = QStringLiteral("%1-%2").arg(family).arg(n);
        if (!m_result.cluster.findByHostname(name))
            return name;
    }
}

QString ClusterSession::suggestAddress() const
{
    // One past the highest IPv4 address in use, in the same /24; empty when there is none.
    quint32 highest = 0;
    for (const Node &n : m_result.cluster.nodes) {
        QHostAddress a(n.privateIp);
        if (a.protocol() == QAbstractSocket::IPv4Protocol)
            highest = std::max(highest, a.toIPv4Address());
    }
    if (highest == 0 || (highest & 0xff) >= 254)
        return {};
    return QHostAddress(highest + 1).toString();
}

void ClusterSession::invalidateResults()
{
    // A changed cluster or access makes earlier checks stale.
    m_checks.clear();
    m_preflight.clear();
    m_preflightRan = false;
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

void ClusterSession::checkConnections()
{
    if (m_checking || !m_result.ok())
        return;
    m_checking = true;
    const QList<NodeTarget> targets = m_project.targets(m_result.cluster);
    const InstallSecrets secrets = m_secrets;
    runInBackground<QList<ConnectionCheck>>(
        this,
        [targets, secrets] {
            // One session per node, each on its own pool thread.
            return QtConcurrent::blockingMapped<QList<ConnectionCheck>>(
                targets, [secrets](const NodeTarget &t) { return AccessProbe::probe(t.hostname, t.endpoint, secrets); });
        },
        [this](const QList<ConnectionCheck> &checks) {
            m_checking = false;
            m_checks = checks;
            Q_EMIT connectionsChecked();
            for (const ConnectionCheck &c : checks) {
                if (c.hostKey == ConnectionCheck::HostKey::Unknown || c.hostKey == ConnectionCheck::HostKey::Changed)
                    Q_EMIT hostKeyQuestion(c);
            }
        });
}

bool ClusterSession::allConnectionsOk() const
{
    if (m_checks.isEmpty())
        return false;
    return std::all_of(m_checks.begin(), m_checks.end(), [](const ConnectionCheck &c) { return c.ok(); });
}

void ClusterSession::acceptHostKey(const QString &hostKeyId, const QString &fingerprint)
{
    m_project.hostKeys.insert(hostKeyId, fingerprint);
    if (hasProjectFile())
        m_project.save();
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

void ClusterSession::issueCertificates(const CertificateIssuer::Request &request)
{
    if (m_issuing)
        return;
    if (!m_result.ok()) {
        Q_EMIT certificatesFinished(false, tr("Fix the topology's errors first."));
        return;
    }
    m_issuing = true;
    const QString outDir = m_project.outputPath();
    const ClusterLoader::Result loaded = m_result;
    // Key generation (RSA) takes seconds: never on the GUI thread.
    runInBackground<CertificateIssuer::Result>(
        this, [loaded, outDir, request] { return CertificateIssuer::issue(loaded, outDir, request); },
        [this](const CertificateIssuer::Result &r) {
            m_issuing = false;
            Q_EMIT certificatesFinished(r.ok(), r.ok() ? tr("Signed with %1: %2 certificate(s) issued, %3 kept.")
                                                             .arg(r.origin)
                                                             .arg(r.pki.issued.size())
                                                             .arg(r.pki.kept.size())
                                                       : r.error);
        });
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

void ClusterSession::runPreflight()
{
    if (m_preflightRunning || !m_result.ok())
        return;
    m_preflightRunning = true;
    const Cluster cluster = m_result.cluster;
    const QList<NodeTarget> targets = m_project.targets(cluster);
    const InstallSecrets secrets = m_secrets;
    const QString package = m_project.installerPackage.isEmpty() ? QString() : m_project.resolve(m_project.installerPackage);
    runInBackground<QList<PreflightFinding>>(
        this, [cluster, targets, secrets, package] { return PreflightRunner::run(cluster, targets, secrets, package); },
        [this](const QList<PreflightFinding> &findings) {
            m_preflightRunning = false;
            m_preflightRan = true;
            m_preflight = findings;
            Q_EMIT preflightFinished();
        });
}

bool ClusterSession::preflightPassed() const
{
    return m_preflightRan
        && std::none_of(m_preflight.begin(), m_preflight.end(), [](const PreflightFinding &f) { return f.severity == PreflightFinding::Severity::Error; });
}

void ClusterSession::startInstall()
{
    if (m_executor && m_executor->isRunning())
        return;
    QString error = saveProject();
    if (error.isEmpty())
        error = m_project.checkInstallerPackage();
    if (error.isEmpty() && m_secrets.adminPassword.isEmpty())
        error = tr("The platform's admin password is needed (Access page).");
    if (!error.isEmpty()) {
        Q_EMIT installFailedToStart(error);
        return;
    }
    const Project project = m_project;
    const ClusterLoader::Result loaded = m_result;
    const bool expanding = m_goal == Goal::AddNode && hasExpansion();
    const QList<RenderedFile> loadBalancerChange = expanding ? m_expansion.loadBalancerChange : QList<RenderedFile>();
    runInBackground<ProjectStaging::Result>(
        this,
        [project, loaded, loadBalancerChange] {
            ProjectStaging::Result staged = ProjectStaging::prepare(project, loaded);
            if (staged.ok())
                staged.error = FileSetWriter::write(staged.directory, loadBalancerChange);
            return staged;
        },
        [this, expanding](const ProjectStaging::Result &staged) {
            if (!staged.ok()) {
                Q_EMIT installFailedToStart(tr("Cannot prepare the files to upload: %1").arg(staged.error));
                return;
            }
            delete m_executor;
            ExecutorSettings settings;
            settings.stagingDir = staged.directory;
            // An expansion has its own journal, so its steps never collide with the install's.
            settings.journalPath = expanding ? m_expansion.journalPath : m_project.journalPath();
            if (expanding)
                settings.kafkaWatchIntervalMs = 0; // no backend joins
            settings.logDir = m_project.logDir();
            settings.waitForDecision = true; // the install page asks: retry, skip or abort
            settings.maxParallelNodes = m_maxParallel;
            m_executor = new InstallExecutor(m_plan, m_project.targets(m_result.cluster), m_secrets, settings, this);
            connect(m_executor, &InstallExecutor::hostKeyAccepted, this,
                    [this](const QString &, const QString &id, const QString &fp) { acceptHostKey(id, fp); });
            connect(m_executor, &InstallExecutor::finished, this, [this](bool ok, const QString &summary) {
                m_installOk = ok;
                Q_EMIT installFinished(ok, summary);
            });
            Q_EMIT installStarting(m_executor);
            QString startError;
            if (!m_executor->start(&startError))
                Q_EMIT installFailedToStart(startError);
        });
}

void ClusterSession::runVerify(bool withHealth, const QString &via)
{
    if (m_verifying || !m_result.ok())
        return;
    m_verifying = true;
    struct Outcome {
        QList<NodeServiceReport> reports;
        QList<ClusterHealth::Check> health;
    };
    const QList<NodeTarget> targets = m_project.targets(m_result.cluster);
    const QByteArray sshPassword = m_secrets.sshPassword;
    const Cluster cluster = m_result.cluster;
    const ExternalAccess external = m_project.external;
    const QByteArray caPem = withHealth ? caCertificate() : QByteArray();
    runInBackground<Outcome>(
        this,
        [targets, sshPassword, cluster, external, caPem, via] {
            Outcome o;
            QFuture<QList<ClusterHealth::Check>> health;
            if (!caPem.isEmpty())
                health = QtConcurrent::run([cluster, external, caPem, via] { return ClusterHealth::run(cluster, external, caPem, via); });
            o.reports = ClusterVerifier::verify(targets, sshPassword);
            if (!caPem.isEmpty())
                o.health = health.result();
            return o;
        },
        [this](const Outcome &o) {
            m_verifying = false;
            m_reports = o.reports;
            m_health = o.health;
            Q_EMIT verifyFinished();
        });
}

QHash<QString, bool> ClusterSession::nodeHealth() const
{
    QHash<QString, bool> health;
    for (const NodeServiceReport &r : m_reports)
        health.insert(r.hostname, r.ok());
    for (const ClusterHealth::Check &c : m_health) {
        if (!c.ok && health.contains(c.target))
            health.insert(c.target, false);
    }
    return health;
}

void ClusterSession::exportBundle(const QString &zipPath)
{
    if (!m_result.ok() || m_exporting) {
        Q_EMIT exportFinished(false, m_exporting ? tr("An export is already running.") : tr("Fix the topology's errors first."));
        return;
    }
    if (!hasProjectFile()) {
        Q_EMIT exportFinished(false, tr("Save the project first (Review page)."));
        return;
    }
    const QString saveError = saveProject();
    if (!saveError.isEmpty()) {
        Q_EMIT exportFinished(false, tr("Export failed: %1. Nothing was written.").arg(saveError));
        return;
    }
    m_exporting = true;
    // Certificates (RSA keys) can take seconds: never on the GUI thread.
    runInBackground<BundleExporter::Result>(
        this, [project = m_project, loaded = m_result, zipPath] { return BundleExporter::exportBundle(project, loaded, zipPath, {}); },
        [this, zipPath](const BundleExporter::Result &r) {
            m_exporting = false;
            Q_EMIT exportFinished(r.ok(), r.ok() ? tr("Bundle written: %1 (%2 files, %3 bytes)").arg(zipPath).arg(r.entries.size()).arg(r.bytes)
                                                 : tr("Export failed: %1. Nothing was written.").arg(r.error));
        });
}

void ClusterSession::runDrill(HaDrill::Kind kind, const QString &name, const QString &entry, int failoverSeconds)
{
    if (m_drilling || !m_result.ok())
        return;
    m_drilling = true;
    m_drillCancel = std::make_shared<std::atomic_bool>(false);
    HaDrill::Options options;
    options.kind = kind;
    options.name = name;
    options.entry = entry.isEmpty() ? m_project.external.entryPoint(m_result.cluster.fqdn()) : entry;
    options.caPem = caCertificate();
    options.failoverSeconds = failoverSeconds;
    const std::shared_ptr<std::atomic_bool> cancel = m_drillCancel;
    const QPointer<ClusterSession> self(this);
    // Events come from the drill's thread; they are handed to the GUI thread as they happen.
    options.onEvent = [self](const HaDrill::Event &e) {
        QMetaObject::invokeMethod(self, [self, e] {
            if (self)
                Q_EMIT self->drillEvent(e.ms, e.text, e.problem);
        }, Qt::QueuedConnection);
    };
    const Cluster cluster = m_result.cluster;
    const QList<NodeTarget> targets = m_project.targets(cluster);
    const InstallSecrets secrets = m_secrets;
    runInBackground<HaDrill::Result>(
        this,
        [cluster, targets, secrets, options, cancel]() mutable {
            options.cancel = cancel.get();
            return HaDrill::run(cluster, targets, secrets, options);
        },
        [this](const HaDrill::Result &r) {
            m_drilling = false;
            Q_EMIT drillFinished(r.passed, r.restored, r.verdict);
        });
}

void ClusterSession::cancelDrill()
{
    if (m_drillCancel)
        *m_drillCancel = true; // the drill stops waiting, restores what it stopped, then ends
}
