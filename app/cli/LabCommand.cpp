#include "cli/LabCommand.h"

#include "lab/LabEnvironment.h"

#include <QCoreApplication>

LabCommand::LabCommand()
    : Command({QStringLiteral("lab"),
             QStringLiteral("Start, stop or list the local lab of simulated nodes (Linux): lab up|down|status"),
             QStringLiteral("lab up [--topology 3|4|7|N] [--spare NAME=PROFILE]... [--dir D] | lab down [--dir D] | lab status [--dir D]"),
             QStringLiteral("The local lab, a SIMULATION for trying the installer and for its tests: one real OpenSSH sshd per node on its own "
                              "loopback address (127.0.0.11, .12, ...), each with its own host key and a simulated AgileSec installer. 'up' "
                              "writes a ready project file and prints its path last (project: PATH); 'down' stops exactly the processes 'up' "
                              "started. Linux only."),
             1})
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
                               QStringLiteral("SPEC"))};
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
    return fail(QStringLiteral("expected up, down or status"), Usage);
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
    out() << "lab up (SIMULATION): " << progress.size() << " nodes\n";
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
    const QList<LabNode> nodes = LabEnvironment::status(parser.value(QStringLiteral("dir")), &error);
    if (!error.isEmpty())
        return fail(error, Failed);
    out() << QStringLiteral("%1 %2 %3 %4 %5\n").arg(QStringLiteral("NODE"), -16).arg(QStringLiteral("PROFILE"), -22).arg(QStringLiteral("SSH"), -22)
                 .arg(QStringLiteral("SSHD"), -16).arg(QStringLiteral("PLATFORM (SIMULATED)"));
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
