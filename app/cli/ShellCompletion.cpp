#include "cli/ShellCompletion.h"

#include "cli/CommandRegistry.h"

#include <QStringList>

namespace {
// Option values that name a file or a folder on this machine.
bool takesPath(const QCommandLineOption &option)
{
    static const QStringList pathValues{QStringLiteral("FILE"), QStringLiteral("F"), QStringLiteral("P"), QStringLiteral("DIR"), QStringLiteral("D"),
                                        QStringLiteral("PEM"), QStringLiteral("TGZ"), QStringLiteral("B")};
    return pathValues.contains(option.valueName());
}

QList<const Command *> listed(const std::vector<std::unique_ptr<Command>> &all)
{
    QList<const Command *> commands;
    for (const std::unique_ptr<Command> &c : all) {
        if (!c->summary().isEmpty())
            commands << c.get();
    }
    return commands;
}
} // namespace

QString ShellCompletion::bash()
{
    const std::vector<std::unique_ptr<Command>> all = CommandRegistry::all();
    QStringList names;
    QString cases;
    QStringList pathOptions;
    for (const Command *c : listed(all)) {
        names << c->name();
        QStringList options{QStringLiteral("--help")};
        for (const QCommandLineOption &o : c->options()) {
            options << QStringLiteral("--") + o.names().constLast();
            if (takesPath(o))
                pathOptions << QStringLiteral("--") + o.names().constLast();
        }
        cases += QStringLiteral("        %1) opts='%2' ;;\n").arg(c->name(), options.join(QLatin1Char(' ')));
    }
    pathOptions.removeDuplicates();
    return QStringLiteral("# bash completion for agilesec-installer (generated from its command registry)\n"
                          "_agilesec_installer()\n"
                          "{\n"
                          "    local cur prev opts\n"
                          "    cur=\"${COMP_WORDS[COMP_CWORD]}\"\n"
                          "    prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
                          "    if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
                          "        mapfile -t COMPREPLY < <(compgen -W '%1 version --help --version' -- \"$cur\")\n"
                          "        return\n"
                          "    fi\n"
                          "    case \"$prev\" in\n"
                          "        %2) mapfile -t COMPREPLY < <(compgen -f -- \"$cur\"); return ;;\n"
                          "    esac\n"
                          "    case \"${COMP_WORDS[1]}\" in\n"
                          "%3"
                          "        *) opts='--help' ;;\n"
                          "    esac\n"
                          "    mapfile -t COMPREPLY < <(compgen -W \"$opts\" -- \"$cur\")\n"
                          "}\n"
                          "complete -F _agilesec_installer agilesec-installer\n")
        .arg(names.join(QLatin1Char(' ')), pathOptions.join(QLatin1Char('|')), cases);
}

QString ShellCompletion::zsh()
{
    const std::vector<std::unique_ptr<Command>> all = CommandRegistry::all();
    QString commands, cases;
    for (const Command *c : listed(all)) {
        QString summary = c->summary();
        summary.replace(QLatin1Char('\''), QStringLiteral("'\\''")).replace(QLatin1Char(':'), QStringLiteral("\\:"));
        commands += QStringLiteral("        '%1:%2'\n").arg(c->name(), summary);
        QString specs;
        for (const QCommandLineOption &o : c->options()) {
            QString description = o.description().section(QLatin1Char('.'), 0, 0);
            description.replace(QLatin1Char('\''), QStringLiteral("'\\''")).replace(QLatin1Char('['), QStringLiteral("\\[")).replace(QLatin1Char(']'), QStringLiteral("\\]"));
            const QString value = o.valueName().isEmpty() ? QString() : (takesPath(o) ? QStringLiteral(":%1:_files").arg(o.valueName()) : QStringLiteral(":%1: ").arg(o.valueName()));
            specs += QStringLiteral(" \\\n                '--%1[%2]%3'").arg(o.names().constLast(), description, value);
        }
        cases += QStringLiteral("        %1) _arguments%2 ;;\n").arg(c->name(), specs);
    }
    return QStringLiteral("#compdef agilesec-installer\n"
                          "# zsh completion for agilesec-installer (generated from its command registry)\n"
                          "_agilesec_installer() {\n"
                          "    local -a commands\n"
                          "    commands=(\n%1    )\n"
                          "    if (( CURRENT == 2 )); then\n"
                          "        _describe 'command' commands\n"
                          "        return\n"
                          "    fi\n"
                          "    case ${words[2]} in\n"
                          "%2"
                          "    esac\n"
                          "}\n"
                          "_agilesec_installer \"$@\"\n")
        .arg(commands, cases);
}
