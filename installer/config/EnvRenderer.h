#pragma once

#include "core/Cluster.h"
#include "config/ConfigDocument.h"
#include "util/RenderedFile.h"

#include <QList>

// Renders what generate_envs.sh -t multi-node produces: one env.<hostname> per configured node
// (none for commented-out blocks or scan nodes, which use env.backend-1) and .env, a copy of
// the PRIMARY_FULL_BACKEND's. Keys are documented in docs/env-format.md. Deterministic:
// the same cluster always gives the same bytes.
class EnvRenderer
{
public:
    static QByteArray renderNode(const Cluster &cluster, const Node &node);
    // generate_envs/multi_node_config.conf, generate_envs/generated_envs/env.*, .env
    static QList<RenderedFile> renderAll(const Cluster &cluster, const ConfigDocument &document);
    static QString envFileName(const Node &node);
    // The env file a node installs with: its own, or env.<primary backend> for scan nodes.
    static QString envFileFor(const Cluster &cluster, const Node &node);
    // Stable Kafka KRaft node id derived from the block: backendN -> N, frontendN -> 100+N,
    // coordinatorN -> 200+N, so adding a node never renumbers the others. 0: no Kafka role.
    static int kafkaNodeId(const Node &node);
    static int kafkaMinInSyncReplicas(const Cluster &cluster);

private:
    struct Members;
    static QByteArray renderNode(const Cluster &cluster, const Members &members, const Node &node);
};
