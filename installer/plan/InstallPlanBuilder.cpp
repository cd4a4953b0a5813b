#include "plan/InstallPlanBuilder.h"

#include "plan/PlanWords.h"
#include "config/EnvRenderer.h"
#include "core/ClusterFiles.h"
#include "core/ProfileCatalog.h"
#include "core/ServiceStatusTable.h"
#include "plan/PackageRelayPlan.h"
#include "util/ShellQuote.h"

#include <QFileInfo>

namespace {
struct NodeContext {
    const Node &node;
    QString user;
    QString installerDir;     // quoted for the shell
    QString installationDir;  // quoted for the shell
    QString rawInstallerDir;
    bool scan;
};

NodeContext contextFor(const Node &node, const PlanOptions &options)
{
    const QString installer = node.installerDir.isEmpty() ? options.installerDir : node.installerDir;
    const QString installation = node.installationDir.isEmpty() ? options.installationDir : node.installationDir;
    return NodeContext{node,
                       ShellQuote::quote(options.user),
                       ShellQuote::quote(installer),
                       ShellQuote::quote(installation),
                       installer,
                       node.is(Profile::Scan)};
}

QString scanFlag(const NodeContext &c)
{
    return c.scan ? QStringLiteral(" -r scan") : QString();
}

QString hostsTargetFor(const Cluster &cluster, const Node &node, const PlanOptions &options)
{
    if (node.profile && ProfileCatalog::isFrontend(*node.profile))
        return node.privateIp; // the guide: a frontend resolves the FQDN to itself
    if (!options.hostsTarget.isEmpty())
        return options.hostsTarget;
    const QList<Node> frontends = cluster.frontends();
    return frontends.isEmpty() ? QString() : frontends.first().privateIp;
}

QString scpTarget(const Node &node)
{
    const QString host = node.effectiveSshHost().contains(QLatin1Char(':')) ? QLatin1Char('[') + node.effectiveSshHost() + QLatin1Char(']')
                                                                               : node.effectiveSshHost();
    // Quoted like every other word: an IPv6 address's brackets are a glob to the shell.
    return ShellQuote::quote(node.sshUser.isEmpty() ? host : node.sshUser + QLatin1Char('@') + host);
}

QString scpPort(const Node &node)
{
    return node.sshPort == 22 ? QString() : QStringLiteral("-P %1 ").arg(node.sshPort);
}

} // namespace

