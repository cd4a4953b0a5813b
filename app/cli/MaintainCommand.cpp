#include "cli/MaintainCommand.h"

#include "core/ProfileCatalog.h"
#include "ops/RollingMaintenance.h"
#include "pki/ClusterPki.h"
#include "verify/EntryPoint.h"

#include <QDir>
#include <QFile>
#include <atomic>
#include <csignal>

MaintainCommand::MaintainCommand()
    : ProjectCommand({QStringLiteral("maintain"),
                      QStringLiteral("Rolling maintenance: one node at a time out of rotation, worked on, checked, back in"),
                      QStringLiteral("maintain --project P (--nodes A,B | --all-frontends | --all-backends) (--run CMD | --restart-services | --reboot) "
                                     "[--max-out N] [--drain-seconds S] [--dry-run] [--yes] | maintain --project P --resume"),
                      QStringLiteral("Rolling maintenance (seed 003's pattern). For each frontend in turn: checks that the entry point and every "
                                     "other frontend are healthy and in rotation (refuses otherwise, and never takes out the last healthy "
                                     "frontend), takes it out of rotation (on-prem: HAProxy's runtime API on every LB node, drain until its "
                                     "sessions end or --drain-seconds, then maintenance; cloud load balancers and DNS: the documented command, "
                                     "and a wait for your word), does the work over SSH (detached on the node: a lost connection re-attaches), "
                                     "waits for its services and its own /health-check, puts it back and waits until the LB reports it UP. "
                                     "Backends go one at a time, with Kafka, MongoDB and OpenSearch checked Running on every quorum voter "
                                     "before and after each. The first failure stops everything with that node where it is; the journal "
                                     "(output/day2/) makes --resume finish the run, also after a killed installer. Exit 0 when every node is done."),
                      0},
                     Access{false, {{QStringLiteral("sudo-password"), QStringLiteral("the sudo password")}, {QStringLiteral("ssh-password"), QStringLiteral("the SSH password")}}, true})
{
}

