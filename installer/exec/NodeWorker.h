#pragma once

#include "project/NodeTarget.h"
#include "plan/PlanStep.h"
#include "util/Redactor.h"
#include "exec/StepOutcome.h"

#include <QFile>
#include <QList>
#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

class SshSession;

// One node's SSH session in its own thread: the session is created, used and destroyed only
// there (never in the GUI thread, never by two threads). Jobs are queued to the thread; what
// happens comes back as Qt signals (queued to the receiver's thread). Every command, line and
// outcome goes to the node's log file, secrets masked.
class NodeWorker : public QObject
{
    Q_OBJECT
public:
    struct Settings {
        QString stagingDir;
        QString logPath;         // appended to; empty: no log
        QByteArray adminPassword;
        QByteArray sudoPassword;
        QByteArray sshPassword;
        int stepTimeoutMs = 10 * 60 * 1000;
        int installTimeoutMs = 3 * 60 * 60 * 1000; // the installer itself
    };

    NodeWorker(NodeTarget target, Settings settings);
    ~NodeWorker() override;

    const NodeTarget &target() const { return m_target; }
    // Queues the steps; runs them in order in the worker thread, stopping at the first failure.
    void runSteps(const QList<PlanStep> &steps, int phase);
    // Stops the running command or upload (the steps report cancelled).
    void cancel();
    // Disconnects in the worker thread and ends it. Blocks until done.
    void shutdown();

Q_SIGNALS:
    void hostKeyAccepted(const QString &hostname, const QString &hostKeyId, const QString &fingerprint);
    void stepStarted(const QString &hostname, int phase, const PlanStep &step);
    void stepLine(const QString &hostname, const QString &stepId, const QString &line);
    void stepPercent(const QString &hostname, const QString &stepId, int percent);
    void stepFinished(const QString &hostname, int phase, const PlanStep &step, const StepOutcome &outcome);
    void jobFinished(const QString &hostname, int phase, bool ok, const QString &message);

private:
    void execute(const QList<PlanStep> &steps, int phase);
    bool ensureConnected(QString *error);
    void log(const QString &text);

    NodeTarget m_target;
    Settings m_settings;
    Redactor m_redactor;
    QThread m_thread;
    std::unique_ptr<SshSession> m_session; // lives in m_thread
    QFile m_log;                           // used in m_thread
    std::atomic_bool m_cancel{false};
};
