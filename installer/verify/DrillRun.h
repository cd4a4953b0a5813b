#pragma once

#include <QCoreApplication>
#include "verify/HaDrill.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class SshSession;

// One failover drill in progress, for HaDrill::run: the nodes to stop, the checks before, the
// stop (recording exactly what ran), quorum, whether users are still served by the others, the
// restore and the recovery, each a step of its own. Whatever happens, what was stopped is
// started again and the crons restored, also when the object goes away early.
class DrillRun
{
    Q_DECLARE_TR_FUNCTIONS(DrillRun) // messages in the wizard's language, English in the CLI

public:
    DrillRun(const Cluster &cluster, const QList<NodeTarget> &targets, const InstallSecrets &secrets, const HaDrill::Options &options);
    ~DrillRun();
    DrillRun(const DrillRun &) = delete;
    DrillRun &operator=(const DrillRun &) = delete;
    HaDrill::Result run();

private:
    struct Stopped {
        NodeTarget target;
        QStringList services; // those that were Running, restarted in this order
        bool cronSaved = false;
        QByteArray crontab;   // exactly as `crontab -l` printed it
    };

    void pickVictims();
    // Each returns why the drill cannot go on, or empty.
    QString refusalOfVictims() const;
    QString entryRefusal();
    QString pauseCrons();
    QString stopVictims();
    void checkQuorum();
    bool servedByOthers();
    bool recovered();
    HaDrill::Result verdict(bool served, bool recovered);
    void restore(); // idempotent: what is restored is forgotten
    // Starts one stopped service detached on its node, reconnecting (1, 2, 4 s) when the
    // connection goes meanwhile: a dropped link never leaves a drill's victim stopped.
    QString startService(std::unique_ptr<SshSession> &session, const NodeTarget &target, const QString &service);
    HaDrill::Result finish(bool passed, const QString &verdict);
    void add(const QString &text, bool problem = false);
    bool cancelled() const;

    const Cluster &m_cluster;
    const QList<NodeTarget> &m_targets;
    const InstallSecrets &m_secrets;
    const HaDrill::Options &m_options;
    const QString m_fqdn;
    QString m_entryHost;
    int m_entryPort = 0;
    QElapsedTimer m_clock;
    QList<NodeTarget> m_victims;
    QList<Stopped> m_stopped;
    bool m_restoredOk = true;
    const QString m_drillId; // this drill's restore steps are new steps: an earlier drill's result is never taken over
    bool m_quorumOk = true;
    QString m_quorumText;
    HaDrill::Result m_result;
};
