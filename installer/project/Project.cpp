#include "project/Project.h"

#include "util/BoundedFile.h"

#include "project/ProjectSchema.h"
#include "ssh/PackageDigest.h"

#include <QDir>
#include <QFile>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
NodeAccess accessFromJson(const QJsonObject &o)
{
    NodeAccess a;
    a.host = o.value(QStringLiteral("host")).toString();
    a.port = o.value(QStringLiteral("port")).toInt();
    a.user = o.value(QStringLiteral("user")).toString();
    a.identityFile = o.value(QStringLiteral("identityFile")).toString();
    a.installerDir = o.value(QStringLiteral("installerDir")).toString();
    a.installationDir = o.value(QStringLiteral("installationDir")).toString();
    a.proxyJump = o.value(QStringLiteral("proxyJump")).toString();
    a.relayAddress = o.value(QStringLiteral("relayAddress")).toString();
    return a;
}

QJsonObject accessToJson(const NodeAccess &a)
{
    QJsonObject o;
    const auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("host", a.host);
    if (a.port > 0)
        o.insert(QStringLiteral("port"), a.port);
    put("user", a.user);
    put("identityFile", a.identityFile);
    put("installerDir", a.installerDir);
    put("installationDir", a.installationDir);
    put("proxyJump", a.proxyJump);
    put("relayAddress", a.relayAddress);
    return o;
}

QString pick(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : a;
}
} // namespace

std::optional<Project> Project::load(const QString &path, QString *error)
{
    QByteArray data;
    const QString unreadable = BoundedFile::read(path, BoundedFile::kProjectLimit, &data);
    if (!unreadable.isEmpty()) {
        *error = QStringLiteral("%1: cannot read the project: %2").arg(path.isEmpty() ? QStringLiteral("(no file)") : path, unreadable);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: not a project file: %2 at byte %3").arg(path, parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: not a project file: it is a JSON %2, where a project is a JSON object ({...})")
                     .arg(path, doc.isArray() ? QStringLiteral("array") : QStringLiteral("value"));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("agilesec-installer-project")) {
        *error = QStringLiteral("%1: not a project file (\"format\" must be \"agilesec-installer-project\")").arg(path);
        return std::nullopt;
    }
    if (o.value(QStringLiteral("version")).toInt() > kFormatVersion) {
        *error = QStringLiteral("%1: project format version %2 is newer than this installer understands (%3)")
                     .arg(path)
                     .arg(o.value(QStringLiteral("version")).toInt())
                     .arg(kFormatVersion);
        return std::nullopt;
    }
    for (const QString &forbidden : {QStringLiteral("adminPassword"), QStringLiteral("sshPassword"), QStringLiteral("sudoPassword")}) {
        if (o.value(QStringLiteral("secrets")).toObject().contains(forbidden) || o.contains(forbidden)) {
            *error = QStringLiteral("%1: \"%2\" holds a password; a project names the file that holds it (\"%2File\") instead")
                         .arg(path, forbidden);
            return std::nullopt;
        }
    }
    const QStringList problems = ProjectSchema::problems(o);
    if (!problems.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(path, problems.join(QStringLiteral("\n%1: ").arg(path)));
        return std::nullopt;
    }
    Project p;
    p.path = QFileInfo(path).absoluteFilePath();
    p.configFile = o.value(QStringLiteral("config")).toString();
    if (p.configFile.isEmpty()) {
        *error = QStringLiteral("%1: \"config\" (the path of multi_node_config.conf) is missing").arg(path);
        return std::nullopt;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("scanNodes")).toArray())
        p.scanNodes << v.toString();
    const QJsonObject ssh = o.value(QStringLiteral("ssh")).toObject();
    p.defaults = accessFromJson(ssh);
    p.auth = ssh.value(QStringLiteral("auth")).toString(QStringLiteral("agent"));
    p.sshConfigFile = ssh.value(QStringLiteral("configFile")).toString();
    p.knownHostsFile = ssh.value(QStringLiteral("knownHostsFile")).toString();
    const QJsonObject install = o.value(QStringLiteral("install")).toObject();
    p.osUser = install.value(QStringLiteral("osUser")).toString();
    p.defaults.installerDir = install.value(QStringLiteral("installerDir")).toString();
    p.defaults.installationDir = install.value(QStringLiteral("installationDir")).toString();
    p.outputDir = install.value(QStringLiteral("outputDir")).toString();
    p.etcHosts = install.value(QStringLiteral("etcHosts")).toBool();
    p.installerPackage = install.value(QStringLiteral("package")).toString();
    p.installerPackageSha256 = install.value(QStringLiteral("packageSha256")).toString().toLower();
    p.hostsTarget = install.value(QStringLiteral("hostsTarget")).toString();
    p.relayNode = install.value(QStringLiteral("relay")).toString();
    p.relayParallel = install.value(QStringLiteral("relayParallel")).toInt(8);
    const QJsonObject nodes = o.value(QStringLiteral("nodes")).toObject();
    for (auto it = nodes.begin(); it != nodes.end(); ++it)
        p.nodes.insert(it.key(), accessFromJson(it.value().toObject()));
    const QJsonObject keys = o.value(QStringLiteral("hostKeys")).toObject();
    for (auto it = keys.begin(); it != keys.end(); ++it)
        p.hostKeys.insert(it.key(), it.value().toString());
    const QJsonObject publicKeys = o.value(QStringLiteral("hostPublicKeys")).toObject();
    for (auto it = publicKeys.begin(); it != publicKeys.end(); ++it)
        p.hostPublicKeys.insert(it.key(), it.value().toString());
    const QJsonObject secrets = o.value(QStringLiteral("secrets")).toObject();
    p.adminPasswordFile = secrets.value(QStringLiteral("adminPasswordFile")).toString();
    p.sshPasswordFile = secrets.value(QStringLiteral("sshPasswordFile")).toString();
    p.sudoPasswordFile = secrets.value(QStringLiteral("sudoPasswordFile")).toString();
    p.lab = o.value(QStringLiteral("lab")).toBool();
    QString externalError;
    const std::optional<ExternalAccess> external = ExternalAccess::fromJson(o.value(QStringLiteral("external")).toObject(), &externalError);
    if (!external) {
        *error = QStringLiteral("%1: %2").arg(path, externalError);
        return std::nullopt;
    }
    p.external = *external;
    return p;
}

