#include "cli/AddNodeCommand.h"

#include "cli/PlanRunPrinter.h"
#include "core/ProfileCatalog.h"
#include "ops/PlanRun.h"
#include "ops/PlanText.h"

#include <QDir>

AddNodeCommand::AddNodeCommand()
    : ProjectCommand({QStringLiteral("add-node"),
             QStringLiteral("Add a frontend or a scan node to the running cluster, as the guide does (diff first)"),
             QStringLiteral("add-node --project P --hostname NAME --ip IP --profile ADDITIONAL_FRONTEND|SCAN [--site S] [--diff] [--yes]"),
             QStringLiteral("Adds a node to the running cluster as the guide does. A frontend: its block is added to multi_node_config.conf "
                              "(everything else kept), every env file is regenerated, its certificates are issued with the cluster's CA, backend-1 "
                              "and every frontend get their new files, the new frontend is installed, and only then each existing frontend is "
                              "patched (patch new-frontend -v, tune.sh), one at a time. A scan node: env.backend-1, tune.sh -r scan, install -r "
                              "scan. What changes on each node is shown as a diff before anything is done; the load balancer's part is written to "
                              "the output's lb/. Running it again resumes an interrupted addition.")},
      Access{true, {{QStringLiteral("admin-password"), QStringLiteral("the platform's admin password (a frontend's .pass)")},
                {QStringLiteral("sudo-password"), QStringLiteral("the sudo password")},
                {QStringLiteral("ssh-password"), QStringLiteral("the SSH password")}}, false})
{
}

QList<QCommandLineOption> AddNodeCommand::projectOptions() const
{
    const auto option = [](const char *name, const char *text, const char *value = nullptr) {
        return value ? QCommandLineOption(QLatin1String(name), QLatin1String(text), QLatin1String(value))
                     : QCommandLineOption(QLatin1String(name), QLatin1String(text));
    };
    return {option("hostname", "The new node's hostname, e.g. frontend-3.", "NAME"),
            option("ip", "Its private IP.", "IP"),
            option("profile", "ADDITIONAL_FRONTEND or SCAN.", "PROFILE"),
            option("site", "Its site / availability zone.", "SITE"),
            option("ssh-host", "Connect to this host instead of the IP.", "HOST"),
            option("ssh-port", "Its SSH port.", "PORT"),
            option("ssh-user", "Its SSH user.", "USER"),
            option("installer-dir", "Its installer directory, if not the project's.", "DIR"),
            option("installation-dir", "Its installation directory, if not the project's.", "DIR"),
            option("diff", "Show what changes on each node and the plan, and change nothing."),
            option("yes", "Do not ask for confirmation."),
            option("quiet", "Print step results only, not the nodes' output.")};
}

int AddNodeCommand::prepare(const QCommandLineParser &parser)
{
    for (const char *required : {"hostname", "ip", "profile"}) {
        if (!parser.isSet(QLatin1String(required)))
            return fail(QStringLiteral("--hostname, --ip and --profile are required"), Usage);
    }
    m_spec = NodeExpansion::Spec();
    m_spec.hostname = parser.value(QStringLiteral("hostname"));
    m_spec.privateIp = parser.value(QStringLiteral("ip"));
    const QString profileName = parser.value(QStringLiteral("profile")).toUpper();
    m_spec.profile = profileName == QLatin1String("SCAN") ? std::optional<Profile>(Profile::Scan) : ProfileCatalog::fromName(profileName);
    if (!m_spec.profile)
        return fail(QStringLiteral("--profile '%1' is not ADDITIONAL_FRONTEND or SCAN").arg(parser.value(QStringLiteral("profile"))), Usage);
    m_spec.site = parser.value(QStringLiteral("site"));
    m_spec.access.host = parser.value(QStringLiteral("ssh-host"));
    m_spec.access.user = parser.value(QStringLiteral("ssh-user"));
    m_spec.access.installerDir = parser.value(QStringLiteral("installer-dir"));
    m_spec.access.installationDir = parser.value(QStringLiteral("installation-dir"));
    if (parser.isSet(QStringLiteral("ssh-port"))) {
        bool ok = false;
        m_spec.access.port = parser.value(QStringLiteral("ssh-port")).toInt(&ok);
        if (!ok || m_spec.access.port < 1 || m_spec.access.port > 65535)
            return fail(QStringLiteral("--ssh-port '%1' must be a port number (1-65535)").arg(parser.value(QStringLiteral("ssh-port"))), Usage);
    }
    return -1;
}

