#include "cli/LabCommand.h"

#include "lab/LabEnvironment.h"

#include <QCoreApplication>

LabCommand::LabCommand()
    : Command({QStringLiteral("lab"),
             QStringLiteral("Start, stop or list the local lab of simulated nodes (Linux): lab up|down|status"),
             QStringLiteral("lab up [--topology 3|4|7|N] [--spare NAME=PROFILE]... [--lb haproxy|keepalived|none] [--dir D] | lab down|status [--dir D] | lab fail-lb|restore-lb LB [--dir D]"),
             QStringLiteral("The local lab, a SIMULATION for trying the installer and for its tests: one real OpenSSH sshd per node on its own "
                              "loopback address (127.0.0.11, .12, ...), each with its own host key and a simulated AgileSec installer, and a real "
                              "HAProxy on 127.0.0.10 as the cluster's load balancer. 'up' "
                              "writes a ready project file and prints its path last (project: PATH); 'down' stops exactly the processes 'up' "
                              "started. Linux only."),
             2})
{
}

QList<QCommandLineOption> LabCommand::commandOptions() const
{
    return {QCommandLineOption(QStringLiteral("dir"), QStringLiteral("The lab directory (default %1).").arg(LabEnvironment::defaultDirectory()),
                               QStringLiteral("D")),
            QCommandLineOption(QStringLiteral("topology"), QStringLiteral("up: 3, 4 (default), 7 (stretch with coordinator) or a node count."),
                               QStringLiteral("T")),
            QCommandLineOption(QStringLiteral("sudo-password"), QStringLiteral("up: the nodes' sudo asks for a password (in the lab's sudo-password file).")),
            QCommandLineOption(QStringLiteral("step-seconds"), QStringLiteral("up: simulated seconds per install step (default 0.1)."), QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("spare"),
                               QStringLiteral("up: a spare machine for add-node, HOSTNAME=ADDITIONAL_FRONTEND|SCAN (repeatable): started and "
                                              "reachable, not in the config."),
                               QStringLiteral("SPEC")),
            QCommandLineOption(QStringLiteral("lb"),
                               QStringLiteral("up: the cluster's entry point: haproxy (default: a real HAProxy on 127.0.0.10 with health checks), "
                                              "keepalived (two LB nodes sharing a VIP in network namespaces; root; else a single HAProxy) "
                                              "or none (the FQDN then leads to the first frontend)."),
                               QStringLiteral("KIND"))};
}

int LabCommand::execute(const QCommandLineParser &parser)
{
    const QString action = parser.positionalArguments().value(0);
    if (action == QLatin1String("up"))
        return up(parser);
    if (action == QLatin1String("down"))
        return down(parser);
    if (action == QLatin1String("status"))
        return status(parser);
    if (action == QLatin1String("fail-lb") || action == QLatin1String("restore-lb")) {
        const QString host = parser.positionalArguments().value(1);
        if (host.isEmpty())
            return fail(QStringLiteral("%1 needs the LB node's name (lab status lists them)").arg(action), Usage);
        const QString error = LabEnvironment::failLoadBalancer(parser.value(QStringLiteral("dir")), host, action == QLatin1String("restore-lb"));
        if (!error.isEmpty())
            return fail(error, Failed);
        out() << host << (action == QLatin1String("fail-lb") ? ": cut off its network (its link down); the other LB node takes the VIP\n"
                                                             : ": back on its network; it takes the VIP back (priority 101)\n");
        return Ok;
    }
    return fail(QStringLiteral("expected up, down, status, fail-lb or restore-lb"), Usage);
}

int LabCommand::up(const QCommandLineParser &parser)
{
    LabEnvironment::Options options;
    options.directory = parser.value(QStringLiteral("dir"));
    if (parser.isSet(QStringLiteral("topology")))
        options.topology = parser.value(QStringLiteral("topology"));
    options.sudoNeedsPassword = parser.isSet(QStringLiteral("sudo-password"));
    options.spares = parser.values(QStringLiteral("spare"));
    options.webServerProgram = QCoreApplication::applicationFilePath();
    const QString lb = parser.value(QStringLiteral("lb"));
    if (!lb.isEmpty() && lb != QLatin1String("haproxy") && lb != QLatin1String("keepalived") && lb != QLatin1String("none"))
        return fail(QStringLiteral("--lb %1: expected haproxy, keepalived or none").arg(lb), Usage);
    if (!lb.isEmpty())
        options.loadBalancer = lb;
    if (parser.isSet(QStringLiteral("step-seconds"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("step-seconds")).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 600)
            return fail(QStringLiteral("--step-seconds must be a number from 0 to 600"), Usage);
        options.stepSeconds = parser.value(QStringLiteral("step-seconds"));
    }
    const QString why = LabEnvironment::unsupportedReason();
    if (!why.isEmpty())
        return fail(why, Failed);
    QString projectPath;
    QStringList progress;
    const QString error = LabEnvironment::up(options, &projectPath, &progress);
    for (const QString &line : std::as_const(progress))
        out() << line << '\n';
    if (!error.isEmpty())
        return fail(error, Failed);
    QString ignored;
    const int nodes = int(LabEnvironment::status(options.directory, &ignored).size());
    const QList<LabNode> balancers = LabEnvironment::loadBalancerStatus(options.directory);
    out() << "lab up (SIMULATION): " << nodes << " nodes"
          << (balancers.size() == 2 ? " behind a VIP on two load balancers" : balancers.isEmpty() ? "" : " behind a real HAProxy") << '\n';
    out() << "project: " << projectPath << '\n';
    return Ok;
}

int LabCommand::down(const QCommandLineParser &parser)
{
    QStringList stopped;
    const QString error = LabEnvironment::down(parser.value(QStringLiteral("dir")), &stopped);
    for (const QString &line : std::as_const(stopped))
        out() << line << '\n';
    out().flush();
    return error.isEmpty() ? Ok : fail(error, Failed);
}

int LabCommand::status(const QCommandLineParser &parser)
{
    QString error;
    QList<LabNode> nodes = LabEnvironment::status(parser.value(QStringLiteral("dir")), &error);
    nodes += LabEnvironment::loadBalancerStatus(parser.value(QStringLiteral("dir")));
    if (!error.isEmpty())
        return fail(error, Failed);
    out() << QStringLiteral("%1 %2 %3 %4 %5\n").arg(QStringLiteral("NODE"), -16).arg(QStringLiteral("PROFILE"), -22).arg(QStringLiteral("LISTENS"), -22)
                 .arg(QStringLiteral("PROCESS"), -16).arg(QStringLiteral("PLATFORM (SIMULATED)"));
    for (const LabNode &n : nodes) {
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(n.hostname, -16)
                     .arg(n.profile, -22)
                     .arg(QStringLiteral("%1:%2").arg(n.address).arg(n.port), -22)
                     .arg(n.running ? QStringLiteral("running (%1)").arg(n.pid) : QStringLiteral("stopped"), -16)
                     .arg(n.services);
    }
    return Ok;
}
