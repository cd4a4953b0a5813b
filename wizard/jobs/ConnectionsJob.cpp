#include "jobs/ConnectionsJob.h"

#include "ClusterSession.h"
#include "ops/AccessCheck.h"

ConnectionsJob::ConnectionsJob(ClusterSession *session)
    : BackgroundJob(session)
    , m_session(session)
{
    qRegisterMetaType<ConnectionCheck>();
}

void ConnectionsJob::start()
{
    if (!m_session->result().ok())
        return;
    const QList<NodeTarget> targets = m_session->project().targets(m_session->cluster());
    const InstallSecrets secrets = m_session->secrets();
    BackgroundJob::start<QList<ConnectionCheck>>([targets, secrets] { return AccessCheck::run(targets, secrets); },
                                                 [this](const QList<ConnectionCheck> &checks) {
                                                     m_checks = checks;
                                                     Q_EMIT finished();
                                                     for (const ConnectionCheck &c : checks) {
                                                         if (c.hostKey == ConnectionCheck::HostKey::Unknown || c.hostKey == ConnectionCheck::HostKey::Changed)
                                                             Q_EMIT hostKeyQuestion(c);
                                                     }
                                                 });
}

bool ConnectionsJob::allOk() const
{
    return AccessCheck::allOk(m_checks);
}
