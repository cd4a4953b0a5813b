#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

class Diagnostic;

// Where a command reads and writes: the process's stdin/stdout/stderr, or strings in a test.
struct CommandIo {
    QTextStream &out;
    QTextStream &err;
    QTextStream &in;
};

// One CLI command (KeePassXC's src/cli, k0sctl's cmd/): its name, the line in the usage, its
// synopsis and description for --help and the man page, its options, and what it does. Each
// command is a class in its own file; CommandRegistry lists them once.
class Command
{
public:
    enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };
    static const QString kProgram;

    // What a command is, for the usage, --help and the man page.
    struct Spec {
        QString name;
        QString summary;     // one line for the usage list; empty: not listed
        QString synopsis;    // after the program's name, for --help
        QString description;
        int positionals = 0; // arguments after the options
    };
    explicit Command(Spec spec)
        : m_spec(std::move(spec))
    {
    }
    virtual ~Command() = default;
    const QString &name() const { return m_spec.name; }
    const QString &summary() const { return m_spec.summary; }
    const QString &synopsis() const { return m_spec.synopsis; }
    const QString &description() const { return m_spec.description; }
    int positionals() const { return m_spec.positionals; }

    // arguments[0] is the command's name. Parses, answers --help, then executes.
    int run(const QStringList &arguments, CommandIo io);
    // Every option the command takes, for --help, the man page and shell completion.
    QList<QCommandLineOption> options() const;

protected:
    // The command's options (--help is added for every command).
    virtual QList<QCommandLineOption> commandOptions() const = 0;
    virtual int execute(const QCommandLineParser &parser) = 0;

    QTextStream &out() { return m_io->out; }
    QTextStream &err() { return m_io->err; }
    // Prints "agilesec-installer NAME: message" to stderr and returns exitCode.
    int fail(const QString &message, int exitCode);
    // Prints "agilesec-installer NAME: message" to stderr as a warning; the command goes on.
    void warn(const QString &message);
    // Prints diagnostics to stderr; true when none is an error.
    bool report(const QList<Diagnostic> &diagnostics);
    // Asks "question Type yes to continue: "; true only for "yes".
    bool confirm(const QString &question);
    // --NAME as a whole number from low to high (fallback when not given); false after printing
    // the usage error.
    bool number(const QCommandLineParser &parser, const QString &name, int low, int high, int *value);
    // Options several commands share.
    static QCommandLineOption configOption();
    static QCommandLineOption scanNodeOption();
    // --accept-host-key HOST:PORT=SHA256:... (repeatable) and --accept-new-host-keys.
    static QList<QCommandLineOption> hostKeyOptions();
    // Reads them into *choices; false after printing the usage error.
    bool readHostKeyChoices(const QCommandLineParser &parser, struct HostKeyChoices *choices);

private:
    Spec m_spec;
    CommandIo *m_io = nullptr;
};
