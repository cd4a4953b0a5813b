#pragma once

#include "plan/PlanStep.h"
#include "core/Profile.h"

#include <QList>
#include <QString>

// The steps one node runs within one phase, in order.
struct PlanNode {
    QString hostname;
    QString address;  // where SSH connects
    Profile profile = Profile::FullBackend;
    QList<PlanStep> steps;
};
