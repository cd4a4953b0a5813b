#pragma once

#include "jobs/BackgroundJob.h"
#include "verify/PreflightFinding.h"

#include <QHash>

class ClusterSession;

// Preflight on every node (verify/PreflightRunner), changing nothing on them.
class PreflightJob : public BackgroundJob
{
    Q_OBJECT
public:
    explicit PreflightJob(ClusterSession *session);
    void start();
    const QList<PreflightFinding> &findings() const { return m_findings; }
    // While it runs: the nodes checked so far, with their findings (nodeChecked says when one is added).
    const QHash<QString, QList<PreflightFinding>> &checkedNodes() const { return m_checked; }
    bool hasRun() const { return m_ran; }
    bool passed() const;
    void clear();

Q_SIGNALS:
    void nodeChecked(const QString &hostname);
    void finished();

private:
    ClusterSession *m_session;
    QList<PreflightFinding> m_findings;
    QHash<QString, QList<PreflightFinding>> m_checked;
    bool m_ran = false;
};
