#include "lab/LabEnvironment.h"

#include "config/ClusterLoader.h"
#include "config/ClusterWriter.h"
#include "config/EnvRenderer.h"
#include "util/FileSetWriter.h"
#include "core/ProfileCatalog.h"
#include "project/Project.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#if defined(Q_OS_LINUX)
#include <csignal>
#include <pwd.h>
#include <unistd.h>
#endif

namespace {
const QString kStateFile = QStringLiteral("lab.json");

// The lab directory as an absolute path; empty means the default.
QString labPath(const QString &directory)
{
    return QFileInfo(directory.isEmpty() ? LabEnvironment::defaultDirectory() : directory).absoluteFilePath();
}

// lab.json's nodes; false when the lab has none.
bool readState(const QString &lab, QJsonArray *nodes)
{
    QFile file(QDir(lab).filePath(kStateFile));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *nodes = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("nodes")).toArray();
    return true;
}

QString writeState(const QString &lab, const QJsonArray &nodes)
{
    return FileSetWriter::write(lab, {RenderedFile{kStateFile, QJsonDocument(QJsonObject{{QStringLiteral("nodes"), nodes}}).toJson(), 0644}});
}

QString sshdPath()
{
    const QString path = QStandardPaths::findExecutable(QStringLiteral("sshd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return path.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("sshd")) : path;
}

QString currentUser()
{
#if defined(Q_OS_LINUX)
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return qEnvironmentVariable("USER");
}

bool isRoot()
{
#if defined(Q_OS_LINUX)
    return geteuid() == 0;
#else
    return false;
#endif
}

QByteArray procCommandLine(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().replace('\0', ' ');
}

// A process is ours when it is an sshd started with this node's config file.
bool isOurSshd(qint64 pid, const QString &configPath)
{
    const QByteArray cmd = procCommandLine(pid);
    return cmd.contains("sshd") && cmd.contains(configPath.toLocal8Bit());
}

} // namespace

QList<qint64> LabEnvironment::childProcesses(qint64 parent)
{
    QList<qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // pid (comm) state ppid ...: comm may hold spaces, so parse after the last ')'.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1].toLongLong() == parent)
            children << pid;
    }
    return children;
}

