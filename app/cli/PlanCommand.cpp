#include "cli/PlanCommand.h"

#include "config/ClusterLoader.h"
#include "plan/InstallPlanBuilder.h"

#include <QJsonDocument>

PlanCommand::PlanCommand()
    : Command({QStringLiteral("plan"),
             QStringLiteral("Show the ordered install phases with every remote command"),
             QStringLiteral("plan --config FILE [--user U] [--installation-dir D] [--installer-dir D] [--json]"),
             QStringLiteral("Prints the install plan: the ordered phases, their nodes and each node's steps with the exact remote commands. "
                              "The executor, the dry run and the exported runbooks use the same plan.")})
{
}

QList<QCommandLineOption> PlanCommand::commandOptions() const
{
    return {configOption(), scanNodeOption(),
            QCommandLineOption(QStringLiteral("user"), QStringLiteral("The OS user passed as -u (default %1).").arg(PlanOptions::kDefaultUser),
                               QStringLiteral("U")),
            QCommandLineOption(QStringLiteral("installation-dir"),
                               QStringLiteral("Where the platform is installed, -p (default %1).").arg(PlanOptions::kDefaultInstallationDir),
                               QStringLiteral("D")),
            QCommandLineOption(QStringLiteral("installer-dir"),
                               QStringLiteral("Where the installer package is unpacked on each node (default %1).").arg(PlanOptions::kDefaultInstallerDir),
                               QStringLiteral("D")),
            QCommandLineOption(QStringLiteral("etc-hosts"),
                               QStringLiteral("Add an /etc/hosts line for the external FQDN on every node (when DNS does not resolve it): "
                                              "frontends point at themselves, other nodes at --hosts-target or the first frontend.")),
            QCommandLineOption(QStringLiteral("hosts-target"),
                               QStringLiteral("With --etc-hosts: the IP (e.g. a load balancer) that non-frontend nodes resolve the FQDN to."),
                               QStringLiteral("IP")),
            QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print the plan as JSON."))};
}

int PlanCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("config")))
        return fail(QStringLiteral("--config FILE is required"), Usage);
    PlanOptions options;
    if (parser.isSet(QStringLiteral("user")))
        options.user = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("installation-dir")))
        options.installationDir = parser.value(QStringLiteral("installation-dir"));
    if (parser.isSet(QStringLiteral("installer-dir")))
        options.installerDir = parser.value(QStringLiteral("installer-dir"));
    options.addHostsEntries = parser.isSet(QStringLiteral("etc-hosts"));
    options.hostsTarget = parser.value(QStringLiteral("hosts-target"));
    for (const QString &dir : {options.installerDir, options.installationDir}) {
        if (!dir.startsWith(QLatin1Char('/')))
            return fail(QStringLiteral("directory '%1' must be an absolute path on the nodes").arg(dir), Failed);
    }
    if (options.user.isEmpty())
        return fail(QStringLiteral("--user must not be empty"), Failed);

    const ClusterLoader::Result loaded = ClusterLoader::loadFile(parser.value(QStringLiteral("config")), parser.values(QStringLiteral("scan-node")));
    if (!report(loaded.diagnostics))
        return fail(QStringLiteral("no plan for an invalid cluster: fix the errors above first"), Failed);
    const InstallPlan plan = InstallPlanBuilder::build(loaded.cluster, options);
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented);
    else
        out() << plan.toText();
    return Ok;
}
