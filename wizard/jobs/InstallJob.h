#pragma once

#include "jobs/BackgroundJob.h"

class ClusterSession;
class InstallExecutor;

// The install (or an addition) through ops/PlanRun: the files staged on a worker, then an
// executor owned by this job that asks the Install page on a failure (retry, skip, abort).
class InstallJob : public BackgroundJob
{
    Q_OBJECT
public:
    explicit InstallJob(ClusterSession *session);
    ~InstallJob() override;
    void start();
    void setMaxParallelNodes(int nodes) { m_maxParallel = nodes; } // nodes of one phase at once
    InstallExecutor *executor() const { return m_executor; }
    bool succeeded() const { return m_succeeded; }

Q_SIGNALS:
    void starting(InstallExecutor *executor);
    void failedToStart(const QString &message);
    void finished(bool ok, const QString &summary);
    void warning(const QString &message); // a host key accepted on the way could not be saved

private:
    ClusterSession *m_session;
    InstallExecutor *m_executor = nullptr;
    bool m_succeeded = false;
    int m_maxParallel;
};