QJsonObject Project::toJson() const
{
    QJsonObject ssh = accessToJson(NodeAccess{defaults.host, defaults.port, defaults.user, defaults.identityFile, {}, {}, defaults.proxyJump, {}});
    ssh.insert(QStringLiteral("auth"), auth);
    if (!sshConfigFile.isEmpty())
        ssh.insert(QStringLiteral("configFile"), sshConfigFile);
    if (!knownHostsFile.isEmpty())
        ssh.insert(QStringLiteral("knownHostsFile"), knownHostsFile);
    QJsonObject install;
    if (!osUser.isEmpty())
        install.insert(QStringLiteral("osUser"), osUser);
    if (!defaults.installerDir.isEmpty())
        install.insert(QStringLiteral("installerDir"), defaults.installerDir);
    if (!defaults.installationDir.isEmpty())
        install.insert(QStringLiteral("installationDir"), defaults.installationDir);
    if (!outputDir.isEmpty())
        install.insert(QStringLiteral("outputDir"), outputDir);
    if (etcHosts)
        install.insert(QStringLiteral("etcHosts"), true);
    if (!installerPackage.isEmpty())
        install.insert(QStringLiteral("package"), installerPackage);
    if (!installerPackageSha256.isEmpty())
        install.insert(QStringLiteral("packageSha256"), installerPackageSha256);
    if (!hostsTarget.isEmpty())
        install.insert(QStringLiteral("hostsTarget"), hostsTarget);
    if (!relayNode.isEmpty())
        install.insert(QStringLiteral("relay"), relayNode);
    if (relayParallel != 8)
        install.insert(QStringLiteral("relayParallel"), relayParallel);
    QJsonObject nodeObject;
    for (auto it = nodes.begin(); it != nodes.end(); ++it)
        nodeObject.insert(it.key(), accessToJson(it.value()));
    QJsonObject keys;
    for (auto it = hostKeys.begin(); it != hostKeys.end(); ++it)
        keys.insert(it.key(), it.value());
    QJsonObject secrets;
    if (!adminPasswordFile.isEmpty())
        secrets.insert(QStringLiteral("adminPasswordFile"), adminPasswordFile);
    if (!sshPasswordFile.isEmpty())
        secrets.insert(QStringLiteral("sshPasswordFile"), sshPasswordFile);
    if (!sudoPasswordFile.isEmpty())
        secrets.insert(QStringLiteral("sudoPasswordFile"), sudoPasswordFile);
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("agilesec-installer-project")},
                  {QStringLiteral("version"), kFormatVersion},
                  {QStringLiteral("config"), configFile},
                  {QStringLiteral("ssh"), ssh},
                  {QStringLiteral("install"), install},
                  {QStringLiteral("nodes"), nodeObject},
                  {QStringLiteral("hostKeys"), keys},
                  {QStringLiteral("secrets"), secrets}};
    QJsonObject publicKeys;
    for (auto it = hostPublicKeys.begin(); it != hostPublicKeys.end(); ++it)
        publicKeys.insert(it.key(), it.value());
    if (!publicKeys.isEmpty())
        o.insert(QStringLiteral("hostPublicKeys"), publicKeys);
    if (!scanNodes.isEmpty())
        o.insert(QStringLiteral("scanNodes"), QJsonArray::fromStringList(scanNodes));
    if (lab)
        o.insert(QStringLiteral("lab"), true);
    o.insert(QStringLiteral("external"), external.toJson());
    return o;
}