namespace {

bool processAlive(qint64 pid)
{
#if defined(Q_OS_LINUX)
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
#else
    Q_UNUSED(pid);
    return false;
#endif
}

void terminate(qint64 pid)
{
#if defined(Q_OS_LINUX)
    ::kill(pid_t(pid), SIGTERM);
    QDeadlineTimer deadline(3000);
    while (processAlive(pid) && !deadline.hasExpired())
        QThread::msleep(20);
    if (processAlive(pid))
        ::kill(pid_t(pid), SIGKILL);
#else
    Q_UNUSED(pid);
#endif
}

int freePort(const QString &address)
{
    QTcpServer server;
    if (!server.listen(QHostAddress(address), 0))
        return 0;
    return server.serverPort();
}

int portFreeOnAll(const QList<Node> &nodes, int from)
{
    for (int port = from; port < from + 200 && port < 65536; ++port) {
        bool free = true;
        for (const Node &n : nodes) {
            QTcpServer probe;
            if (!probe.listen(QHostAddress(n.privateIp), quint16(port))) {
                free = false;
                break;
            }
        }
        if (free)
            return port;
    }
    return 0;
}

QString randomSecret()
{
    QByteArray bytes(18, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()), reinterpret_cast<quint32 *>(bytes.data() + 16));
    return QString::fromLatin1(bytes.left(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return QStringLiteral("%1 did not finish").arg(program);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    return {};
}

QByteArray resource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct LabTopologyNode {
    QString hostname;
    Profile profile;
    QString site;
};

QList<LabTopologyNode> topologyNodes(const QString &topology, QString *error)
{
    if (topology == QLatin1String("7")) {
        return {{QStringLiteral("backend-1"), Profile::PrimaryFullBackend, QStringLiteral("dc-1")},
                {QStringLiteral("backend-2"), Profile::FullBackend, QStringLiteral("dc-1")},
                {QStringLiteral("backend-3"), Profile::FullBackend, QStringLiteral("dc-2")},
                {QStringLiteral("backend-4"), Profile::FullBackend, QStringLiteral("dc-2")},
                {QStringLiteral("frontend-2"), Profile::AdditionalFrontend, QStringLiteral("dc-1")},
                {QStringLiteral("frontend-3"), Profile::AdditionalFrontend, QStringLiteral("dc-2")},
                {QStringLiteral("coordinator-1"), Profile::Coordinator, QStringLiteral("dc-3")}};
    }
    bool ok = false;
    const int count = topology.toInt(&ok);
    if (!ok || count < 3 || count > 200) {
        *error = QStringLiteral("topology '%1': expected 3, 4, 7 (stretch with coordinator) or a node count from 3 to 200").arg(topology);
        return {};
    }
    const int backends = count == 3 || count == 4 ? 2 : std::max(2, count / 2);
    QList<LabTopologyNode> nodes;
    for (int i = 1; i <= backends; ++i)
        nodes << LabTopologyNode{QStringLiteral("backend-%1").arg(i), i == 1 ? Profile::PrimaryFullBackend : Profile::FullBackend, {}};
    for (int i = 1; i <= count - backends; ++i)
        nodes << LabTopologyNode{QStringLiteral("frontend-%1").arg(i), i == 1 ? Profile::PrimaryFrontend : Profile::AdditionalFrontend, {}};
    return nodes;
}

// Starts a node's sshd and waits until it listens; returns its pid, or 0 with error set.
qint64 startSshd(const QString &dir, const QString &address, int port, QString *error)
{
    const QString config = QDir(dir).filePath(QStringLiteral("sshd_config"));
    *error = run(sshdPath(), {"-f", config, "-E", QDir(dir).filePath(QStringLiteral("sshd.log"))});
    if (!error->isEmpty())
        return 0;
    // sshd forks into the background; wait until it wrote its pid and accepts connections.
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        const qint64 pid = resource(QDir(dir).filePath(QStringLiteral("sshd.pid"))).trimmed().toLongLong();
        QTcpSocket probe;
        probe.connectToHost(address, quint16(port));
        if (pid > 0 && probe.waitForConnected(200))
            return pid;
        QThread::msleep(50);
    }
    *error = QStringLiteral("the sshd on %1:%2 did not start listening; see %3").arg(address).arg(port).arg(QDir(dir).filePath(QStringLiteral("sshd.log")));
    return 0;
}

QString nodeDirectory(const QString &lab, const QString &hostname)
{
    return QDir(lab).filePath(QStringLiteral("nodes/") + hostname);
}

bool waitForListener(const QString &address, int port, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(address, quint16(port));
        if (probe.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

QString sshdConfig(const QString &node, const QString &address, int port, const QString &hostname)
{
    return QStringLiteral("# agilesec-installer lab node %1 (SIMULATION)\n"
                          "ListenAddress %2:%3\n"
                          "HostKey %4/ssh_host_ed25519_key\n"
                          "PidFile %4/sshd.pid\n"
                          "AuthorizedKeysFile %4/authorized_keys\n"
                          "StrictModes no\n"
                          "PermitRootLogin yes\n"
                          "PubkeyAuthentication yes\n"
                          "PasswordAuthentication no\n"
                          "KbdInteractiveAuthentication no\n"
                          "UsePAM no\n"
                          "MaxSessions 64\n"
                          "MaxStartups 64:30:128\n"
                          "ClientAliveInterval 30\n"
                          "Subsystem sftp internal-sftp\n"
                          "SetEnv PATH=%4/bin:/usr/local/bin:/usr/bin:/bin AGILESEC_LAB_NODE=%1\n")
        .arg(hostname, address)
        .arg(port)
        .arg(node);
}
} // namespace

QString LabEnvironment::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("agilesec-installer/lab"));
}