void AddNodeCommand::describe(const NodeExpansion::Result &expansion)
{
    out() << (expansion.resuming ? "resuming the addition of " : "adding ") << m_spec.hostname << " (" << ProfileCatalog::name(*m_spec.profile) << ", "
          << m_spec.privateIp << ")\n\n# what changes on each node\n"
          << NodeExpansion::describe(expansion) << "\n# the plan\n"
          << PlanText::commands(expansion.plan);
    for (const RenderedFile &f : expansion.loadBalancerChange)
        out() << "\n# load balancer: " << f.relativePath << '\n' << QString::fromUtf8(f.content);
    out().flush();
}

int AddNodeCommand::executeWithProject(const QCommandLineParser &parser, Opened &opened)
{
    NodeExpansion::Result expansion = NodeExpansion::prepare(opened.project, opened.loaded, m_spec);
    if (!expansion.ok())
        return fail(expansion.error, Failed);
    describe(expansion);
    if (parser.isSet(QStringLiteral("diff")))
        return Ok;
    InstallSecrets secrets;
    if (!readSecrets(parser, expansion.project, &secrets, true))
        return Failed;
    if (secrets.adminPassword.isEmpty() && m_spec.profile != Profile::Scan)
        return fail(QStringLiteral("the platform's admin password is needed for the new frontend's .pass: give --admin-password-file F"), Usage);
    if (!parser.isSet(QStringLiteral("yes")) && !confirm(QStringLiteral("\nAdd %1 as shown?").arg(m_spec.hostname)))
        return fail(QStringLiteral("not confirmed; nothing done"), Failed);
    return addNode(parser, expansion, secrets);
}

int AddNodeCommand::addNode(const QCommandLineParser &parser, NodeExpansion::Result &expansion, const InstallSecrets &secrets)
{
    // The project first (config with the new block, scan node, access), so a failure from here
    // on is resumed by running the same command again.
    const QString error = NodeExpansion::commit(expansion);
    if (!error.isEmpty())
        return fail(QStringLiteral("could not save the project: %1").arg(error), Failed);
    const ProjectStaging::Result staged = PlanRun::stage(expansion.project, expansion.after, expansion.loadBalancerChange);
    if (!staged.ok())
        return fail(QStringLiteral("cannot prepare the files to upload: %1").arg(staged.error), Failed);
    out() << "files to upload in " << staged.directory << " (certificates: " << staged.issued << " issued, " << staged.kept << " kept)\n";

    QList<NodeTarget> targets = expansion.project.targets(expansion.after.cluster);
    hostKeyChoices().applyTo(targets);
    PlanRun::Options options;
    options.journalPath = expansion.journalPath; // its own journal: its steps never collide with the install's
    options.kafkaWatchIntervalMs = 0;            // no backend joins
    const ExecutorSettings settings = PlanRun::settings(expansion.project, staged.directory, options);
    const bool ok = PlanRunPrinter(out(), err()).run(name(), &expansion.project, expansion.plan, targets, secrets, settings, !parser.isSet(QStringLiteral("quiet")));
    if (ok && !expansion.loadBalancerChange.isEmpty())
        out() << "load balancer: apply " << QDir(staged.directory).filePath(expansion.loadBalancerChange.first().relativePath) << '\n';
    if (ok && m_spec.profile == Profile::Scan)
        out() << "The guide allows disabling the Scheduler on the backends permanently now that a scan node runs scans, but names no command "
                 "for it; stopping it with manage.sh would be undone by the health-check cron, so the installer leaves it to you.\n";
    return ok ? Ok : Failed;
}
