#pragma once

#include "core/Cluster.h"
#include "exec/InstallJournal.h"
#include "maintain/MaintenanceRequest.h"
#include "maintain/MaintenanceStep.h"
#include "maintain/RotationControl.h"
#include "project/InstallSecrets.h"
#include "project/NodeTarget.h"
#include "verify/HttpsProbe.h"

#include <QElapsedTimer>
#include <QMutex>
#include <atomic>
#include <functional>

// Carries out a rolling maintenance's steps in order, each recorded in the journal as it starts
// and ends, so a killed run resumes where it stopped: finished steps are not run again, and the
// work step, detached on the node, is re-attached or its result taken over, never started twice.
// The first failure stops everything with that node where it is (out of rotation for a
// frontend) and every other node in rotation; the result says how the cluster stands.
class MaintenanceRun
{
public:
    struct Event {
        qint64 ms = 0;
        QString hostname;
        QString phase;  // checking, out, working, waiting, healthy, back, failed, done
        QString text;
        bool problem = false;
    };
    struct Options {
        QString entryHost;   // where users come in (EntryPoint)
        int entryPort = 0;
        QByteArray caPem;    // the cluster's CA: the only one trusted
        const std::atomic_bool *cancel = nullptr;
        std::function<void(const Event &)> onEvent;
        std::function<void(const QString &hostname, const QString &line)> onLine; // the work's output
    };
    struct Result {
        bool ok = false;
        QString verdict;
        QStringList standing; // per node: done, out of rotation, not started
    };

    MaintenanceRun(const Cluster &cluster, const QList<NodeTarget> &targets, const InstallSecrets &secrets, RotationControl &rotation,
                   const MaintenanceRequest &request, const QList<MaintenanceStep> &steps, InstallJournal &journal, Options options);
    Result run();

private:
    QString carryOut(const MaintenanceStep &s);
    QString checkOthers(const MaintenanceStep &s);
    QString work(const MaintenanceStep &s);
    QString reboot(const MaintenanceStep &s, const NodeTarget &target);
    QString waitServices(const NodeTarget &target, const QStringList &only, int seconds, const QString &what);
    QString waitQuorum(const MaintenanceStep &s, int seconds);
    QString waitHealth(const Node &node, int seconds);
    QString entryProblem() const;
    HttpsProbe::Result ownHealth(const Node &frontend) const; // its own /health-check, not through the LB
    bool isLastStepOf(const MaintenanceStep &s) const;
    void add(const QString &host, const QString &phase, const QString &text, bool problem = false);
    void record(const MaintenanceStep &s, InstallJournal::State state, const QString &message = {});
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }
    const NodeTarget *target(const QString &hostname) const;
    QStringList standing(const QString &failedHost) const;

    const Cluster &m_cluster;
    const QList<NodeTarget> m_targets;
    const InstallSecrets &m_secrets;
    RotationControl &m_rotation;
    const MaintenanceRequest &m_request;
    const QList<MaintenanceStep> m_steps;
    InstallJournal &m_journal;
    const Options m_options;
    QElapsedTimer m_clock;
    QMutex m_mutex; // the journal and the events, while a batch works in parallel
};
