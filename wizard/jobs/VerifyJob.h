#pragma once

#include "core/NodeServiceReport.h"
#include "jobs/BackgroundJob.h"
#include "verify/ClusterHealth.h"

#include <QHash>

class ClusterSession;

// Every node's service table, and health over real TLS trusting only the cluster's CA.
class VerifyJob : public BackgroundJob
{
    Q_OBJECT
public:
    explicit VerifyJob(ClusterSession *session);
    // via: the entry point HOST[:PORT] users go through; empty: the VIP or the FQDN.
    void start(bool withHealth, const QString &via = {});
    const QList<NodeServiceReport> &reports() const { return m_reports; }
    const QList<ClusterHealth::Check> &health() const { return m_health; }
    // hostname -> true (healthy) / false (a problem), for the topology map.
    QHash<QString, bool> nodeHealth() const;
    // Of the last answers: nodes with every service Running, and health checks that passed.
    int nodesRunningAll() const;
    int checksPassed() const;

Q_SIGNALS:
    void finished();

private:
    ClusterSession *m_session;
    QList<NodeServiceReport> m_reports;
    QList<ClusterHealth::Check> m_health;
};
