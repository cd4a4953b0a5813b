#include "cli/ManPage.h"

#include "cli/Cli.h"
#include "cli/CommandRegistry.h"

#include <QRegularExpression>

namespace {
QString optionTerm(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("\\fB\\-%1\\fR") : QStringLiteral("\\fB\\-\\-%1\\fR")).arg(ManPage::escape(name));
    QString term = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        term += QStringLiteral(" \\fI%1\\fR").arg(ManPage::escape(option.valueName()));
    return term;
}
} // namespace

QString ManPage::escape(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    out.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    // A line starting with . or ' would be a request.
    static const QRegularExpression control(QStringLiteral("(^|\\n)([.'])"));
    out.replace(control, QStringLiteral("\\1\\&\\2"));
    return out;
}

QString ManPage::render(const QString &version, const QString &date)
{
    QString m;
    m += QStringLiteral(".TH AGILESEC\\-INSTALLER 1 \"%1\" \"agilesec\\-installer %2\" \"User Commands\"\n").arg(date, escape(version));
    m += QStringLiteral(".SH NAME\nagilesec\\-installer \\- install, grow and verify a highly available AgileSec Platform cluster\n");
    m += QStringLiteral(".SH SYNOPSIS\n.B agilesec\\-installer\n.br\n.B agilesec\\-installer\n.I COMMAND\n[\\fIOPTIONS\\fR]\n");
    m += QStringLiteral(".SH DESCRIPTION\nWithout a command, starts the wizard (a desktop window). With a command, works headless, "
                        "for automation, CI and air\\-gapped sites; everything the wizard does, a command does too.\n");
    m += QStringLiteral(".SH OPTIONS\n.TP\n\\fB\\-\\-screenshot\\fR \\fIFILE\\fR\nStart the wizard, save a PNG of its first page at 1366x768 to \\fIFILE\\fR and end.\n"
                        ".TP\n\\fB\\-\\-version\\fR\nPrint the version and the commit it was built from.\n.TP\n\\fB\\-\\-help\\fR\nList the commands.\n");
    m += QStringLiteral(".SH COMMANDS\n");
    for (const std::unique_ptr<Command> &command : CommandRegistry::all()) {
        if (command->summary().isEmpty())
            continue; // started by the program itself, not by people
        m += QStringLiteral(".SS %1\n").arg(escape(command->name()));
        m += QStringLiteral(".B agilesec\\-installer %1\n.PP\n%2\n").arg(escape(command->synopsis()), escape(command->description()));
        for (const QCommandLineOption &option : command->options())
            m += QStringLiteral(".TP\n%1\n%2\n").arg(optionTerm(option), escape(option.description()));
    }
    m += QStringLiteral(".SS version\nPrint the version and the commit it was built from.\n");
    m += QStringLiteral(".SH EXIT STATUS\n.TP\n0\nSuccess.\n.TP\n1\nInvalid input or failed work.\n.TP\n2\nUsage error.\n");
    m += QStringLiteral(".SH SECURITY\nPasswords are given only by where they are (\\fB\\-\\-NAME\\-file\\fR or \\fB\\-\\-NAME\\-env\\fR), never "
                        "on the command line, and are never printed. Host keys are checked strictly: an unknown key is accepted only "
                        "when asked, a changed one only by its exact fingerprint.\n");
    m += QStringLiteral(".SH SEE ALSO\n.BR ssh (1),\n.BR ssh_config (5),\n.BR haproxy (1),\n.BR keepalived (8)\n");
    return m;
}
