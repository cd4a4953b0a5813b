#include "cli/Command.h"

#include "project/HostKeyChoices.h"
#include "util/Diagnostic.h"

const QString Command::kProgram = QStringLiteral("agilesec-installer");

int Command::run(const QStringList &arguments, CommandIo io)
{
    m_io = &io;
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.addOptions(commandOptions());
    const QString command = arguments.value(0);
    int code = -1;
    if (!parser.parse(arguments)) {
        err() << kProgram << ' ' << command << ": " << parser.errorText() << "\nRun '" << kProgram << ' ' << command << " --help' for usage.\n";
        code = Usage;
    } else if (parser.isSet(help)) {
        // QCommandLineParser's own helpText() names the binary's path; print ours with its option list.
        QString list = parser.helpText();
        list = list.mid(list.indexOf(QStringLiteral("Options:")) + 9);
        out() << QStringLiteral("Usage: %1 %2\n\n%3\n\nOptions:\n").arg(kProgram, synopsis(), description()) << list;
        code = Ok;
    } else if (parser.positionalArguments().size() > positionals()) {
        err() << kProgram << ' ' << command << ": unexpected argument '" << parser.positionalArguments().value(positionals()) << "'\nRun '"
              << kProgram << ' ' << command << " --help' for usage.\n";
        code = Usage;
    } else {
        code = execute(parser);
    }
    out().flush();
    err().flush();
    m_io = nullptr;
    return code;
}

QList<QCommandLineOption> Command::options() const
{
    return commandOptions();
}

int Command::fail(const QString &message, int exitCode)
{
    err() << kProgram << ' ' << name() << ": " << message << '\n';
    err().flush();
    return exitCode;
}

void Command::warn(const QString &message)
{
    err() << kProgram << ' ' << name() << ": " << message << '\n';
    err().flush();
}

bool Command::report(const QList<Diagnostic> &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        err() << d.format() << '\n';
    err().flush();
    return !Diagnostic::hasErrors(diagnostics);
}

bool Command::confirm(const QString &question)
{
    out() << question << " Type yes to continue: ";
    out().flush();
    return m_io->in.readLine().trimmed() == QLatin1String("yes");
}

bool Command::number(const QCommandLineParser &parser, const QString &option, int low, int high, int *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int parsed = parser.value(option).toInt(&ok);
    if (!ok || parsed < low || parsed > high) {
        fail(QStringLiteral("--%1 '%2' must be a whole number from %3 to %4").arg(option, parser.value(option)).arg(low).arg(high), Usage);
        return false;
    }
    *value = parsed;
    return true;
}

QCommandLineOption Command::configOption()
{
    return QCommandLineOption(QStringLiteral("config"), QStringLiteral("The cluster's multi_node_config.conf."), QStringLiteral("FILE"));
}

QCommandLineOption Command::scanNodeOption()
{
    return QCommandLineOption(QStringLiteral("scan-node"),
                              QStringLiteral("A scan node (no block in the config), HOSTNAME=IP or HOSTNAME=IP@SITE. Repeatable."),
                              QStringLiteral("SPEC"));
}

QList<QCommandLineOption> Command::hostKeyOptions()
{
    return {QCommandLineOption(QStringLiteral("accept-host-key"),
                               QStringLiteral("Accept and pin this exact host key: HOST:PORT=SHA256:... as printed for an unknown or changed "
                                              "key (repeatable)."),
                               QStringLiteral("HOST=FP")),
            QCommandLineOption(QStringLiteral("accept-new-host-keys"), QStringLiteral("Accept and pin every unknown host key (never a changed one)."))};
}

bool Command::readHostKeyChoices(const QCommandLineParser &parser, HostKeyChoices *choices)
{
    *choices = HostKeyChoices();
    for (const QString &spec : parser.values(QStringLiteral("accept-host-key"))) {
        const QString problem = choices->add(spec);
        if (!problem.isEmpty()) {
            fail(problem, Usage);
            return false;
        }
    }
    choices->acceptNew = parser.isSet(QStringLiteral("accept-new-host-keys"));
    return true;
}
