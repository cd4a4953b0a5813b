#pragma once

#include "config/ClusterLoader.h"
#include "plan/InstallPlan.h"
#include "project/NodeAccess.h"
#include "core/Profile.h"
#include "project/Project.h"
#include "util/RenderedFile.h"

#include <QList>
#include <QString>
#include <optional>

// Adding one node to a running cluster (the guide's "Adding a New Frontend" and "Adding a New
// Scan Node"): what the project becomes, what changes on each existing node (as diffs, shown
// before anything is done), the day-2 plan, and the load balancer's part. Nothing is written
// until commit().
class NodeExpansion
{
public:
    struct Spec {
        QString hostname;
        QString privateIp;
        std::optional<Profile> profile; // ADDITIONAL_FRONTEND or Scan
        QString site;
        NodeAccess access;              // SSH host/port/user overrides for the new node
    };

    // One file (or set of commands) on one node, and whether this operation applies it.
    struct Change {
        QString hostname;
        QString what;       // ".env", "generate_envs/multi_node_config.conf", "commands", ...
        QString diff;       // unified diff, or the commands / summary
        bool applied = true;
        QString note;       // why, when not applied or not obvious
    };

    struct Result {
        QString error;                  // non-empty: nothing can be done; names the field or node
        bool resuming = false;          // the node is already in the project: the same operation again
        Project project;                // the project after the change (config file, scan nodes, access)
        QByteArray config;              // multi_node_config.conf after the change
        ClusterLoader::Result before;
        ClusterLoader::Result after;
        Node added;                     // as in after (block prefix, access applied)
        QList<Change> changes;          // existing nodes first (config order), the new node last
        InstallPlan plan;
        QList<RenderedFile> loadBalancerChange; // lb/add-<host>... for the project's external access
        QString journalPath;            // this operation's own journal (resume)
        bool ok() const { return error.isEmpty(); }
    };

    // current: the project's cluster as loaded now (access applied).
    static Result prepare(const Project &project, const ClusterLoader::Result &current, const Spec &spec);
    // Writes the config and the project file (atomically each); empty or what failed.
    static QString commit(const Result &result);
    // The changes as text, node by node, for the CLI and the wizard.
    static QString describe(const Result &result);
    static QString journalPathFor(const Project &project, const QString &hostname);

private:
    // The config after: the new block (comments and every other line kept); a scan node goes
    // into the project instead (scan nodes have no block).
    static QByteArray configWith(Result &r, const ClusterLoader::Result &current, const Spec &spec);
    // What changes on each existing node, with diffs, and whether the guide applies it.
    static void describeChanges(Result &r, const Spec &spec);
};