QString LabEnvironment::unsupportedReason()
{
#if !defined(Q_OS_LINUX)
    return QStringLiteral("the lab needs Linux (one sshd per loopback address 127.0.0.x); use real or virtual machines here");
#else
    if (sshdPath().isEmpty())
        return QStringLiteral("OpenSSH's sshd was not found; install it (Debian: apt-get install openssh-server)");
    if (QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
        return QStringLiteral("ssh-keygen was not found; install openssh-client");
    return {};
#endif
}

QByteArray LabEnvironment::topologyConfig(const QString &topology, QString *error)
{
    const QList<LabTopologyNode> nodes = topologyNodes(topology, error);
    if (nodes.isEmpty())
        return {};
    QList<Diagnostic> ignored;
    ConfigDocument document = ConfigDocument::parse(
        "# AgileSec Platform multi-node configuration of the local lab (SIMULATION)\n"
        "# Written by agilesec-installer lab up; every node is an sshd on its own loopback address.\n",
        &ignored);
    Cluster cluster;
    cluster.analyticsHostname = QStringLiteral("agilesec");
    cluster.analyticsDomain = QStringLiteral("lab.internal");
    const bool stretch = topology == QLatin1String("7");
    cluster.shards = stretch ? 4 : 1;
    cluster.replicas = stretch ? 3 : 1;
    int i = 0;
    for (const LabTopologyNode &n : nodes) {
        Node node;
        node.hostname = n.hostname;
        node.privateIp = QStringLiteral("127.0.0.%1").arg(11 + i++);
        node.profile = n.profile;
        node.site = n.site;
        cluster.nodes << node;
    }
    ClusterWriter::apply(cluster, document);
    return document.serialize();
}

QString LabEnvironment::fingerprintOfPublicKey(const QByteArray &publicKeyLine)
{
    const QList<QByteArray> fields = publicKeyLine.trimmed().split(' ');
    if (fields.size() < 2)
        return {};
    const QByteArray blob = QByteArray::fromBase64(fields[1]);
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QString LabEnvironment::up(const Options &options, QString *projectPath, QStringList *progress)
{
    const QString why = unsupportedReason();
    if (!why.isEmpty())
        return why;
    const QString lab = labPath(options.directory);
    QString error;
    for (const LabNode &node : status(lab, &error)) {
        if (node.running)
            return QStringLiteral("the lab in %1 is already up (%2 is running, pid %3); run 'lab down' first").arg(lab, node.hostname).arg(node.pid);
    }
    QByteArray config = topologyConfig(options.topology, &error);
    if (config.isEmpty())
        return error;
    ClusterLoader::Result loaded = ClusterLoader::loadData(config, QStringLiteral("lab"));
    if (!loaded.ok())
        return QStringLiteral("internal error: the lab topology is invalid: %1").arg(loaded.diagnostics.value(0).format());
    QList<Node> spareNodes;
    for (const QString &spare : options.spares) {
        Node node;
        node.hostname = spare.section(QLatin1Char('='), 0, 0);
        const QString profileName = spare.section(QLatin1Char('='), 1).toUpper();
        node.profile = profileName == QLatin1String("SCAN") ? std::optional<Profile>(Profile::Scan) : ProfileCatalog::fromName(profileName);
        node.privateIp = QStringLiteral("127.0.0.%1").arg(11 + loaded.cluster.nodes.size() + spareNodes.size());
        if (node.hostname.isEmpty() || !node.profile || loaded.cluster.findByHostname(node.hostname))
            return QStringLiteral("spare '%1': expected a new HOSTNAME=PROFILE (ADDITIONAL_FRONTEND or SCAN)").arg(spare);
        spareNodes << node;
    }
    if (!options.webServerProgram.isEmpty()) {
        // The frontends' HTTPS endpoints need one port free on every frontend address, so two
        // labs (or a lab and a test) can run side by side: the first such port from 8443.
        QList<Node> frontends = loaded.cluster.frontends();
        for (const Node &n : std::as_const(spareNodes)) {
            if (n.profile && ProfileCatalog::isFrontend(*n.profile))
                frontends << n;
        }
        const int port = portFreeOnAll(frontends, loaded.cluster.frontendPort);
        if (port == 0)
            return QStringLiteral("no port from %1 is free on every frontend address").arg(loaded.cluster.frontendPort);
        if (port != loaded.cluster.frontendPort) {
            loaded.document.setValue(QStringLiteral("frontend_port"), QString::number(port));
            config = loaded.document.serialize();
            loaded = ClusterLoader::loadData(config, QStringLiteral("lab"));
        }
    }

    QDir(QDir(lab).filePath(QStringLiteral("nodes"))).removeRecursively();
    if (!QDir().mkpath(lab))
        return QStringLiteral("cannot create %1").arg(lab);
    if (isRoot())
        QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege-separation directory

    const QString userKey = QDir(lab).filePath(QStringLiteral("lab-user-key"));
    QFile::remove(userKey);
    QFile::remove(userKey + QStringLiteral(".pub"));
    if (!(error = run(QStringLiteral("ssh-keygen"), {"-q", "-t", "ed25519", "-N", "", "-C", "agilesec-lab-user", "-f", userKey})).isEmpty())
        return error;
    const QByteArray userPublicKey = resource(userKey + QStringLiteral(".pub"));

    QList<RenderedFile> labFiles{
        {QStringLiteral("multi_node_config.conf"), config, 0644},
        {QStringLiteral("admin-password"), randomSecret().toUtf8() + '\n', 0600},
        {QStringLiteral("sudo-password"), randomSecret().toUtf8() + '\n', 0600},
        {QStringLiteral("ssh_config"), "# Empty on purpose: the lab does not use ~/.ssh/config.\n", 0644},
        {QStringLiteral("known_hosts"), "# Empty on purpose: the lab's host keys are pinned in project.json.\n", 0644},
        {QStringLiteral("SIMULATION.txt"),
         "This directory is the agilesec-installer lab: a SIMULATION. Each node is an OpenSSH sshd on a\n"
         "loopback address running a simulated AgileSec installer. Nothing real is installed.\n",
         0644},
    };
    if (!(error = FileSetWriter::write(lab, labFiles)).isEmpty())
        return error;

    Project project;
    project.path = QDir(lab).filePath(QStringLiteral("project.json"));
    project.configFile = QStringLiteral("multi_node_config.conf");
    project.defaults.user = currentUser();
    project.defaults.identityFile = QStringLiteral("lab-user-key");
    project.auth = QStringLiteral("key");
    project.osUser = currentUser();
    project.sshConfigFile = QStringLiteral("ssh_config");
    project.knownHostsFile = QStringLiteral("known_hosts");
    project.adminPasswordFile = QStringLiteral("admin-password");
    project.sudoPasswordFile = QStringLiteral("sudo-password");
    project.lab = true;

    QList<Node> machines = loaded.cluster.nodes;
    machines += spareNodes;

    QJsonArray state;
    const auto stopAll = [&]() {
        QStringList ignored;
        down(lab, &ignored);
    };
    for (const Node &node : std::as_const(machines)) {
        const QString dir = nodeDirectory(lab, node.hostname);
        const int port = freePort(node.privateIp);
        if (port == 0) {
            stopAll();
            return QStringLiteral("no free port on %1 for %2").arg(node.privateIp, node.hostname);
        }
        QList<RenderedFile> files;
        const QStringList scripts{QStringLiteral("installer/install_analytics.sh"), QStringLiteral("installer/scripts/tune.sh"),
                                  QStringLiteral("installer/scripts/manage.sh"), QStringLiteral("installer/scripts/health_check.sh"),
                                  QStringLiteral("installer/scripts/sim-common.sh"), QStringLiteral("bin/sudo"), QStringLiteral("bin/crontab"),
                                  QStringLiteral("bin/nproc"), QStringLiteral("bin/free"), QStringLiteral("bin/df"), QStringLiteral("bin/lab-resources")};
        for (const QString &script : scripts)
            files << RenderedFile{script, resource(QStringLiteral(":/lab/") + script), 0755};
        files << RenderedFile{QStringLiteral("installer/.pass.example"), resource(QStringLiteral(":/lab/installer/pass.example")), 0644};
        files << RenderedFile{QStringLiteral("installer/certificates/.keep"), {}, 0644};
        files << RenderedFile{QStringLiteral("installation/.keep"), {}, 0644};
        files << RenderedFile{QStringLiteral("authorized_keys"), userPublicKey, 0600};
        files << RenderedFile{QStringLiteral("sshd_config"), sshdConfig(dir, node.privateIp, port, node.hostname).toUtf8(), 0644};
        const HardwareRequirements simulated = ProfileCatalog::requirements(node.profile.value_or(Profile::FullBackend));
        files << RenderedFile{QStringLiteral("faults.conf"),
                              QStringLiteral("# Lab fault knobs for %1 (SIMULATION); see docs/lab.md. Re-read by every script.\n"
                                             "STEP_SECONDS=%2\n"
                                             "SUDO_MODE=%3\n"
                                             "SUDO_PASSWORD_FILE=%4\n"
                                             "# What the node reports to preflight: the guide's production figures for its profile.\n"
                                             "CPU_CORES=%5\nMEMORY_GB=%6\nDISK_GB=%7\n")
                                  .arg(node.hostname, options.stepSeconds,
                                       options.sudoNeedsPassword ? QStringLiteral("password") : QStringLiteral("nopasswd"),
                                       QDir(lab).filePath(QStringLiteral("sudo-password")))
                                  .arg(simulated.productionCores)
                                  .arg(simulated.productionMemoryGiB)
                                  .arg(simulated.productionDiskGiB)
                                  .toUtf8(),
                              0644};
        for (const RenderedFile &f : files) {
            if (f.content.isNull() && !f.relativePath.endsWith(QLatin1String(".keep"))) {
                stopAll();
                return QStringLiteral("internal error: lab resource %1 is missing").arg(f.relativePath);
            }
        }
        if (!(error = FileSetWriter::write(dir, files)).isEmpty()) {
            stopAll();
            return error;
        }
        const QString hostKey = QDir(dir).filePath(QStringLiteral("ssh_host_ed25519_key"));
        if (!(error = run(QStringLiteral("ssh-keygen"), {"-q", "-t", "ed25519", "-N", "", "-C", "lab-" + node.hostname, "-f", hostKey})).isEmpty()) {
            stopAll();
            return error;
        }
        const QString config = QDir(dir).filePath(QStringLiteral("sshd_config"));
        const qint64 pid = startSshd(dir, node.privateIp, port, &error);
        state.append(QJsonObject{{QStringLiteral("hostname"), node.hostname},
                                 {QStringLiteral("profile"), ProfileCatalog::name(*node.profile)},
                                 {QStringLiteral("address"), node.privateIp},
                                 {QStringLiteral("port"), port},
                                 {QStringLiteral("pid"), pid},
                                 {QStringLiteral("config"), config},
                                 {QStringLiteral("directory"), dir}});
        writeState(lab, state);
        if (pid == 0) {
            stopAll();
            return QStringLiteral("%1: %2").arg(node.hostname, error);
        }
        qint64 webPid = 0;
        if (!options.webServerProgram.isEmpty() && ProfileCatalog::isFrontend(*node.profile)) {
            // The frontend's HTTPS endpoints (answering once installed and while haproxy runs).
            const QStringList args{QStringLiteral("lab"), QStringLiteral("serve"), QStringLiteral("--node-dir"), dir, QStringLiteral("--hostname"),
                                   node.hostname, QStringLiteral("--address"), node.privateIp, QStringLiteral("--port"),
                                   QString::number(loaded.cluster.frontendPort)};
            if (waitForListener(node.privateIp, loaded.cluster.frontendPort, 300)) {
                stopAll();
                return QStringLiteral("%1: %2:%3 is already in use (another lab still running? 'lab down' it first)")
                    .arg(node.hostname, node.privateIp)
                    .arg(loaded.cluster.frontendPort);
            }
            QProcess server;
            server.setProgram(options.webServerProgram);
            server.setArguments(args);
            server.setStandardOutputFile(QDir(dir).filePath(QStringLiteral("web.log")));
            server.setStandardErrorFile(QDir(dir).filePath(QStringLiteral("web.log")));
            if (!server.startDetached(&webPid) || !waitForListener(node.privateIp, loaded.cluster.frontendPort, 10000) || !processAlive(webPid)) {
                stopAll();
                return QStringLiteral("%1: the simulated HTTPS endpoints did not start on %2:%3; see %4")
                    .arg(node.hostname, node.privateIp)
                    .arg(loaded.cluster.frontendPort)
                    .arg(QDir(dir).filePath(QStringLiteral("web.log")));
            }
            QJsonObject entry = state.last().toObject();
            entry.insert(QStringLiteral("webPid"), webPid);
            entry.insert(QStringLiteral("webPort"), loaded.cluster.frontendPort);
            state.replace(state.size() - 1, entry);
            writeState(lab, state);
        }
        NodeAccess access;
        access.port = port;
        access.installerDir = QDir(dir).filePath(QStringLiteral("installer"));
        access.installationDir = QDir(dir).filePath(QStringLiteral("installation"));
        project.nodes.insert(node.hostname, access);
        project.hostKeys.insert(Project::hostKeyId(node.privateIp, port),
                                fingerprintOfPublicKey(resource(hostKey + QStringLiteral(".pub"))));
        if (progress)
            *progress << QStringLiteral("%1 (%2) sshd on %3:%4, pid %5%6")
                             .arg(node.hostname, ProfileCatalog::name(*node.profile), node.privateIp)
                             .arg(port)
                             .arg(pid)
                             .arg(webPid ? QStringLiteral("; HTTPS endpoints on %1:%2, pid %3").arg(node.privateIp).arg(loaded.cluster.frontendPort).arg(webPid) : QString());
    }
    if (!(error = project.save()).isEmpty()) {
        stopAll();
        return error;
    }
    *projectPath = project.path;
    return {};
}

QString LabEnvironment::down(const QString &directory, QStringList *stopped)
{
    const QString lab = labPath(directory);
    QJsonArray nodes;
    if (!readState(lab, &nodes))
        return QStringLiteral("no lab in %1 (%2 not found)").arg(lab, kStateFile);
    for (const QJsonValue &v : nodes) {
        const QJsonObject n = v.toObject();
        const qint64 webPid = qint64(n.value(QStringLiteral("webPid")).toDouble());
        if (processAlive(webPid) && procCommandLine(webPid).contains("lab serve --node-dir " + n.value(QStringLiteral("directory")).toString().toLocal8Bit() + ' ')) {
            terminate(webPid);
            if (stopped)
                *stopped << QStringLiteral("%1: stopped the HTTPS endpoints (pid %2)").arg(n.value(QStringLiteral("hostname")).toString()).arg(webPid);
        }
        const qint64 pid = qint64(n.value(QStringLiteral("pid")).toDouble());
        const QString config = n.value(QStringLiteral("config")).toString();
        if (!processAlive(pid) || !isOurSshd(pid, config))
            continue; // already gone, or the pid was reused by something that is not ours
        for (qint64 child : LabEnvironment::childProcesses(pid)) {
            if (procCommandLine(child).contains("sshd"))
                terminate(child);
        }
        terminate(pid);
        if (stopped)
            *stopped << QStringLiteral("%1: stopped sshd (pid %2)").arg(n.value(QStringLiteral("hostname")).toString()).arg(pid);
    }
    return {};
}

QList<LabNode> LabEnvironment::status(const QString &directory, QString *error)
{
    const QString lab = labPath(directory);
    QJsonArray nodes;
    if (!readState(lab, &nodes)) {
        *error = QStringLiteral("no lab in %1").arg(lab);
        return {};
    }
    QList<LabNode> result;
    for (const QJsonValue &v : std::as_const(nodes)) {
        const QJsonObject n = v.toObject();
        LabNode node;
        node.hostname = n.value(QStringLiteral("hostname")).toString();
        node.profile = n.value(QStringLiteral("profile")).toString();
        node.address = n.value(QStringLiteral("address")).toString();
        node.port = n.value(QStringLiteral("port")).toInt();
        node.pid = qint64(n.value(QStringLiteral("pid")).toDouble());
        node.directory = n.value(QStringLiteral("directory")).toString();
        node.running = processAlive(node.pid) && isOurSshd(node.pid, n.value(QStringLiteral("config")).toString());
        const QString installation = resource(QDir(node.directory).filePath(QStringLiteral("installer/.installation_dir"))).trimmed();
        const QStringList services = QString::fromUtf8(resource(QDir(installation).filePath(QStringLiteral("state/services")))).split(
            QLatin1Char('\n'), Qt::SkipEmptyParts);
        int running = 0;
        for (const QString &s : services)
            running += resource(QDir(installation).filePath(QStringLiteral("state/") + s)).trimmed() == "Running" ? 1 : 0;
        node.services = installation.isEmpty() ? QStringLiteral("not installed") : QStringLiteral("%1/%2 services running").arg(running).arg(services.size());
        result << node;
    }
    return result;
}

QString LabEnvironment::regenerateHostKey(const QString &directory, const QString &hostname, QString *error)
{
    const QString lab = labPath(directory);
    QJsonArray nodes;
    if (!readState(lab, &nodes)) {
        *error = QStringLiteral("no lab in %1").arg(lab);
        return {};
    }
    for (int i = 0; i < nodes.size(); ++i) {
        QJsonObject n = nodes[i].toObject();
        if (n.value(QStringLiteral("hostname")).toString() != hostname)
            continue;
        const qint64 pid = qint64(n.value(QStringLiteral("pid")).toDouble());
        if (processAlive(pid) && isOurSshd(pid, n.value(QStringLiteral("config")).toString()))
            terminate(pid);
        const QString dir = n.value(QStringLiteral("directory")).toString();
        const QString hostKey = QDir(dir).filePath(QStringLiteral("ssh_host_ed25519_key"));
        QFile::remove(hostKey);
        QFile::remove(hostKey + QStringLiteral(".pub"));
        if (!(*error = run(QStringLiteral("ssh-keygen"), {"-q", "-t", "ed25519", "-N", "", "-C", "lab-" + hostname + "-reimaged", "-f", hostKey})).isEmpty())
            return {};
        const qint64 newPid = startSshd(dir, n.value(QStringLiteral("address")).toString(), n.value(QStringLiteral("port")).toInt(), error);
        if (newPid == 0)
            return {};
        n.insert(QStringLiteral("pid"), newPid);
        nodes[i] = n;
        *error = writeState(lab, nodes);
        if (!error->isEmpty())
            return {};
        return fingerprintOfPublicKey(resource(hostKey + QStringLiteral(".pub")));
    }
    *error = QStringLiteral("no node %1 in the lab").arg(hostname);
    return {};
}
