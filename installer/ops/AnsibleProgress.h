#pragma once

#include "exec/NodeProgress.h"
#include "ops/AnsibleOutputReader.h"
#include "plan/InstallPlan.h"

#include <QHash>
#include <QList>
#include <QString>

// The executor's per-node rows (NodeProgress) for a run of the exported playbook: what the
// wizard's Install page paints, from AnsibleOutputReader's events. A row is one node in one
// phase; its steps are the plan's, so the counts and titles are the executor's.
class AnsibleProgress
{
public:
    explicit AnsibleProgress(const InstallPlan &plan);
    // The rows this event changed, each as it is now.
    QList<NodeProgress> apply(const AnsibleOutputReader::Event &event, qint64 nowMsecs);
    // ansible-playbook has ended: rows still running did not finish. With a failure elsewhere
    // they stopped because of it (any_errors_fatal); the reason is given.
    QList<NodeProgress> finish(bool ok, const QString &reason);
    // One line for the node's log, saying what the event means for it.
    static QString logLine(const AnsibleOutputReader::Event &event);

private:
    static QString key(int phase, const QString &hostname);

    QHash<QString, QStringList> m_stepIds;   // row -> its steps' ids, in order
    QHash<QString, NodeProgress> m_rows;     // row -> now
    QHash<QString, int> m_phaseOf;           // hostname -> its current phase
};