PlanNode InstallPlanBuilder::preparation(const Cluster &cluster, const Node &node, const PlanOptions &options)
{
    const NodeContext c = contextFor(node, options);
    const QString bundle = ClusterFiles::certificateBundleName();
    const QString certDir = c.installerDir + QStringLiteral("/certificates");
    PlanNode planNode = planNodeFor(node);

    if (!options.installerPackage.isEmpty()) {
        const QString name = QStringLiteral(".agilesec-installer-package.tgz");
        const QString marker = QStringLiteral(".agilesec-installer-package.done");
        const QString started = QStringLiteral(".agilesec-installer-package.unpacking");
        const QString unpackId = c.node.hostname + QStringLiteral("/unpack-package");
        const QString expected = options.installerPackageSha256.toLower();
        const QString done = packageUnpacked(node, options);
        PlanStep package = step(c.node, QStringLiteral("upload-package"), QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "Copy the installer package to the node")), PlanStep::Kind::Upload,
                                QStringLiteral("scp %1%2 %3:%4/%5").arg(scpPort(node), ShellQuote::quote(options.installerPackage), scpTarget(node), c.installerDir, name));
        package.localPath = options.installerPackage;
        package.remotePath = c.rawInstallerDir + QLatin1Char('/') + name;
        package.skipWhen = done;
        planNode.steps << package;
        // A package with one top-level folder is unpacked from inside it, so either layout lands
        // as <installer_directory>/install_analytics.sh. A failure removes the temporary tree; the
        // package goes only after the marker is in place.
        const QString checkSha = expected.isEmpty()
            ? QString()
            : QStringLiteral("{ [ \"${h%% *}\" = %1 ] || { echo \"the package's SHA-256 is ${h%% *}, the installer expects %1\" >&2; false; }; } && ")
                  .arg(expected);
        PlanStep unpack = step(c.node, QStringLiteral("unpack-package"), QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "Unpack the installer package")), PlanStep::Kind::Run,
                               QStringLiteral("cd %1 || exit 1; rm -rf .unpack.* %3.tmp; { h=$(sha256sum %2) && %4: > %6 && t=$(mktemp -d .unpack.XXXXXX) && "
                                              "tar xzf %2 -C \"$t\" && set -- \"$t\"/* && if [ $# -eq 1 ] && [ -d \"$1\" ]; then s=$1; else s=$t; fi && "
                                              "cp -a \"$s\"/. . && [ -x install_analytics.sh ] && printf '%s %s\\n' \"${h%% *}\" %5 > %3.tmp && mv -f %3.tmp %3 && "
                                              "rm -f %6 && rm -rf \"$t\" %2 %2.verified; } || { r=$?; rm -rf .unpack.* %3.tmp; exit \"$r\"; }")
                                   .arg(c.installerDir, name, marker, checkSha, ShellQuote::quote(unpackId), started));
        unpack.skipWhen = done;
        planNode.steps << unpack;
    }

    PlanStep certificates = InstallPlanBuilder::upload(node, options, QStringLiteral("upload-certificates"), QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "Copy the certificate bundle to the node")),
                                                       QStringLiteral("certificates/") + bundle, QStringLiteral("certificates/") + bundle);
    certificates.privateFile = true; // every node's private key is in it
    planNode.steps << certificates;

    planNode.steps << step(c.node, QStringLiteral("extract-certificates"), QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "Extract the certificate bundle")),
                           PlanStep::Kind::Run, QStringLiteral("cd %1 && tar zxvf %2").arg(certDir, bundle));
    planNode.steps << step(c.node, QStringLiteral("place-env"),
                           QString::fromUtf8(PlanWords::kUseEnv).arg(EnvRenderer::envFileFor(cluster, node)),
                           PlanStep::Kind::Run,
                           QStringLiteral("cd %1 && cp %2 ../.env").arg(certDir, EnvRenderer::envFileFor(cluster, node)));
    if (const Node *primary = cluster.primaryBackend(); primary && primary->hostname == node.hostname) {
        // The guide edits the config on backend-1 and generates everything there; keeping our
        // copy there too means the cluster can later be imported from backend-1 as it stands.
        planNode.steps << InstallPlanBuilder::upload(node, options, QStringLiteral("publish-config"),
                                                     QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "Keep multi_node_config.conf on the primary backend, where the guide edits it")),
                                                     QStringLiteral("generate_envs/multi_node_config.conf"),
                                                     QStringLiteral("generate_envs/multi_node_config.conf"));
    }
    if (options.addHostsEntries && !cluster.fqdn().isEmpty()) {
        const QString target = hostsTargetFor(cluster, node, options);
        if (!target.isEmpty()) {
            const QString line = ShellQuote::quote(target + QLatin1Char(' ') + cluster.fqdn());
            planNode.steps << step(c.node, QStringLiteral("hosts-entry"),
                                   QString::fromUtf8(PlanWords::kHostsEntry).arg(cluster.fqdn(), target), PlanStep::Kind::Run,
                                   QStringLiteral("grep -qxF %1 /etc/hosts || echo %1 | sudo tee -a /etc/hosts >/dev/null").arg(line));
        }
    }
    planNode.steps << step(c.node, QStringLiteral("tune"), QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "Tune the operating system")), PlanStep::Kind::Run,
                           QStringLiteral("cd %1 && sudo ./scripts/tune.sh -u %2%3").arg(c.installerDir, c.user, scanFlag(c)));
    if (!c.scan) {
        // The password arrives on stdin and is written by the shell's printf builtin, so it never
        // appears in a process list or in the command shown here.
        PlanStep pass = step(c.node, QStringLiteral("admin-password"), QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "Create .pass with the admin password (mode 600)")),
                             PlanStep::Kind::Run,
                             QStringLiteral("cd %1 && umask 077 && IFS= read -r password && "
                                            "{ grep -v '^admin_password=' .pass.example; printf 'admin_password=%s\\n' \"$password\"; } > .pass "
                                            "&& chmod 600 .pass")
                                 .arg(c.installerDir));
        pass.input = PlanStep::Input::AdminPassword;
        planNode.steps << pass;
    }
    return planNode;
}

