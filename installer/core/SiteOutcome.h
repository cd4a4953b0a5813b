#pragma once

#include <QString>
#include <QStringList>

// What losing one whole site (AZ / datacenter) does to the cluster.
struct SiteOutcome {
    QString site;
    QStringList nodesLost;      // every node of the site
    QStringList votersLost;
    int votersTotal = 0;
    int votersRemaining = 0;
    int majority = 0;           // voters needed for Kafka KRaft, MongoDB and OpenSearch elections
    bool quorumSurvives = false;
    int dataNodesLost = 0;
    int dataNodesRemaining = 0;
    bool everyShardKeepsACopy = false; // replicas >= data nodes in the site, so no shard can lose all copies
    int frontendsRemaining = 0;
};
