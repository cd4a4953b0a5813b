#pragma once

#include "jobs/BackgroundJob.h"
#include "verify/PreflightFinding.h"

class ClusterSession;

// Preflight on every node (verify/PreflightRunner), changing nothing on them.
class PreflightJob : public BackgroundJob
{
    Q_OBJECT
public:
    explicit PreflightJob(ClusterSession *session);
    void start();
    const QList<PreflightFinding> &findings() const { return m_findings; }
    bool hasRun() const { return m_ran; }
    bool passed() const;
    void clear();

Q_SIGNALS:
    void finished();

private:
    ClusterSession *m_session;
    QList<PreflightFinding> m_findings;
    bool m_ran = false;
};