QString InstallPlanBuilder::packageUnpacked(const Node &node, const PlanOptions &options)
{
    // Our unpack's completion is proved by its marker, written last and atomically:
    // "<SHA-256 of the package unpacked> <step id>". .unpacking, made first and removed after
    // the marker, flags a tree that a killed unpack left half-copied. A node whose installer
    // was put there another way (no marker, no .unpacking) has it already, as before.
    const NodeContext c = contextFor(node, options);
    const QString marker = QStringLiteral(".agilesec-installer-package.done");
    const QString started = QStringLiteral(".agilesec-installer-package.unpacking");
    const QString unpackId = node.hostname + QStringLiteral("/unpack-package");
    const QString expected = options.installerPackageSha256.toLower();
    const QString ours = expected.isEmpty()
        ? QStringLiteral("[ \"$(cut -d' ' -f2 %1/%2 2>/dev/null)\" = %3 ]").arg(c.installerDir, marker, ShellQuote::quote(unpackId))
        : QStringLiteral("[ \"$(cat %1/%2 2>/dev/null)\" = %3 ]").arg(c.installerDir, marker, ShellQuote::quote(expected + QLatin1Char(' ') + unpackId));
    return QStringLiteral("%1 || { [ ! -e %2/%3 ] && [ ! -e %2/%4 ] && [ -x %2/install_analytics.sh ]; }").arg(ours, c.installerDir, marker, started);
}

QString InstallPlanBuilder::packagePath(const Node &node, const PlanOptions &options)
{
    return contextFor(node, options).rawInstallerDir + QStringLiteral("/.agilesec-installer-package.tgz");
}

PlanNode InstallPlanBuilder::installation(const Node &node, const PlanOptions &options)
{
    const NodeContext c = contextFor(node, options);
    const Profile profile = node.profile.value_or(Profile::FullBackend);
    PlanNode planNode = planNodeFor(node);
    PlanStep install = step(c.node, QStringLiteral("install"), QString::fromUtf8(PlanWords::kInstallServices).arg(ProfileCatalog::displayName(profile).toLower()),
                            PlanStep::Kind::Run,
                            QStringLiteral("cd %1 && ./install_analytics.sh install -u %2 -p %3 --non-interactive%4")
                                .arg(c.installerDir, c.user, c.installationDir, scanFlag(c)));
    // Installed already when every service of the profile is Running: a resumed install must
    // not run the installer over a working node.
    install.skipWhen = QStringLiteral("%1 2>/dev/null | awk -v want=%2 'BEGIN { n = split(want, w, \" \") } { s[$1] = $NF } "
                                      "END { for (i = 1; i <= n; i++) if (s[w[i]] != \"Running\") exit 1 }'")
                           .arg(ServiceStatusTable::command(c.installerDir), ShellQuote::quote(ProfileCatalog::serviceNames(profile).join(QLatin1Char(' '))));
    planNode.steps << install;
    PlanStep cron = step(c.node, QStringLiteral("check-health-cron"), QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "Check that the health-check cron job is active")),
                         PlanStep::Kind::Check, QStringLiteral("crontab -l | grep -v '^#' | grep -q health_check.sh"));
    cron.expectation = QStringLiteral("an active crontab line running health_check.sh");
    planNode.steps << cron;
    planNode.steps << serviceCheck(node, options);
    return planNode;
}

PlanStep InstallPlanBuilder::serviceCheck(const Node &node, const PlanOptions &options)
{
    const NodeContext c = contextFor(node, options);
    const Profile profile = node.profile.value_or(Profile::FullBackend);
    PlanStep services = step(c.node, QStringLiteral("check-services"), QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "Check the service status table")), PlanStep::Kind::Check,
                             ServiceStatusTable::command(c.installerDir));
    services.expectedServices = ProfileCatalog::serviceNames(profile);
    services.expectation = QStringLiteral("%1 services Running: %2")
                               .arg(ProfileCatalog::services(profile).size())
                               .arg(ProfileCatalog::serviceNames(profile).join(QStringLiteral(", ")));
    return services;
}

