#include "cli/ImportClusterCommand.h"

#include "cli/SecretOptions.h"
#include "core/ProfileCatalog.h"
#include "ops/AccessCheck.h"
#include "ops/HostKeyPinning.h"
#include "verify/ClusterVerifier.h"

#include <QDir>

ImportClusterCommand::ImportClusterCommand()
    : Command({QStringLiteral("import-cluster"),
             QStringLiteral("Make a project of a running cluster, read from backend-1 over SSH or from files"),
             QStringLiteral("import-cluster --dir D (--from HOST [--with-ca-key | --ca-key PEM] | --config FILE --ca-cert PEM [--ca-key PEM] [--bundle TGZ])"),
             QStringLiteral("Makes a project of a running cluster: reads <installer-dir>/generate_envs/multi_node_config.conf, the CA certificate, "
                              "the certificate bundle and, only with --with-ca-key, the CA key from backend-1 over SSH (or takes them from local "
                              "files), checks them, writes the project, then shows each node's service status. Nothing is changed on the nodes.")})
{
}

QList<QCommandLineOption> ImportClusterCommand::commandOptions() const
{
    const auto option = [](const char *name, const QString &text, const char *value = nullptr) {
        return value ? QCommandLineOption(QLatin1String(name), text, QLatin1String(value)) : QCommandLineOption(QLatin1String(name), text);
    };
    QList<QCommandLineOption> list{
        option("dir", QStringLiteral("The new project's folder (must not hold a project yet)."), "D"),
        option("from", QStringLiteral("Read the cluster from this node (backend-1) over SSH: HOST or HOST:PORT."), "HOST"),
        option("with-ca-key", QStringLiteral("With --from: also copy the CA private key (needed to issue certificates for new nodes). It is kept in "
                                             "the project's output folder, mode 600, and never sent to a node.")),
        option("config", QStringLiteral("Instead of --from: the cluster's multi_node_config.conf."), "FILE"),
        option("ca-cert", QStringLiteral("With --config: the cluster's CA certificate (PEM)."), "PEM"),
        option("ca-key", QStringLiteral("A local copy of the CA private key (PEM), to issue new certificates."), "PEM"),
        option("bundle", QStringLiteral("With --config: kf-agilesec.internal-certs.tgz, to keep the nodes' certificates."), "TGZ"),
        option("user", QStringLiteral("SSH user for every node."), "U"),
        option("auth", QStringLiteral("agent (default), key, password or keyboard-interactive."), "METHOD"),
        option("identity", QStringLiteral("Private key file for --auth key."), "FILE"),
        option("ssh-config", QStringLiteral("ssh_config to honour (default ~/.ssh/config)."), "FILE"),
        option("known-hosts", QStringLiteral("known_hosts to trust (default ~/.ssh/known_hosts)."), "FILE"),
        option("installer-dir", QStringLiteral("The installer directory on the nodes (default %1).").arg(PlanOptions::kDefaultInstallerDir), "DIR"),
        option("installation-dir", QStringLiteral("The installation directory on the nodes (default %1).").arg(PlanOptions::kDefaultInstallationDir), "DIR"),
        option("os-user", QStringLiteral("The -u user of tune.sh and install_analytics.sh (default: the SSH user)."), "U"),
        option("node", QStringLiteral("Per-node access: HOSTNAME:KEY=VALUE[,KEY=VALUE...] with keys host, port, user, installer-dir, "
                                      "installation-dir (repeatable)."),
               "SPEC"),
        option("scan-node", QStringLiteral("A scan node of the cluster: HOSTNAME=IP[@SITE] (repeatable; scan nodes have no block in the config)."), "SPEC"),
        option("no-status", QStringLiteral("Do not ask the nodes for their service status.")),
    };
    list += hostKeyOptions();
    list += SecretOptions::options(QStringLiteral("ssh-password"), QStringLiteral("the SSH password (or the key's passphrase)"));
    list += SecretOptions::options(QStringLiteral("sudo-password"), QStringLiteral("the sudo password (to report how sudo behaves)"));
    return list;
}

