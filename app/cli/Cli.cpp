#include "cli/Cli.h"

#include "cli/CommandRegistry.h"
#include "ssh/LibraryVersions.h"

#include "BuildInfo.h"

#include <cstdio>

namespace {
bool isHelp(const QString &word)
{
    return word == QLatin1String("help") || word == QLatin1String("--help") || word == QLatin1String("-h");
}

bool isVersion(const QString &word)
{
    return word == QLatin1String("version") || word == QLatin1String("--version");
}

// "lab serve" is a command of its own; every other command is one word.
QString commandName(const QStringList &arguments)
{
    if (arguments.value(1) == QLatin1String("lab") && arguments.value(2) == QLatin1String("serve"))
        return QStringLiteral("lab serve");
    return arguments.value(1);
}
} // namespace

bool Cli::isCommand(const QString &word)
{
    return isHelp(word) || isVersion(word) || CommandRegistry::names().contains(word);
}

QString Cli::usage()
{
    QString commands;
    for (const std::unique_ptr<Command> &c : CommandRegistry::all()) {
        if (!c->summary().isEmpty())
            commands += QStringLiteral("  %1%2%3\n").arg(c->name().leftJustified(10), c->name().size() >= 10 ? QStringLiteral("  ") : QStringLiteral(" "), c->summary());
    }
    return QStringLiteral("Usage: %1 [COMMAND] [OPTIONS]\n"
                          "\n"
                          "Installs a highly available AgileSec Platform cluster. Without a command, starts the wizard.\n"
                          "\n"
                          "Commands:\n"
                          "%2"
                          "  version    Print the version\n"
                          "\n"
                          "Run '%1 COMMAND --help' for a command's options.\n"
                          "Exit codes: 0 success, 1 invalid input or failed work, 2 usage error.\n")
        .arg(Command::kProgram, commands);
}

int Cli::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    return run(arguments, CommandIo{out, err, in});
}

int Cli::run(const QStringList &arguments, CommandIo io)
{
    const QString name = commandName(arguments);
    if (isVersion(name)) {
        io.out << Command::kProgram << ' ' << AGILESEC_INSTALLER_VERSION << " (commit " << AGILESEC_INSTALLER_COMMIT << ')' << Qt::endl;
        io.out << "running on " << LibraryVersions::describe().join(QStringLiteral(", ")) << Qt::endl;
        return Command::Ok;
    }
    if (isHelp(name)) {
        io.out << usage();
        io.out.flush();
        return Command::Ok;
    }
    if (std::unique_ptr<Command> command = CommandRegistry::create(name)) {
        QStringList rest = arguments.mid(1);
        if (name.contains(QLatin1Char(' ')))
            rest.removeAt(1); // "lab serve": the command's arguments follow both words
        rest[0] = name;
        return command->run(rest, io);
    }
    io.err << Command::kProgram << ": unknown command '" << name << "'\n\n" << usage();
    io.err.flush();
    return Command::Usage;
}
