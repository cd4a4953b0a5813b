#pragma once

#include "plan/PlanOptions.h"
#include "plan/PlanPhase.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// The single, ordered source of what an install runs: phases of nodes, each with small steps
// holding exact commands. Built by InstallPlanBuilder; read by the executor, the dry run,
// the GUI and the exported runbooks.
class InstallPlan
{
public:
    QList<PlanPhase> phases;
    PlanOptions options;

    // Appends a phase (numbered in order) unless nodes is empty.
    void addPhase(PlanPhase::Kind kind, const QString &title, const QString &waitFor, const QList<PlanNode> &nodes);
    int nodeCount() const;
    int stepCount() const;
    // Every step of one node across all phases, in execution order.
    QList<PlanStep> stepsFor(const QString &hostname) const;
    // Every step in plan order (phase by phase, node by node): what a dry run prints.
    QList<PlanStep> allSteps() const;

    // The plan for a tool that copies the package itself (Ansible, by-hand scripts): the relay's
    // steps (PlanStep::viaRelay) left out, so every node gets the package by its upload-package.
    InstallPlan withoutRelay() const;

    QJsonObject toJson() const;
    QString toText() const;
};
