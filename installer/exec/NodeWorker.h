#pragma once

#include "project/NodeTarget.h"
#include "plan/PlanStep.h"
#include "util/Redactor.h"
#include "exec/StepContext.h"
#include "exec/StepOutcome.h"

#include <QFile>
#include <QHash>
#include <QSet>
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
        // Run steps start detached on the node and are followed; a lost connection is
        // re-established (the host key checked again) and the step followed again.
        bool detachSteps = true;
        int livenessSeconds = 60;    // no byte (not even a heartbeat) this long: the connection is gone
        int reconnectAttempts = 8;   // waits of 1, 2, 4 ... 60 s between them
        QSet<QString> interruptedSteps; // the journal had them running: resume, never start twice
        // The package relay: this run's one-time key, and the nodes a step may run on (runsOn).
        QString relayPublicKey;
        QByteArray relayPrivateKey;
        QHash<QString, NodeTarget> peers;
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
    // The connection was lost during a step; the next attempt is in delaySeconds.
    void reconnecting(const QString &hostname, const QString &stepId, int attempt, int attempts, int delaySeconds, const QString &why);

private:
    void execute(const QList<PlanStep> &steps, int phase);
    // hostKeyChanged: set when a reconnect met another host key than this run's first connection.
    bool ensureConnected(QString *error, bool *hostKeyChanged = nullptr);
    StepOutcome runStep(const PlanStep &step);
    // A step whose command runs on another node (runsOn): its skipWhen asked here first.
    StepOutcome runOnPeer(const PlanStep &step, DetachedState *detached);
    bool ensurePeer(const QString &hostname, QString *error);
    StepOutcome runOne(const PlanStep &step, int phase);
    bool reconnect(const PlanStep &step, const QString &why, QString *error);
    StepContext contextFor(const PlanStep &step, DetachedState *detached);
    void saveStream(const QString &stepId, const DetachedState &state);
    DetachedState resumeState(const PlanStep &step) const;
    void log(const QString &text);

    NodeTarget m_target;
    Settings m_settings;
    Redactor m_redactor;
    QThread m_thread;
    std::unique_ptr<SshSession> m_session; // lives in m_thread
    std::unique_ptr<SshSession> m_peer;    // the relay's session for runsOn steps, in m_thread
    QString m_peerHost;
    QFile m_log;                           // used in m_thread
    QString m_seenFingerprint;             // the host key of the first connection: a reconnect must see it again
    QHash<QString, QString> m_acceptedJumpKeys; // jump hosts' keys accepted this run: trusted again on a reconnect
    std::atomic_bool m_cancel{false};
};
