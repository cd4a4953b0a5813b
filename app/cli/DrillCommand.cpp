#include "cli/DrillCommand.h"

#include "core/SiteFailureAnalysis.h"
#include "verify/EntryPoint.h"
#include "pki/ClusterPki.h"

#include <QDir>
#include <QFile>
#include <atomic>
#include <csignal>

DrillCommand::DrillCommand()
    : ProjectCommand({QStringLiteral("drill"),
             QStringLiteral("Failover drill: stop a frontend, backend or site, check users are served, restore"),
             QStringLiteral("drill --project P frontend|backend|site NAME [--via HOST[:PORT]] [--yes]"),
             QStringLiteral("A failover drill: checks that users are served through the entry point, stops every service of a frontend, a "
                              "backend or (for stretch clusters, with the health-check cron paused on all nodes, as the guide's datacenter test "
                              "does) every node of a site, checks that users are still served by the others (and, for a backend or site, whether "
                              "quorum holds), then restores exactly what was running and the crons as they were, also after a failure or Ctrl-C. "
                              "Prints a timeline and a verdict. Exit 0 pass, 1 fail."),
             2},
      Access{false, {{QStringLiteral("sudo-password"), QStringLiteral("the sudo password")}, {QStringLiteral("ssh-password"), QStringLiteral("the SSH password")}}, true})
{
}

QList<QCommandLineOption> DrillCommand::projectOptions() const
{
    return {QCommandLineOption(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation (the drill stops services).")),
            QCommandLineOption(QStringLiteral("via"), QStringLiteral("The entry point users take, HOST[:PORT] (default: the VIP or the FQDN)."),
                               QStringLiteral("HOST")),
            QCommandLineOption(QStringLiteral("failover-seconds"), QStringLiteral("How long the entry may take to route around the loss (default 30)."),
                               QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("ca-cert"), QStringLiteral("The CA to trust (default: the project's)."), QStringLiteral("F"))};
}

int DrillCommand::prepare(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    const std::optional<HaDrill::Kind> kind = HaDrill::kindFromName(positional.value(0));
    if (!kind || positional.size() != 2)
        return fail(QStringLiteral("expected: drill --project P frontend|backend|site NAME"), Usage);
    m_kind = *kind;
    return -1;
}

int DrillCommand::executeWithProject(const QCommandLineParser &parser, Opened &opened)
{
    // A running cluster that breaks the rules (say, one site holding most voters) is exactly
    // what a drill should show, so its validation errors were reported, not fatal.
    const Project &project = opened.project;
    const Cluster &cluster = opened.loaded.cluster;
    InstallSecrets secrets;
    if (!readSecrets(parser, project, &secrets))
        return Failed;
    HaDrill::Options options;
    options.kind = m_kind;
    options.name = parser.positionalArguments().value(1);
    const EntryPoint entry = EntryPoint::resolve(cluster, project.external, parser.value(QStringLiteral("via")), project.hostsTarget);
    options.entry = entry.address();
    options.entryNote = entry.drillNote();
    if (parser.isSet(QStringLiteral("failover-seconds")))
        options.failoverSeconds = std::clamp(parser.value(QStringLiteral("failover-seconds")).toInt(), 1, 3600);
    const QString caPath = parser.isSet(QStringLiteral("ca-cert")) ? parser.value(QStringLiteral("ca-cert")) : QDir(project.outputPath()).filePath(ClusterPki::caCertPath());
    QFile ca(caPath);
    options.caPem = ca.open(QIODevice::ReadOnly) ? ca.readAll() : QByteArray();
    if (options.caPem.isEmpty())
        return fail(QStringLiteral("the cluster's CA certificate is needed: %1 is missing (give --ca-cert F)").arg(caPath), Failed);
    if (options.kind == HaDrill::Kind::Site) {
        const SiteOutcome predicted = SiteFailureAnalysis::analyzeSite(cluster, options.name);
        out() << "prediction: losing site " << options.name << " leaves " << predicted.votersRemaining << " of " << predicted.votersTotal
              << " quorum voters (" << predicted.majority << " needed): quorum " << (predicted.quorumSurvives ? "survives" : "is LOST") << '\n';
    }
    if (!parser.isSet(QStringLiteral("yes")) && !confirm(QStringLiteral("This stops services on %1 and restores them afterwards.").arg(options.name)))
        return fail(QStringLiteral("not confirmed; nothing done"), Failed);
    static std::atomic_bool cancel{false};
    cancel = false;
    options.cancel = &cancel;
    std::signal(SIGINT, [](int) { cancel = true; }); // Ctrl-C: stop waiting, restore, then end
    options.onEvent = [this](const HaDrill::Event &e) {
        out() << QStringLiteral("%1 s  ").arg(double(e.ms) / 1000.0, 6, 'f', 1) << (e.problem ? "! " : "  ") << e.text << Qt::endl;
    };
    const HaDrill::Result result = HaDrill::run(cluster, project.targets(cluster), secrets, options);
    std::signal(SIGINT, SIG_DFL);
    out() << (result.restored ? "everything stopped was restored\n" : "NOT EVERYTHING WAS RESTORED: see the timeline above\n");
    return result.passed ? Ok : Failed;
}