PlanStep InstallPlanBuilder::upload(const Node &node, const PlanOptions &options, const QString &slug, const QString &title,
                                    const QString &localPath, const QString &remoteRelative)
{
    const NodeContext c = contextFor(node, options);
    const QString remoteDir = QFileInfo(remoteRelative).path();
    PlanStep s = step(c.node, slug, title, PlanStep::Kind::Upload,
                      QStringLiteral("scp %1%2 %3:%4/%5").arg(scpPort(node), ShellQuote::quote(localPath), scpTarget(node), c.installerDir,
                                                               QFileInfo(localPath).fileName() == QFileInfo(remoteRelative).fileName()
                                                                   ? (remoteDir == QLatin1String(".") ? QString() : remoteDir + QLatin1Char('/'))
                                                                   : remoteRelative));
    s.localPath = localPath;
    s.remotePath = c.rawInstallerDir + QLatin1Char('/') + remoteRelative;
    return s;
}

PlanStep InstallPlanBuilder::step(const Node &node, const QString &slug, const QString &title, PlanStep::Kind kind, const QString &command)
{
    PlanStep s;
    s.id = node.hostname + QLatin1Char('/') + slug;
    s.title = title;
    s.kind = kind;
    s.command = command;
    s.usesSudo = command.contains(QLatin1String("sudo "));
    return s;
}

PlanNode InstallPlanBuilder::planNodeFor(const Node &node)
{
    return PlanNode{node.hostname, node.effectiveSshHost(), node.profile.value_or(Profile::FullBackend), {}};
}

QString InstallPlanBuilder::installerDirFor(const Node &node, const PlanOptions &options)
{
    return contextFor(node, options).rawInstallerDir;
}

InstallPlan InstallPlanBuilder::build(const Cluster &cluster, const PlanOptions &options)
{
    InstallPlan plan;
    plan.options = options;

    QList<Node> ordered = cluster.backends();
    if (const Node *quorum = cluster.quorumNode())
        ordered << *quorum;
    for (const Node &n : cluster.nodes) {
        if (n.is(Profile::AdditionalFrontend) || n.is(Profile::Scan))
            ordered << n;
    }

    QList<PlanNode> prepare;
    for (const Node &n : ordered)
        prepare << InstallPlanBuilder::preparation(cluster, n, options);
    plan.addPhase(PlanPhase::Kind::Prepare, QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "Prepare every node (no order between nodes)")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "every node has its certificates, .env, tuning and admin password")), prepare);

    const QList<Node> backends = cluster.backends();
    QList<PlanNode> first, second, rest, last;
    for (qsizetype i = 0; i < backends.size(); ++i) {
        if (i == 0)
            first << InstallPlanBuilder::installation(backends[i], options);
        else if (i == 1)
            second << InstallPlanBuilder::installation(backends[i], options);
        else
            rest << InstallPlanBuilder::installation(backends[i], options);
    }
    if (const Node *quorum = cluster.quorumNode())
        rest << InstallPlanBuilder::installation(*quorum, options);
    for (const Node &n : cluster.nodes) {
        if (n.is(Profile::AdditionalFrontend) || n.is(Profile::Scan))
            last << InstallPlanBuilder::installation(n, options);
    }

    plan.addPhase(PlanPhase::Kind::PrimaryBackend, QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "Install the primary backend")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "the primary backend has completed: it initialises the MongoDB primary, "
                                                                "the OpenSearch cluster manager and the Kafka leader")),
             first);
    plan.addPhase(PlanPhase::Kind::SecondBackend, QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "Install the second backend")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "the second backend has completed: it adds the MongoDB secondary")), second);
    plan.addPhase(PlanPhase::Kind::BackendsAndQuorum,
             QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "Install the remaining backends and the quorum node in parallel")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "all of them have completed: the quorum node creates the Kafka topics the frontends need; if Kafka "
                            "stops on a backend meanwhile, restart it with ./scripts/manage.sh start kafka")),
             rest);
    plan.addPhase(PlanPhase::Kind::FrontendsAndScan, QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "Install the additional frontends and scan nodes in parallel")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "all of them have completed; then verify every node's services")), last);
    PackageRelayPlan::apply(cluster, options, &plan);
    return plan;
}
