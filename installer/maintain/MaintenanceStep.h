#pragma once

#include "plan/PlanStep.h"

#include <QString>

// One small step of a rolling maintenance, in the order it runs: the plan `maintain` prints,
// the journal records (by step.id) and the engine carries out.
struct MaintenanceStep {
    enum class Action {
        CheckOthers,  // the entry point and every other frontend healthy and in rotation
        QuorumBefore, // every quorum voter's Kafka, MongoDB and OpenSearch Running
        TakeOut,      // drain, wait for its sessions, maintenance mode
        Work,         // the work, detached on the node (re-attached after a lost connection)
        WaitServices, // the profile's services all Running again
        CheckHealth,  // its own /health-check over TLS answers 200
        PutBack,      // ready, and UP on every LB node
        QuorumAfter,  // all voters back before the next backend
    };
    Action action = Action::Work;
    QString hostname;
    int batch = 0;  // frontends of one batch are out at the same time (--max-out)
    PlanStep step;  // id, title and, for the work, the exact command
};