bool ImportClusterCommand::readNodeAccess(const QString &spec, Project *project)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        fail(QStringLiteral("--node '%1': expected HOSTNAME:KEY=VALUE[,KEY=VALUE...]").arg(spec), Usage);
        return false;
    }
    NodeAccess access = project->nodes.value(spec.left(colon));
    for (const QString &pair : spec.mid(colon + 1).split(QLatin1Char(','))) {
        const QString key = pair.section(QLatin1Char('='), 0, 0), value = pair.section(QLatin1Char('='), 1);
        bool numberOk = true;
        if (key == QLatin1String("host"))
            access.host = value;
        else if (key == QLatin1String("port"))
            access.port = value.toInt(&numberOk);
        else if (key == QLatin1String("user"))
            access.user = value;
        else if (key == QLatin1String("installer-dir"))
            access.installerDir = value;
        else if (key == QLatin1String("installation-dir"))
            access.installationDir = value;
        else {
            fail(QStringLiteral("--node '%1': unknown key '%2' (host, port, user, installer-dir, installation-dir)").arg(spec, key), Usage);
            return false;
        }
        if (value.isEmpty() || !numberOk || (key == QLatin1String("port") && (access.port < 1 || access.port > 65535))) {
            fail(QStringLiteral("--node '%1': '%2' needs a valid value").arg(spec, key), Usage);
            return false;
        }
    }
    project->nodes.insert(spec.left(colon), access);
    return true;
}

bool ImportClusterCommand::readAccess(const QCommandLineParser &parser, Project *project)
{
    project->path = QDir(parser.value(QStringLiteral("dir"))).absoluteFilePath(QStringLiteral("project.json"));
    project->configFile = QStringLiteral("multi_node_config.conf");
    project->defaults.user = parser.value(QStringLiteral("user"));
    project->defaults.identityFile = parser.value(QStringLiteral("identity"));
    project->defaults.installerDir = parser.value(QStringLiteral("installer-dir"));
    project->defaults.installationDir = parser.value(QStringLiteral("installation-dir"));
    project->osUser = parser.value(QStringLiteral("os-user"));
    project->sshConfigFile = parser.value(QStringLiteral("ssh-config"));
    project->knownHostsFile = parser.value(QStringLiteral("known-hosts"));
    project->scanNodes = parser.values(QStringLiteral("scan-node"));
    for (const QString &dir : {project->defaults.installerDir, project->defaults.installationDir}) {
        if (!dir.isEmpty() && !dir.startsWith(QLatin1Char('/'))) {
            fail(QStringLiteral("directory '%1' must be an absolute path on the nodes").arg(dir), Usage);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("auth"))) {
        project->auth = parser.value(QStringLiteral("auth"));
        if (!QStringList{QStringLiteral("agent"), QStringLiteral("key"), QStringLiteral("password"), QStringLiteral("keyboard-interactive")}.contains(project->auth)) {
            fail(QStringLiteral("--auth '%1' is not one of agent, key, password, keyboard-interactive").arg(project->auth), Usage);
            return false;
        }
    }
    for (const QString &spec : parser.values(QStringLiteral("node"))) {
        if (!readNodeAccess(spec, project))
            return false;
    }
    return true;
}

int ImportClusterCommand::fromNode(const QCommandLineParser &parser, Project *project, const InstallSecrets &secrets, ClusterImport::Outcome *outcome)
{
    // Reach backend-1 as given; its pinned key is kept if the config names it by that address.
    const QString from = parser.value(QStringLiteral("from"));
    Node source;
    source.privateIp = from;
    int port = 0;
    const qsizetype colon = from.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && !from.left(colon).contains(QLatin1Char(':'))) {
        bool ok = false;
        port = from.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(QStringLiteral("--from '%1': expected HOST or HOST:PORT").arg(from), Usage);
        source.privateIp = from.left(colon);
    }
    SshEndpoint endpoint = project->endpointFor(source); // the project's user, key, auth, ssh_config, known_hosts
    if (port > 0)
        endpoint.port = port;
    m_hostKeys.applyTo(endpoint);
    *outcome = ClusterImport::fromNode(project, endpoint, secrets.sshPassword, parser.isSet(QStringLiteral("with-ca-key")), parser.value(QStringLiteral("ca-key")));
    return -1;
}

