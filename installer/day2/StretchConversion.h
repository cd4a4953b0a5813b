#pragma once

#include "config/ClusterLoader.h"
#include "plan/InstallPlan.h"
#include "project/Project.h"
#include "core/SiteOutcome.h"

#include <QHash>
#include <QList>
#include <QString>

// The guide's "Multi-Region Stretch Cluster with Coordinator Node" applied to a project's
// config: frontend-1's block commented out (the coordinator takes over its quorum role), the
// coordinator block added, more backends and frontends if given, every node's site, and
// OpenSearch shards and replicas so a whole site can fail without losing an index. The
// quorum and site-failure checks and the install order come with it, before anything is
// written.
class StretchConversion
{
public:
    struct Spec {
        QString coordinatorHostname = QStringLiteral("coordinator-1");
        QString coordinatorIp;
        QString coordinatorSite;
        QHash<QString, QString> sites;   // hostname -> site, for every node that stays
        QList<Node> newNodes;            // FULL_BACKEND / ADDITIONAL_FRONTEND with hostname, IP, site
        int shards = 0;                  // 0: one per backend (the guide: 4 for 4 data nodes)
        int replicas = -1;               // -1: backends - 1, so every backend holds every index
    };
    struct Result {
        QString error;                   // non-empty: not convertible as asked; names the node or field
        QByteArray config;               // multi_node_config.conf after
        QString diff;                    // against the current config
        ClusterLoader::Result after;
        QList<SiteOutcome> outcomes;     // what losing each site does
        QStringList notes;               // what the operator must know (frontend-1 still runs, ...)
        InstallPlan plan;                // the guide's installation order for the stretch cluster
        bool ok() const { return error.isEmpty(); }
    };
    static Result prepare(const Project &project, const ClusterLoader::Result &current, const Spec &spec);
};
