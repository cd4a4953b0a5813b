#pragma once

#include "plan/InstallPlan.h"

#include <QHash>
#include <QList>
#include <QString>

// Reads ansible-playbook's default output (ANSIBLE_NOCOLOR) of the exported playbook line by
// line and says what it means for the plan: a phase's play started, a step started on the nodes
// of its task, a step ended on one node. Task names carry the step's slot ("Phase 1 install:
// ..."), so each result is one plan step of one node (AnsibleRenderer::slot).
class AnsibleOutputReader
{
public:
    struct Event {
        enum class Kind { PhaseStarted, StepStarted, StepFinished, Failure } kind = Kind::StepStarted;
        int phase = -1; // -1 for a failure outside a step's task
        QString hostname;
        PlanStep step;
        bool ok = false;
        QString message; // the phase's title, or a failure's text
    };

    explicit AnsibleOutputReader(const InstallPlan &plan);
    QList<Event> read(const QString &line);

private:
    QHash<QString, QHash<QString, PlanStep>> m_steps; // slot -> hostname -> step
    QHash<QString, QString> m_phaseTitles;
    QString m_slot;          // of the current task; empty when it is not a step's
    int m_phase = -1;        // of the current task
};