QString Project::save() const
{
    // What is written must load again: a value typed in the wizard meets the same rules as a file.
    const QJsonObject json = toJson();
    const QStringList problems = ProjectSchema::problems(json);
    if (!problems.isEmpty())
        return QStringLiteral("%1: not saved: %2").arg(path, problems.join(QStringLiteral("; ")));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    return {};
}

QString Project::resolve(const QString &relative) const
{
    if (relative.isEmpty() || QDir::isAbsolutePath(relative))
        return relative;
    return QFileInfo(path).absoluteDir().filePath(relative);
}

NodeAccess Project::accessFor(const Node &node) const
{
    const NodeAccess n = nodes.value(node.hostname);
    NodeAccess a;
    a.host = pick(n.host, pick(defaults.host, node.privateIp));
    a.port = n.port > 0 ? n.port : defaults.port;
    a.user = pick(n.user, defaults.user);
    a.identityFile = resolve(pick(n.identityFile, defaults.identityFile));
    a.installerDir = pick(n.installerDir, defaults.installerDir);
    a.installationDir = pick(n.installationDir, defaults.installationDir);
    a.proxyJump = pick(n.proxyJump, defaults.proxyJump);
    return a;
}

SshEndpoint Project::endpointFor(const Node &node) const
{
    const NodeAccess a = accessFor(node);
    SshEndpoint e;
    e.host = a.host;
    e.port = a.port;
    e.user = a.user;
    e.identityFile = a.identityFile;
    e.auth = auth;
    e.configFile = resolve(sshConfigFile);
    e.knownHostsFile = resolve(knownHostsFile);
    e.pinnedFingerprint = hostKeys.value(hostKeyId(a.host, a.port > 0 ? a.port : 22));
    e.proxyJump = a.proxyJump;
    e.jumpHostPins = hostKeys; // a jump host's pin is kept like a node's, by "host:port"
    return e;
}

SshEndpoint Project::endpointFor(const ExternalAccess::LbNode &lb) const
{
    Node node;
    node.hostname = lb.hostname;
    node.privateIp = lb.address;
    return endpointFor(node);
}

