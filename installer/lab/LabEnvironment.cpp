#include "lab/LabEnvironment.h"

#include "ssh/KnownHostsFile.h"

#include "lab/LabLoadBalancer.h"
#include "lab/LabNodeStarter.h"
#include "lab/LabVipPair.h"
#include "lab/LabProcess.h"
#include "ssh/DetachedStep.h"

#include "config/ClusterLoader.h"
#include "config/ClusterWriter.h"
#include "config/EnvRenderer.h"
#include "util/FileSetWriter.h"
#include "core/ProfileCatalog.h"
#include "project/Project.h"

#include <QDir>

#include <algorithm>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>


namespace {
const QString kStateFile = QStringLiteral("lab.json");

// The lab directory as an absolute path; empty means the default.
QString labPath(const QString &directory)
{
    return QFileInfo(directory.isEmpty() ? LabEnvironment::defaultDirectory() : directory).absoluteFilePath();
}

// lab.json's nodes and its load balancer (an empty object when it has none); false when there
// is no lab.
bool readState(const QString &lab, QJsonArray *nodes, QJsonObject *loadBalancer = nullptr)
{
    QFile file(QDir(lab).filePath(kStateFile));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    *nodes = root.value(QStringLiteral("nodes")).toArray();
    if (loadBalancer)
        *loadBalancer = root.value(QStringLiteral("loadBalancer")).toObject();
    return true;
}

QString writeState(const QString &lab, const QJsonArray &nodes, const QJsonObject &loadBalancer = {})
{
    QJsonObject root{{QStringLiteral("nodes"), nodes}};
    if (!loadBalancer.isEmpty())
        root.insert(QStringLiteral("loadBalancer"), loadBalancer);
    return FileSetWriter::write(lab, {RenderedFile{kStateFile, QJsonDocument(root).toJson(), 0644}});
}

// A node's sshd: the one that wrote its PidFile last (a simulated reboot starts a new one), else
// the one `up` recorded.
qint64 sshdPid(const QJsonObject &n)
{
    const QString config = n.value(QStringLiteral("config")).toString();
    const qint64 written = LabProcess::readFile(QDir(n.value(QStringLiteral("directory")).toString()).filePath(QStringLiteral("sshd.pid"))).trimmed().toLongLong();
    if (written > 0 && LabProcess::alive(written) && LabProcess::isOurSshd(written, config))
        return written;
    return qint64(n.value(QStringLiteral("pid")).toDouble());
}

} // namespace

