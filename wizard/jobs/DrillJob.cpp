#include "jobs/DrillJob.h"

#include "ClusterSession.h"
#include "verify/EntryPoint.h"

#include <QPointer>

DrillJob::DrillJob(ClusterSession *session)
    : BackgroundJob(session)
    , m_session(session)
{
}

void DrillJob::start(HaDrill::Kind kind, const QString &name, const QString &entry, int failoverSeconds)
{
    if (isRunning() || !m_session->result().ok())
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const Cluster cluster = m_session->cluster();
    HaDrill::Options options;
    options.kind = kind;
    options.name = name;
    const EntryPoint resolved = EntryPoint::resolve(cluster, m_session->project().external, entry, m_session->project().hostsTarget);
    options.entry = resolved.address();
    options.entryNote = resolved.drillNote();
    options.caPem = m_session->caCertificate();
    options.failoverSeconds = failoverSeconds;
    const QPointer<DrillJob> self(this);
    // Events come from the drill's thread; they are handed to the GUI thread as they happen.
    options.onEvent = [self](const HaDrill::Event &e) {
        QMetaObject::invokeMethod(
            self,
            [self, e] {
                if (self)
                    Q_EMIT self->event(e.ms, e.text, e.problem);
            },
            Qt::QueuedConnection);
    };
    const QList<NodeTarget> targets = m_session->project().targets(cluster);
    const InstallSecrets secrets = m_session->secrets();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    BackgroundJob::start<HaDrill::Result>(
        [cluster, targets, secrets, options, cancel]() mutable {
            options.cancel = cancel.get();
            return HaDrill::run(cluster, targets, secrets, options);
        },
        [this](const HaDrill::Result &r) {
            m_lastVerdict = r.verdict;
            m_lastPassed = r.passed && r.restored;
            Q_EMIT finished(r.passed, r.restored, r.verdict);
        });
}

void DrillJob::cancel()
{
    if (m_cancel)
        *m_cancel = true; // the drill stops waiting, restores what it stopped, then ends
}
