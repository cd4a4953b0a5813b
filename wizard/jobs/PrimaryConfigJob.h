#pragma once

#include "jobs/BackgroundJob.h"

class ClusterSession;

// Reads multi_node_config.conf from the primary backend and diffs it with the session's, for
// the Review page of a session that changes a running cluster.
class PrimaryConfigJob : public BackgroundJob
{
    Q_OBJECT
public:
    explicit PrimaryConfigJob(ClusterSession *session);
    void start();

Q_SIGNALS:
    void finished(bool ok, const QString &diffOrProblem);

private:
    ClusterSession *m_session;
};
