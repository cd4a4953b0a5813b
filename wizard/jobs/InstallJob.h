#pragma once

#include "exec/NodeProgress.h"
#include "jobs/BackgroundJob.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QStringList>
#include <atomic>
#include <memory>

class AnsibleProgress;
class ClusterSession;
class InstallExecutor;

// The install (or an addition) through ops/PlanRun: the files staged on a worker, then either
// an executor owned by this job that asks the Install page on a failure (retry, skip, abort),
// or the exported playbook run with ansible-playbook (ops/AnsibleRun) on a worker thread. The
// page sees the same rows either way: this job relays the executor's signals, or makes them
// from Ansible's output (ops/AnsibleProgress).
class InstallJob : public BackgroundJob
{
    Q_OBJECT
public:
    enum class Engine { Installer, Ansible };

    explicit InstallJob(ClusterSession *session);
    ~InstallJob() override;
    void start();
    void setMaxParallelNodes(int nodes) { m_maxParallel = nodes; } // nodes of one phase at once
    void setEngine(Engine engine) { m_engine = engine; }
    Engine engine() const { return m_engine; }
    // Empty when the current project can be installed with Ansible here; else why not.
    QString ansibleUnavailableReason() const;
    bool isInstalling() const;
    // Retry and skip: the executor's; an Ansible run stops a phase on any failure.
    bool canDecide() const { return m_executor && m_engine == Engine::Installer; }
    void retryNode(const QString &hostname);
    void skipNode(const QString &hostname);
    QString skipWarning(const QString &hostname) const;
    void abort();
    bool succeeded() const { return m_succeeded; }
    // The last run's summary line and how long it took (for the Finish page); empty, 0 before.
    QString summary() const { return m_summary; }
    qint64 elapsedMs() const { return m_elapsedMs; }

Q_SIGNALS:
    void starting();
    void failedToStart(const QString &message);
    void phaseStarted(int index, const QString &title);
    void nodeChanged(const NodeProgress &progress);
    void stepLine(const QString &hostname, const QString &line);
    void kafkaRestarted(const QString &hostname, const QString &message);
    void decisionNeeded(const QStringList &failedNodes);
    void finished(bool ok, const QString &summary);
    void warning(const QString &message); // a host key accepted on the way could not be saved

private:
    void startExecutor(const QString &stagingDir, bool expanding);
    void startAnsible(const QString &stagingDir);
    void finishAnsible(bool ok, const QString &summary);
    void done(bool ok, const QString &summary);

    ClusterSession *m_session;
    InstallExecutor *m_executor = nullptr;
    Engine m_engine = Engine::Installer;
    bool m_succeeded = false;
    QString m_summary;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    bool m_abortRequested = false; // Abort while the files were being prepared
    int m_maxParallel;
    QFuture<void> m_ansible;
    std::atomic_bool m_stopAnsible{false};
    std::unique_ptr<AnsibleProgress> m_ansibleProgress;
};
