#pragma once

#include "core/Node.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The whole topology as the installer understands it: the nodes of multi_node_config.conf
// (commented-out blocks excluded), scan nodes, and the cluster-wide settings.
class Cluster
{
public:
    static constexpr int kDefaultFrontendPort = 8443;
    static constexpr int kDefaultShards = 1;
    static constexpr int kDefaultReplicas = 1;

    QList<Node> nodes;
    QString analyticsHostname;
    QString analyticsDomain;
    int frontendPort = kDefaultFrontendPort;
    int shards = kDefaultShards;
    int replicas = kDefaultReplicas;
    QString sourceFile;              // for messages; empty when built in the GUI
    QHash<QString, int> keyLines;    // cluster-wide key -> line in sourceFile

    QString fqdn() const;
    const Node *primaryBackend() const;
    const Node *quorumNode() const;  // PRIMARY_FRONTEND or COORDINATOR, the first one
    const Node *findByHostname(const QString &hostname) const;
    // Backends in install order: the PRIMARY_FULL_BACKEND first, then config order.
    QList<Node> backends() const;
    QList<Node> frontends() const;
    QList<Node> scanNodes() const;
    QList<Node> nodesWith(Profile profile) const;
    // Kafka KRaft, MongoDB and OpenSearch voters: every backend plus the quorum node.
    QList<Node> quorumVoters() const;
    // Sites in first-seen order; empty labels are not a site.
    QStringList sites() const;
    bool isStretch() const { return sites().size() >= 2; }
    // For a node about to be added: the first free "<family>-<n>" hostname, and one past the
    // highest IPv4 address in use (empty when there is none, or it would leave the /24).
    QString freeHostname(const QString &family) const;
    QString nextFreeAddress() const;
    int lineOf(const QString &key) const { return keyLines.value(key, 0); }
};
