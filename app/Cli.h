#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

// The headless face of the binary: every command the GUI relies on, for automation, CI and
// tests. Exit codes: 0 success, 1 invalid input or failed work, 2 usage error.
class Cli
{
public:
    enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

    Cli();
    // arguments[0] is the program, arguments[1] the command.
    int run(const QStringList &arguments);
    static bool isCommand(const QString &word);
    static QString usage();

private:
    int validate(const QStringList &arguments);
    int render(const QStringList &arguments);
    int plan(const QStringList &arguments);
    int certs(const QStringList &arguments);
    int lab(const QStringList &arguments);
    int checkAccess(const QStringList &arguments);
    // Reads a secret from a file named on the command line: the whole file less one trailing
    // newline. Returns false (with error set) when it cannot be read or is empty.
    static bool readSecretFile(const QString &path, QByteArray *secret, QString *error);

    // Parses a command's options; returns -1 to continue, else the exit code to return
    // (0 after --help, 2 after a usage error).
    int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis, const QString &description);
    // Prints "agilesec-installer COMMAND: message" to stderr and returns exitCode.
    int fail(const QString &command, const QString &message, int exitCode);
    // Prints diagnostics to stderr; returns true when none is an error.
    bool report(const QList<class Diagnostic> &diagnostics);

    QTextStream m_out;
    QTextStream m_err;
};
