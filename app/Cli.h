#pragma once

#include "Project.h"

#include <QCommandLineParser>
#include <QHash>
#include <QStringList>
#include <QTextStream>
#include <optional>

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
    int labServe(const QStringList &arguments);
    int checkAccess(const QStringList &arguments);
    int install(const QStringList &arguments);
    int verify(const QStringList &arguments);
    int preflight(const QStringList &arguments);
    int exportBundle(const QStringList &arguments);
    int importBundle(const QStringList &arguments);
    int loadBalancer(const QStringList &arguments);
    int drill(const QStringList &arguments);
    int importCluster(const QStringList &arguments);
    int addNode(const QStringList &arguments);
    int convertStretch(const QStringList &arguments);
    // Runs plan with an executor, printing progress; pins host keys accepted on the way.
    // True when every step succeeded.
    bool runPlan(const QString &cmd, Project *project, const class InstallPlan &plan, const QList<struct NodeTarget> &targets,
                 const struct InstallSecrets &secrets, const struct ExecutorSettings &settings, bool verbose);
    // --accept-host-key HOST:PORT=SHA256:... values by host:port; false (usage error printed) when malformed.
    bool acceptedHostKeys(const QString &command, const QCommandLineParser &parser, QHash<QString, QString> *accepted);
    static void addHostKeyOptions(QCommandLineParser &parser);
    struct OpenProject {
        Project project;
        ClusterLoader::Result loaded;
    };
    // Loads --project P and its cluster; on failure prints why, sets *exitCode, returns nothing.
    // allowInvalid: validation errors are printed but do not stop the command (drills).
    std::optional<OpenProject> openProject(const QString &command, const QCommandLineParser &parser, int *exitCode, bool allowInvalid = false);

    // Parses a command's options; returns -1 to continue, else the exit code to return
    // (0 after --help, 2 after a usage error).
    int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis, const QString &description, int positionals = 0);
    // Prints "agilesec-installer COMMAND: message" to stderr and returns exitCode.
    int fail(const QString &command, const QString &message, int exitCode);
    // Prints diagnostics to stderr; returns true when none is an error.
    bool report(const QList<class Diagnostic> &diagnostics);

    QTextStream m_out;
    QTextStream m_err;
};