QList<QCommandLineOption> MaintainCommand::projectOptions() const
{
    return {QCommandLineOption(QStringLiteral("nodes"), QStringLiteral("The nodes, in order, separated by commas."), QStringLiteral("A,B")),
            QCommandLineOption(QStringLiteral("all-frontends"), QStringLiteral("Every frontend, in the cluster's order.")),
            QCommandLineOption(QStringLiteral("all-backends"), QStringLiteral("Every backend and coordinator, in the cluster's order.")),
            QCommandLineOption(QStringLiteral("run"), QStringLiteral("The work: this shell command, in the node's installer directory."), QStringLiteral("CMD")),
            QCommandLineOption(QStringLiteral("sudo"), QStringLiteral("The --run command uses sudo (it gets the sudo password, never on a command line).")),
            QCommandLineOption(QStringLiteral("restart-services"), QStringLiteral("The work: manage.sh stop all, then start all.")),
            QCommandLineOption(QStringLiteral("reboot"), QStringLiteral("The work: reboot the node, wait until it is back (its host key checked again).")),
            QCommandLineOption(QStringLiteral("max-out"), QStringLiteral("Frontends out of rotation at once (default 1)."), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("drain-seconds"), QStringLiteral("How long open sessions may take to end (default 30)."), QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("services-seconds"), QStringLiteral("How long the services may take to come back (default 600)."), QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("resume"), QStringLiteral("Finish the last run, which did not finish.")),
            QCommandLineOption(QStringLiteral("dry-run"), QStringLiteral("Print the steps; change nothing.")),
            QCommandLineOption(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation."))};
}

int MaintainCommand::prepare(const QCommandLineParser &parser)
{
    m_resume = parser.isSet(QStringLiteral("resume"));
    const int works = int(parser.isSet(QStringLiteral("run"))) + int(parser.isSet(QStringLiteral("restart-services"))) + int(parser.isSet(QStringLiteral("reboot")));
    const int choices = int(parser.isSet(QStringLiteral("nodes"))) + int(parser.isSet(QStringLiteral("all-frontends"))) + int(parser.isSet(QStringLiteral("all-backends")));
    if (m_resume && (works || choices))
        return fail(QStringLiteral("--resume goes on with the last run's nodes and work; give neither"), Usage);
    if (!m_resume && (works != 1 || choices != 1))
        return fail(QStringLiteral("expected one of --nodes, --all-frontends, --all-backends and one of --run, --restart-services, --reboot (or --resume)"), Usage);
    if (parser.isSet(QStringLiteral("run"))) {
        m_request.work = MaintenanceRequest::Work::Run;
        m_request.command = parser.value(QStringLiteral("run"));
        if (m_request.command.trimmed().isEmpty())
            return fail(QStringLiteral("--run needs the command"), Usage);
    } else if (parser.isSet(QStringLiteral("reboot"))) {
        m_request.work = MaintenanceRequest::Work::Reboot;
    }
    m_request.commandUsesSudo = parser.isSet(QStringLiteral("sudo"));
    if (!number(parser, QStringLiteral("max-out"), 1, 100, &m_request.maxOut) || !number(parser, QStringLiteral("drain-seconds"), 0, 86400, &m_request.drainSeconds)
        || !number(parser, QStringLiteral("services-seconds"), 1, 86400, &m_request.servicesSeconds))
        return Usage;
    return -1;
}

QStringList MaintainCommand::chosenNodes(const QCommandLineParser &parser, const Cluster &cluster, QString *error) const
{
    QStringList nodes;
    if (parser.isSet(QStringLiteral("nodes"))) {
        for (const QString &name : parser.value(QStringLiteral("nodes")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            nodes << name.trimmed();
    }
    for (const Node &n : cluster.nodes) {
        if (!n.profile)
            continue;
        if ((parser.isSet(QStringLiteral("all-frontends")) && ProfileCatalog::isFrontend(*n.profile))
            || (parser.isSet(QStringLiteral("all-backends")) && (ProfileCatalog::isBackend(*n.profile) || *n.profile == Profile::Coordinator)))
            nodes << n.hostname;
    }
    if (nodes.isEmpty())
        *error = QStringLiteral("no node chosen");
    return nodes;
}

int MaintainCommand::executeWithProject(const QCommandLineParser &parser, Opened &opened)
{
    const Project &project = opened.project;
    const Cluster &cluster = opened.loaded.cluster;
    QString error;
    if (!m_resume && (m_request.nodes = chosenNodes(parser, cluster, &error)).isEmpty())
        return fail(error, Usage);
    RollingMaintenance::Prepared prepared = RollingMaintenance::prepare(project, cluster, m_request, m_resume);
    if (!prepared.error.isEmpty())
        return fail(prepared.error, Failed);
    const MaintenanceRequest &request = prepared.request;
    out() << (prepared.resumed ? "resuming the maintenance run " : "maintenance run ") << request.runId << ": " << request.describeWork() << " on "
          << request.nodes.join(QStringLiteral(", ")) << '\n';
    for (int i = 0; i < prepared.steps.size(); ++i) {
        const PlanStep &step = prepared.steps[i].step;
        out() << QStringLiteral("%1. [%2] %3").arg(i + 1, 2).arg(prepared.steps[i].hostname, step.title) << '\n';
        if (parser.isSet(QStringLiteral("dry-run")) && !step.command.isEmpty())
            out() << "      " << QString(step.command).replace(QLatin1Char('\n'), QStringLiteral("\n      ")) << '\n';
    }
    if (parser.isSet(QStringLiteral("dry-run")))
        return Ok;
    InstallSecrets secrets;
    if (!readSecrets(parser, project, &secrets))
        return Failed;
    MaintenanceRun::Options options;
    QFile ca(QDir(project.outputPath()).filePath(ClusterPki::caCertPath()));
    options.caPem = ca.open(QIODevice::ReadOnly) ? ca.readAll() : QByteArray();
    if (options.caPem.isEmpty())
        return fail(QStringLiteral("the cluster's CA certificate is needed for the health checks: %1 is missing").arg(ca.fileName()), Failed);
    if (!parser.isSet(QStringLiteral("yes")) && !confirm(QStringLiteral("This takes each node out of rotation in turn and works on it.")))
        return fail(QStringLiteral("not confirmed; nothing done"), Failed);
    static std::atomic_bool cancel{false};
    cancel = false;
    options.cancel = &cancel;
    std::signal(SIGINT, [](int) { cancel = true; }); // Ctrl-C: stop after the current step, say how things stand
    options.onEvent = [this](const MaintenanceRun::Event &e) {
        out() << QStringLiteral("%1 s  ").arg(double(e.ms) / 1000.0, 6, 'f', 1) << (e.problem ? "! " : "  ") << e.text << Qt::endl;
    };
    options.onLine = [this](const QString &host, const QString &line) { out() << "          " << host << ": " << line << Qt::endl; };
    const std::unique_ptr<RotationControl> rotation =
        RollingMaintenance::rotationFor(project, cluster, secrets, [this](const QString &instructions) { return confirm(instructions + QStringLiteral("\nDone?")); });
    const MaintenanceRun::Result result = RollingMaintenance::run(project, cluster, secrets, prepared, *rotation, options);
    std::signal(SIGINT, SIG_DFL);
    out() << (result.ok ? "maintenance complete: " : "MAINTENANCE STOPPED: ") << result.verdict << '\n';
    for (const QString &line : result.standing)
        out() << "  " << line << '\n';
    if (!result.ok)
        out() << "after a fix, finish it with: agilesec-installer maintain --project " << project.path << " --resume\n";
    return result.ok ? Ok : Failed;
}
