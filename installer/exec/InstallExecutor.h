#pragma once

#include "exec/ExecutorSettings.h"
#include "exec/InstallJournal.h"
#include "plan/InstallPlan.h"
#include "project/InstallSecrets.h"
#include "exec/NodeProgress.h"
#include "project/NodeTarget.h"
#include "exec/StepOutcome.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <memory>
#include <optional>

class AsyncFileWriter;
class KafkaWatchdog;
class NodeWorker;

// Runs an InstallPlan: phase after phase; the nodes of one phase in parallel (bounded), each
// on its own NodeWorker thread. Steps already done (journal) are not run again. A failed node
// stops later phases while the others of its phase finish; then retryNode, skipNode or abort.
// Lives in the thread that drives it (the GUI thread or the CLI's); never blocks it.
class InstallExecutor : public QObject
{
    Q_OBJECT
public:
    InstallExecutor(InstallPlan plan, QList<NodeTarget> targets, InstallSecrets secrets, ExecutorSettings settings, QObject *parent = nullptr);
    ~InstallExecutor() override;

    // Loads the journal and starts. False (and error) when it cannot start at all.
    bool start(QString *error);
    void retryNode(const QString &hostname);
    // Leaves the node out of the rest of this install; the warning says what that means.
    void skipNode(const QString &hostname);
    void abort();

    bool isRunning() const { return m_running; }
    QList<NodeProgress> progress() const;
    const InstallPlan &plan() const { return m_plan; }
    QStringList failedNodes() const { return m_failed; }
    // What leaving hostname out means for the cluster, for the skip confirmation.
    QString skipWarning(const QString &hostname) const;
    static void registerMetaTypes();

Q_SIGNALS:
    void phaseStarted(int index, const QString &title);
    void phaseFinished(int index, bool ok);
    void nodeChanged(const NodeProgress &progress);
    void stepLine(const QString &hostname, const QString &stepId, const QString &line);
    void stepFinished(const QString &hostname, const PlanStep &step, const StepOutcome &outcome);
    void hostKeyAccepted(const QString &hostname, const QString &hostKeyId, const QString &fingerprint);
    void kafkaRestarted(const QString &hostname, const QString &message);
    // The node's connection was lost during a step and is being re-established (the step goes on there).
    void reconnecting(const QString &hostname, const QString &status, const QString &why);
    void notice(const QString &message); // journal trouble, watchdog problems, skipped work
    void decisionNeeded(const QStringList &failedNodes);
    void finished(bool ok, const QString &summary);

private:
    void runPhase(int index);
    void pump();
    void onStepStarted(const QString &hostname, int phase, const PlanStep &step);
    void onStepFinished(const QString &hostname, int phase, const PlanStep &step, const StepOutcome &outcome);
    void onJobFinished(const QString &hostname, int phase, bool ok, const QString &message);
    void phaseDone();
    void finish(bool ok, const QString &summary);
    void startWatchdog(const PlanPhase &phase);
    void stopWatchdog();
    NodeWorker *worker(const QString &hostname);
    QList<PlanStep> remainingSteps(const PlanNode &node) const;
    void update(const QString &hostname, const std::function<void(NodeProgress &)> &change);
    void journal(const PlanStep &step, InstallJournal::State state, const QString &message = {});

    InstallPlan m_plan;
    QHash<QString, NodeTarget> m_targets;
    InstallSecrets m_secrets;
    ExecutorSettings m_settings;
    std::optional<InstallJournal> m_journal;
    std::unique_ptr<AsyncFileWriter> m_journalWriter;
    QHash<QString, NodeWorker *> m_workers;
    std::unique_ptr<KafkaWatchdog> m_watchdog;
    QHash<QString, NodeProgress> m_progress;
    QStringList m_nodeOrder;
    int m_phase = -1;
    QStringList m_queue;     // nodes of this phase waiting to start
    QSet<QString> m_active;  // nodes of this phase running
    QStringList m_failed;    // nodes of this phase that failed
    QSet<QString> m_skipped; // left out of the rest of the install
    QSet<QString> m_interrupted; // step ids the journal had running: resumed on their node
    bool m_running = false;
    bool m_aborting = false;
    QString m_relayPublicKey;     // this run's one-time relay key (PackageRelayPlan), memory only
    QByteArray m_relayPrivateKey;
};
