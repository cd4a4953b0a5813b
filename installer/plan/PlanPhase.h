#pragma once

#include "plan/PlanNode.h"

#include <QList>
#include <QString>

// A set of nodes that run in parallel; a phase starts when the previous one has completed.
struct PlanPhase {
    enum class Kind {
        PackageRelay,       // the installer package crosses the installer's link once, to the relay node, which sends it on
        Prepare,            // copy, extract, .env, tune.sh, .pass: no order between nodes
        PrimaryBackend,     // must complete first: MongoDB primary, OpenSearch manager, Kafka leader
        SecondBackend,      // adds the MongoDB secondary
        BackendsAndQuorum,  // remaining backends with the coordinator / primary frontend
        FrontendsAndScan,   // need the Kafka topics the quorum node creates
        // Day 2 (ExpansionPlanBuilder): a node joins a running cluster.
        JoinNode,           // install the new node
        PatchFrontend,      // an existing frontend learns of the new one (one at a time)
    };

    int index = 0;
    Kind kind = Kind::Prepare;
    QString title;
    QString waitFor;  // what has to be true before the next phase starts
    QList<PlanNode> nodes;
    int maxParallel = 0; // nodes of this phase at once; 0: the executor's setting

    static QString kindName(Kind kind);
};