namespace {

QString randomSecret()
{
    QByteArray bytes(18, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()), reinterpret_cast<quint32 *>(bytes.data() + 16));
    return QString::fromLatin1(bytes.left(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
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
    if (LabProcess::sshdPath().isEmpty())
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
    return KnownHostsFile::fingerprintOfPublicKey(QString::fromLatin1(publicKeyLine));
}

namespace {
// The lab's config (the frontend port moved where another lab or a test holds it) and its spare
// machines; what is wrong, or empty.
QString labTopology(const LabEnvironment::Options &options, ClusterLoader::Result &loaded, QByteArray &config, QList<Node> &spareNodes)
{
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
        if (options.loadBalancer == QLatin1String("haproxy") || options.loadBalancer == QLatin1String("keepalived")) {
            Node entry;
            entry.privateIp = LabLoadBalancer::address(); // the lab's HAProxy listens on the same port
            frontends << entry;
        }
        const int port = LabProcess::portFreeOnAll(frontends, loaded.cluster.frontendPort);
        if (port == 0)
            return QStringLiteral("no port from %1 is free on every frontend address and the load balancer's").arg(loaded.cluster.frontendPort);
        if (port != loaded.cluster.frontendPort) {
            loaded.document.setValue(QStringLiteral("frontend_port"), QString::number(port));
            config = loaded.document.serialize();
            loaded = ClusterLoader::loadData(config, QStringLiteral("lab"));
        }
    }

    return {};
}

Project labProject(const QString &lab)
{
    Project project;
    project.path = QDir(lab).filePath(QStringLiteral("project.json"));
    project.configFile = QStringLiteral("multi_node_config.conf");
    project.defaults.user = LabProcess::currentUser();
    project.defaults.identityFile = QStringLiteral("lab-user-key");
    project.auth = QStringLiteral("key");
    project.osUser = LabProcess::currentUser();
    project.sshConfigFile = QStringLiteral("ssh_config");
    project.knownHostsFile = QStringLiteral("known_hosts");
    project.adminPasswordFile = QStringLiteral("admin-password");
    project.sudoPasswordFile = QStringLiteral("sudo-password");
    project.lab = true;
    return project;
}

// The lab's own files: the config, generated passwords, the empty ssh_config and known_hosts
// it uses instead of the user's, and the user key every node authorizes.
QString writeLabFiles(const QString &lab, const QByteArray &config, QByteArray *userPublicKey)
{
    const QString userKey = QDir(lab).filePath(QStringLiteral("lab-user-key"));
    QFile::remove(userKey);
    QFile::remove(userKey + QStringLiteral(".pub"));
    QString error = LabProcess::runTool(QStringLiteral("ssh-keygen"), {"-q", "-t", "ed25519", "-N", "", "-C", "agilesec-lab-user", "-f", userKey});
    if (!error.isEmpty())
        return error;
    *userPublicKey = LabProcess::readFile(userKey + QStringLiteral(".pub"));
    const QList<RenderedFile> labFiles{
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
    return FileSetWriter::write(lab, labFiles);
}
} // namespace

// The nodes are new: what the journals of an earlier lab in this directory say is done is not
// done on them, and resuming from those journals would skip the whole install.
static void forgetEarlierInstalls(const Project &project)
{
    QFile::remove(project.journalPath());
    QDir day2(QDir(project.outputPath()).filePath(QStringLiteral("day2")));
    for (const QString &name : day2.entryList({QStringLiteral("*-journal.json")}, QDir::Files))
        QFile::remove(day2.filePath(name));
}

// The pair of LB nodes where namespaces can be made, else (saying why) the single HAProxy.
static QString startLoadBalancer(const QString &kind, const QString &lab, const Cluster &cluster, const QJsonArray &nodes, Project &project,
                                 QStringList *progress)
{
    if (kind == QLatin1String("keepalived")) {
        ExternalAccess external;
        const LabLoadBalancer::Started pair = LabVipPair::start(lab, cluster, project.outputPath(), &external);
        if (pair.error.isEmpty()) {
            writeState(lab, nodes, pair.state);
            project.external = external;
            if (progress)
                *progress << pair.progress;
            return {};
        }
        QStringList ignored;
        LabVipPair::stop(pair.state, &ignored);
        if (progress)
            *progress << QStringLiteral("no VIP pair: %1; a single HAProxy instead").arg(pair.error);
    }
    const LabLoadBalancer::Started lb = LabLoadBalancer::start(lab, cluster, project.outputPath());
    if (!lb.state.isEmpty())
        writeState(lab, nodes, lb.state);
    if (!lb.error.isEmpty())
        return lb.error;
    project.external = LabLoadBalancer::externalAccess(lab);
    if (progress)
        *progress << lb.progress;
    return {};
}

QString LabEnvironment::up(const Options &options, QString *projectPath, QStringList *progressOut)
{
    QStringList lines;
    QStringList *progress = progressOut ? progressOut : &lines;
    const auto reportFrom = [&](qsizetype first) {
        for (qsizetype i = first; options.progressLine && i < progress->size(); ++i)
            options.progressLine(progress->at(i));
    };
    const QString why = unsupportedReason();
    if (!why.isEmpty())
        return why;
    const QString lab = labPath(options.directory);
    QString error;
    const QList<LabNode> earlier = status(lab, &error) + loadBalancerStatus(lab);
    for (const LabNode &node : std::as_const(earlier)) {
        if (node.running)
            return QStringLiteral("the lab in %1 is already up (%2 is running, pid %3); run 'lab down' first").arg(lab, node.hostname).arg(node.pid);
    }
    QByteArray config = topologyConfig(options.topology, &error);
    if (config.isEmpty())
        return error;
    ClusterLoader::Result loaded = ClusterLoader::loadData(config, QStringLiteral("lab"));
    if (!loaded.ok())
        return QStringLiteral("internal error: the lab topology is invalid: %1").arg(loaded.diagnostics.value(0).format());
    QList<Node> machines;
    if (!(error = labTopology(options, loaded, config, machines)).isEmpty())
        return error;
    machines = loaded.cluster.nodes + machines; // the config's nodes, then the spares

    QDir(QDir(lab).filePath(QStringLiteral("nodes"))).removeRecursively();
    forgetEarlierInstalls(labProject(lab));
    if (!QDir().mkpath(lab))
        return QStringLiteral("cannot create %1").arg(lab);
    if (LabProcess::isRoot())
        QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege-separation directory
    LabNodeStarter::Settings settings{lab, {}, options.stepSeconds, options.sudoNeedsPassword, options.webServerProgram, loaded.cluster.frontendPort};
    if (!(error = writeLabFiles(lab, config, &settings.userPublicKey)).isEmpty())
        return error;

    Project project = labProject(lab);
    QJsonArray state;
    const auto stopAll = [&](const QString &why) {
        QStringList ignored;
        down(lab, &ignored);
        return why;
    };
    for (const Node &node : std::as_const(machines)) {
        const auto record = [&](const QJsonObject &entry) {
            // One entry per node: replaced as the node's processes start.
            if (!state.isEmpty() && state.last().toObject().value(QStringLiteral("hostname")) == entry.value(QStringLiteral("hostname")))
                state.replace(state.size() - 1, entry);
            else
                state.append(entry);
            writeState(lab, state);
        };
        const LabNodeStarter::Started started = LabNodeStarter::start(node, settings, record);
        if (!started.error.isEmpty())
            return stopAll(started.error);
        project.nodes.insert(node.hostname, started.access);
        project.hostKeys.insert(started.hostKeyId, started.fingerprint);
        project.hostPublicKeys.insert(started.hostKeyId, started.publicKey);
        *progress << started.progress;
        reportFrom(progress->size() - 1);
    }
    if (options.loadBalancer != QLatin1String("none")) {
        // The entry point, once the frontends' ports are known; the project's external access is it.
        const qsizetype before = progress->size();
        if (!(error = startLoadBalancer(options.loadBalancer, lab, loaded.cluster, state, project, progress)).isEmpty())
            return stopAll(error);
        reportFrom(before);
    }
    if (!(error = project.save()).isEmpty())
        return stopAll(error);
    *projectPath = project.path;
    return {};
}

// A step the installer started detached on a lab node runs on after its SSH session; `lab
// down` stops it too, but only a process whose command line names that step's own directory.
static void stopDetachedSteps(const QString &nodeDir, const QString &hostname, QStringList *stopped)
{
    const QDir steps(DetachedStep::stateRootFor(nodeDir + QStringLiteral("/installer")));
    for (const QString &name : steps.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dir = steps.filePath(name);
        const qint64 pid = LabProcess::readFile(dir + QStringLiteral("/pid")).split(' ').value(0).toLongLong();
        if (pid <= 0 || QFileInfo::exists(dir + QStringLiteral("/status")) || !LabProcess::alive(pid)
            || !LabProcess::commandLine(pid).contains("agilesec-step " + dir.toLocal8Bit()))
            continue;
        LabProcess::terminateGroup(pid); // its session's process group: the runner and the step's command
        if (stopped)
            *stopped << QStringLiteral("%1: stopped the detached step %2 (pid %3)").arg(hostname, name).arg(pid);
    }
}

QString LabEnvironment::down(const QString &directory, QStringList *stopped)
{
    const QString lab = labPath(directory);
    QJsonArray nodes;
    QJsonObject loadBalancer;
    if (!readState(lab, &nodes, &loadBalancer))
        return QStringLiteral("no lab in %1 (%2 not found)").arg(lab, kStateFile);
    // First: its health checks would log the frontends going away.
    if (LabVipPair::isPair(loadBalancer))
        LabVipPair::stop(loadBalancer, stopped);
    else
        LabLoadBalancer::stop(loadBalancer, stopped);
    for (const QJsonValue &v : nodes) {
        const QJsonObject n = v.toObject();
        const qint64 webPid = qint64(n.value(QStringLiteral("webPid")).toDouble());
        if (LabProcess::alive(webPid) && LabProcess::commandLine(webPid).contains("lab serve --node-dir " + n.value(QStringLiteral("directory")).toString().toLocal8Bit() + ' ')) {
            LabProcess::terminate(webPid);
            if (stopped)
                *stopped << QStringLiteral("%1: stopped the HTTPS endpoints (pid %2)").arg(n.value(QStringLiteral("hostname")).toString()).arg(webPid);
        }
        stopDetachedSteps(n.value(QStringLiteral("directory")).toString(), n.value(QStringLiteral("hostname")).toString(), stopped);
        const qint64 pid = sshdPid(n);
        const QString config = n.value(QStringLiteral("config")).toString();
        if (!LabProcess::alive(pid) || !LabProcess::isOurSshd(pid, config))
            continue; // already gone, or the pid was reused by something that is not ours
        for (qint64 child : LabProcess::children(pid)) {
            if (LabProcess::commandLine(child).contains("sshd"))
                LabProcess::terminate(child);
        }
        LabProcess::terminate(pid);
        if (stopped)
            *stopped << QStringLiteral("%1: stopped sshd (pid %2)").arg(n.value(QStringLiteral("hostname")).toString()).arg(pid);
    }
    return {};
}

bool LabEnvironment::isRunning(const QString &directory)
{
    QString error;
    const QList<LabNode> nodes = status(directory, &error);
    return std::any_of(nodes.begin(), nodes.end(), [](const LabNode &n) { return n.running; });
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
        node.pid = sshdPid(n);
        node.directory = n.value(QStringLiteral("directory")).toString();
        node.running = LabProcess::alive(node.pid) && LabProcess::isOurSshd(node.pid, n.value(QStringLiteral("config")).toString());
        const QString installation = LabProcess::readFile(QDir(node.directory).filePath(QStringLiteral("installer/.installation_dir"))).trimmed();
        const QStringList services = QString::fromUtf8(LabProcess::readFile(QDir(installation).filePath(QStringLiteral("state/services")))).split(
            QLatin1Char('\n'), Qt::SkipEmptyParts);
        int running = 0;
        for (const QString &s : services)
            running += LabProcess::readFile(QDir(installation).filePath(QStringLiteral("state/") + s)).trimmed() == "Running" ? 1 : 0;
        node.services = installation.isEmpty() ? QStringLiteral("not installed") : QStringLiteral("%1/%2 services running").arg(running).arg(services.size());
        result << node;
    }
    return result;
}

QList<LabNode> LabEnvironment::loadBalancerStatus(const QString &directory)
{
    QJsonArray nodes;
    QJsonObject lb;
    if (!readState(labPath(directory), &nodes, &lb) || lb.isEmpty())
        return {};
    if (LabVipPair::isPair(lb))
        return LabVipPair::status(lb);
    return {LabLoadBalancer::status(lb)};
}

QString LabEnvironment::failLoadBalancer(const QString &directory, const QString &hostname, bool restore)
{
    QJsonArray nodes;
    QJsonObject lb;
    if (!readState(labPath(directory), &nodes, &lb))
        return QStringLiteral("no lab in %1").arg(labPath(directory));
    if (!LabVipPair::isPair(lb))
        return QStringLiteral("this lab has no VIP pair (start it with lab up --lb keepalived)");
    return restore ? LabVipPair::restore(lb, hostname) : LabVipPair::fail(lb, hostname);
}

QString LabEnvironment::regenerateHostKey(const QString &directory, const QString &hostname, QString *error)
{
    const QString lab = labPath(directory);
    QJsonArray nodes;
    QJsonObject loadBalancer;
    if (!readState(lab, &nodes, &loadBalancer)) {
        *error = QStringLiteral("no lab in %1").arg(lab);
        return {};
    }
    for (int i = 0; i < nodes.size(); ++i) {
        QJsonObject n = nodes[i].toObject();
        if (n.value(QStringLiteral("hostname")).toString() != hostname)
            continue;
        const qint64 pid = sshdPid(n);
        if (LabProcess::alive(pid) && LabProcess::isOurSshd(pid, n.value(QStringLiteral("config")).toString()))
            LabProcess::terminate(pid);
        const QString dir = n.value(QStringLiteral("directory")).toString();
        const QString hostKey = QDir(dir).filePath(QStringLiteral("ssh_host_ed25519_key"));
        QFile::remove(hostKey);
        QFile::remove(hostKey + QStringLiteral(".pub"));
        if (!(*error = LabProcess::runTool(QStringLiteral("ssh-keygen"), {"-q", "-t", "ed25519", "-N", "", "-C", "lab-" + hostname + "-reimaged", "-f", hostKey})).isEmpty())
            return {};
        const qint64 newPid = LabProcess::startSshd(dir, n.value(QStringLiteral("address")).toString(), n.value(QStringLiteral("port")).toInt(), error);
        if (newPid == 0)
            return {};
        n.insert(QStringLiteral("pid"), newPid);
        nodes[i] = n;
        *error = writeState(lab, nodes, loadBalancer);
        if (!error->isEmpty())
            return {};
        return fingerprintOfPublicKey(LabProcess::readFile(hostKey + QStringLiteral(".pub")));
    }
    *error = QStringLiteral("no node %1 in the lab").arg(hostname);
    return {};
}
