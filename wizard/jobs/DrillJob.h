#pragma once

#include "jobs/BackgroundJob.h"
#include "verify/HaDrill.h"

#include <atomic>
#include <memory>

class ClusterSession;

// A failover drill (verify/HaDrill): its timeline as events while it runs, then the verdict;
// what it stopped is always restored, also after cancel().
class DrillJob : public BackgroundJob
{
    Q_OBJECT
public:
    explicit DrillJob(ClusterSession *session);
    void start(HaDrill::Kind kind, const QString &name, const QString &entry, int failoverSeconds);
    void cancel();
    // The last drill's verdict (empty before one ran) and whether it passed with all restored.
    QString lastVerdict() const { return m_lastVerdict; }
    bool lastPassed() const { return m_lastPassed; }

Q_SIGNALS:
    void event(qint64 ms, const QString &text, bool problem);
    void finished(bool passed, bool restored, const QString &verdict);

private:
    ClusterSession *m_session;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_lastVerdict;
    bool m_lastPassed = false;
};
