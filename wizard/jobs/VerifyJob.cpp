#include "jobs/VerifyJob.h"

#include "ClusterSession.h"
#include "verify/ClusterVerifier.h"
#include "util/WorkPool.h"
#include "util/BackgroundPriority.h"

VerifyJob::VerifyJob(ClusterSession *session)
    : BackgroundJob(session)
    , m_session(session)
{
}

void VerifyJob::start(bool withHealth, const QString &via)
{
    if (!m_session->result().ok())
        return;
    struct Outcome {
        QList<NodeServiceReport> reports;
        QList<ClusterHealth::Check> health;
    };
    const QList<NodeTarget> targets = m_session->project().targets(m_session->cluster());
    const QByteArray sshPassword = m_session->secrets().sshPassword;
    const Cluster cluster = m_session->cluster();
    const ExternalAccess external = m_session->project().external;
    const QString hostsTarget = m_session->project().hostsTarget;
    const QByteArray caPem = withHealth ? m_session->caCertificate() : QByteArray();
    BackgroundJob::start<Outcome>(
        [targets, sshPassword, cluster, external, hostsTarget, caPem, via] {
            Outcome o;
            QFuture<QList<ClusterHealth::Check>> health;
            if (!caPem.isEmpty())
                health = QtConcurrent::run(WorkPool::instance(), [cluster, external, caPem, via, hostsTarget] {
                    BackgroundPriority::lowerCurrentThread();
                    return ClusterHealth::run(cluster, external, caPem, via, hostsTarget); });
            o.reports = ClusterVerifier::verify(targets, sshPassword);
            if (!caPem.isEmpty())
                o.health = health.result();
            return o;
        },
        [this](const Outcome &o) {
            m_reports = o.reports;
            m_health = o.health;
            Q_EMIT finished();
        });
}

int VerifyJob::nodesRunningAll() const
{
    return int(std::count_if(m_reports.begin(), m_reports.end(), [](const NodeServiceReport &r) { return r.ok(); }));
}

int VerifyJob::checksPassed() const
{
    return int(std::count_if(m_health.begin(), m_health.end(), [](const ClusterHealth::Check &c) { return c.ok; }));
}

QHash<QString, bool> VerifyJob::nodeHealth() const
{
    QHash<QString, bool> health;
    for (const NodeServiceReport &r : m_reports)
        health.insert(r.hostname, r.ok());
    for (const ClusterHealth::Check &c : m_health) {
        if (!c.ok && health.contains(c.target))
            health.insert(c.target, false);
    }
    return health;
}