ClusterLoader::Result Project::loadCluster() const
{
    ClusterLoader::Result result = ClusterLoader::loadFile(resolve(configFile), scanNodes);
    applyAccess(result.cluster);
    return result;
}

ClusterLoader::Result Project::loadClusterData(const QByteArray &data, const QString &name) const
{
    ClusterLoader::Result result = ClusterLoader::loadData(data, name, scanNodes);
    applyAccess(result.cluster);
    return result;
}

void Project::applyAccess(Cluster &cluster) const
{
    for (Node &node : cluster.nodes) {
        const NodeAccess a = accessFor(node);
        node.sshHost = a.host == node.privateIp ? QString() : a.host;
        node.sshPort = a.port > 0 ? a.port : 22;
        node.sshUser = a.user;
        node.installerDir = a.installerDir;
        node.installationDir = a.installationDir;
    }
}

PlanOptions Project::planOptions() const
{
    PlanOptions options;
    if (!osUser.isEmpty())
        options.user = osUser;
    else if (!defaults.user.isEmpty())
        options.user = defaults.user;
    if (!defaults.installerDir.isEmpty())
        options.installerDir = defaults.installerDir;
    if (!defaults.installationDir.isEmpty())
        options.installationDir = defaults.installationDir;
    options.addHostsEntries = etcHosts;
    options.hostsTarget = hostsTarget;
    options.installerPackage = resolve(installerPackage);
    options.installerPackageSha256 = installerPackageSha256;
    if (options.installerPackageSha256.isEmpty() && !options.installerPackage.isEmpty())
        options.installerPackageSha256 = PackageDigest::known(options.installerPackage); // computed earlier in this process, else empty
    options.relayNode = relayNode;
    options.relayParallel = relayParallel;
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
        if (!it.value().relayAddress.isEmpty())
            options.relayAddresses.insert(it.key(), it.value().relayAddress);
    }
    return options;
}

NodeTarget Project::targetFor(const Node &node) const
{
    const NodeAccess a = accessFor(node);
    const PlanOptions options = planOptions();
    return NodeTarget{node.hostname, node.profile.value_or(Profile::FullBackend), endpointFor(node),
                      a.installerDir.isEmpty() ? options.installerDir : a.installerDir};
}

QList<NodeTarget> Project::targets(const Cluster &cluster) const
{
    QList<NodeTarget> out;
    for (const Node &node : cluster.nodes)
        out << targetFor(node);
    return out;
}

QString Project::outputPath() const
{
    return resolve(outputDir.isEmpty() ? QStringLiteral("output") : outputDir);
}

QString Project::journalPath() const
{
    return QDir(outputPath()).filePath(QStringLiteral("install-journal.json"));
}

QString Project::logDir() const
{
    return QDir(outputPath()).filePath(QStringLiteral("logs"));
}

QString Project::checkInstallerPackage() const
{
    if (installerPackage.isEmpty())
        return {};
    const QString local = resolve(installerPackage);
    QString error;
    const QString actual = PackageDigest::compute(local, &error); // remembered: the relay's plan needs it
    if (actual.isEmpty())
        return error;
    if (!installerPackageSha256.isEmpty() && actual != installerPackageSha256)
        return QStringLiteral("installer package %1 has SHA-256 %2, but the project expects %3 (\"packageSha256\"): a damaged or "
                              "different download; nothing was uploaded")
            .arg(local, actual, installerPackageSha256);
    return {};
}

QString Project::relayProblem(const Cluster &cluster) const
{
    if (relayNode.isEmpty() || relayNode == QLatin1String("none"))
        return {};
    QStringList names;
    for (const Node &node : cluster.nodes) {
        if (node.hostname == relayNode)
            return {};
        names << node.hostname;
    }
    return QStringLiteral("%1: $.install.relay: \"%2\" is not a node of the cluster (expected one of: %3, or \"none\")")
        .arg(path, relayNode, names.join(QStringLiteral(", ")));
}