int ImportClusterCommand::execute(const QCommandLineParser &parser)
{
    if (!readHostKeyChoices(parser, &m_hostKeys))
        return Usage;
    const bool remote = parser.isSet(QStringLiteral("from"));
    if (!parser.isSet(QStringLiteral("dir")) || remote == parser.isSet(QStringLiteral("config")))
        return fail(QStringLiteral("--dir D and one of --from HOST or --config FILE are required"), Usage);
    if (!remote && !parser.isSet(QStringLiteral("ca-cert")))
        return fail(QStringLiteral("--config needs --ca-cert PEM: the cluster's CA is what the project trusts"), Usage);
    if (remote && (parser.isSet(QStringLiteral("ca-cert")) || parser.isSet(QStringLiteral("bundle"))))
        return fail(QStringLiteral("--ca-cert and --bundle go with --config; with --from they are read from the node"), Usage);
    if (parser.isSet(QStringLiteral("with-ca-key")) && parser.isSet(QStringLiteral("ca-key")))
        return fail(QStringLiteral("give --with-ca-key (copy it from the node) or --ca-key PEM (a local copy), not both"), Usage);
    Project project;
    if (!readAccess(parser, &project))
        return Usage;
    QString error;
    InstallSecrets secrets;
    if (!SecretOptions::readAccess(parser, project, &secrets, &error))
        return fail(error, Failed);

    ClusterImport::Outcome outcome;
    if (remote) {
        const int invalid = fromNode(parser, &project, secrets, &outcome);
        if (invalid >= 0)
            return invalid;
    } else {
        outcome = ClusterImport::fromFiles(project, parser.value(QStringLiteral("config")), parser.value(QStringLiteral("ca-cert")),
                                           parser.value(QStringLiteral("ca-key")), parser.value(QStringLiteral("bundle")));
    }
    if (!outcome.ok())
        return fail(outcome.writeFailed ? QStringLiteral("nothing written: %1").arg(outcome.error) : outcome.error, Failed);
    const ClusterLoader::Result loaded = project.loadCluster();
    report(loaded.diagnostics);
    const ClusterImporter::Files &files = *outcome.files;
    out() << "imported " << loaded.cluster.nodes.size() << " node(s) from " << files.origin << ": config " << files.config.size() << " bytes, CA certificate"
          << (files.caKey.isEmpty() ? " (no CA key: new nodes' certificates cannot be issued here)" : " and key")
          << (files.bundle.isEmpty() ? ", no bundle" : ", certificate bundle") << '\n';
    if (!parser.isSet(QStringLiteral("no-status")))
        printStatus(&project, loaded.cluster, secrets);
    out() << "project: " << project.path << Qt::endl;
    return Ok;
}

void ImportClusterCommand::printStatus(Project *project, const Cluster &cluster, const InstallSecrets &secrets)
{
    // Each node's host key (pinned when accepted), then its service table.
    QList<NodeTarget> targets = project->targets(cluster);
    m_hostKeys.applyTo(targets);
    const QList<ConnectionCheck> checks = AccessCheck::run(targets, secrets);
    // Pinned first, so the status sessions below trust the keys just accepted.
    const QString warning = HostKeyPinning::pin(project, HostKeyPinning::acceptedIn(checks), HostKeyPinning::publicKeysIn(checks));
    if (!warning.isEmpty())
        warn(warning);
    QList<NodeTarget> reachable;
    for (const ConnectionCheck &c : checks) {
        if (!c.error.isEmpty())
            out() << "FAIL  " << c.hostname << ": " << c.error << '\n';
        else if (const Node *node = cluster.findByHostname(c.hostname))
            reachable << project->targetFor(*node);
    }
    for (const NodeServiceReport &r : ClusterVerifier::verify(reachable, secrets.sshPassword)) {
        out() << (r.ok() ? "OK    " : "FAIL  ") << r.hostname << " (" << ProfileCatalog::name(r.profile) << "): " << r.summary() << '\n';
        for (const ServiceStatus &s : r.actual)
            out() << "        " << s.name.leftJustified(24) << ' ' << s.status << '\n';
    }
}
