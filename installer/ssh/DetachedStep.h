#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The node-side half of a detached step: the shell that starts a step's command in its own
// session on the node (setsid, stdin from a one-shot FIFO or /dev/null, output to a log file,
// the exit status written atomically on exit) and follows that log from a byte offset, so the
// installer can drop, reconnect and re-attach without the command noticing. The layout, the
// states and why the secrets never touch a file: docs/architecture.md, "Detached steps".
//
// Node layout, per step, under <installer dir>/.agilesec-steps/<hostname>.<slug>/ (mode 0700):
//   sha     the command's identity (InstallJournal::commandSha256): another command never attaches
//   run     this start's id, for a follower coming back after a crash
//   cmd     the command as run (no secret: secrets come on stdin)
//   pid     "<pid> <boot id>" of the runner: alive only while that process runs on that boot
//   log     stdout and stderr of the command, appended
//   status  its exit status, written by rename when it ends
class DetachedStep
{
public:
    enum class Mode {
        Start,  // not run in this install yet: attach to a run of the same command still going,
                // take over its result when it exited 0, else start it (again)
        Resume, // was running when the installer lost it: attach, or take over its result
                // whatever the exit status; start it only when it never ran or was lost
    };
    struct Request {
        QString stateRoot;     // <installer dir>/.agilesec-steps
        QString stepId;        // "backend-1/install"
        QString command;       // exactly what runs (a sudo wrapper included)
        QString skipWhen;      // PlanStep::skipWhen, asked on the node before a start
        QString commandSha;
        Mode mode = Mode::Start;
        QString runId;         // Resume: the run the installer followed ("" when unknown)
        qint64 offset = 0;     // Resume: bytes of the log already shown
        int heartbeatSeconds = 5;
        bool withInput = false; // the installer sends a secret on stdin for the command
    };
    // One line the node-side script writes to stderr about the step, not the step's output.
    struct Marker {
        QString kind;  // started, attached, adopted, restarted, already, busy, run, status, lost, missing, alive, error
        QString value; // pid, run id, exit status, or text
    };

    // What a node keeps of the last run of each step, for diagnosis (verify --steps).
    struct Record {
        QString name;        // the step directory's name, "backend-1.install"
        QString state;       // done, running, lost
        int exitStatus = -1; // done: how it ended
        qint64 changedEpoch = 0; // when its status (or, running, its log) last changed
        QStringList lastLines;   // a failed or lost step's last three lines of output
    };

    // <installer dir>/.agilesec-steps: where a node keeps its steps.
    static QString stateRootFor(const QString &installerDir);
    static QString stateDir(const QString &stateRoot, const QString &stepId);
    // The whole command for one SSH exec: decide, start when needed, then follow.
    static QString script(const Request &request);
    // The same as a file for other engines (the Ansible export): arguments STEP_DIR SHA
    // SKIP_WHEN COMMAND [1 when a secret comes on stdin]; exits with the command's status.
    static QString standaloneScript();
    static std::optional<Marker> marker(const QString &stderrLine);
    // Lists every step kept under stateRoot (read only), and reads that listing.
    static QString listScript(const QString &stateRoot);
    static QList<Record> parseList(const QByteArray &output);
};
