#pragma once

#include "core/Cluster.h"
#include "plan/InstallPlan.h"
#include "plan/PlanOptions.h"

// Derives the install plan from the topology as the HA guide orders it:
// phase 0 prepares every node (no order between nodes); 1 the PRIMARY_FULL_BACKEND; 2 the
// second backend; 3 the remaining backends with the quorum node (COORDINATOR or
// PRIMARY_FRONTEND); 4 ADDITIONAL_FRONTENDs and scan nodes. Empty phases are left out.
// The cluster must have passed validation.
class InstallPlanBuilder
{
public:
    static InstallPlan build(const Cluster &cluster, const PlanOptions &options);

    // The pieces, for the day-2 plans (ExpansionPlanBuilder):
    // copy the bundle, extract it, place the .env, /etc/hosts, tune.sh, .pass; on the primary
    // backend also keep multi_node_config.conf where the guide edits it.
    static PlanNode preparation(const Cluster &cluster, const Node &node, const PlanOptions &options);
    // install_analytics.sh install, then the health-check cron and the service table checks.
    static PlanNode installation(const Node &node, const PlanOptions &options);
    // Copy localPath (relative to the staged output) to <installer_directory>/remoteRelative.
    static PlanStep upload(const Node &node, const PlanOptions &options, const QString &slug, const QString &title,
                           const QString &localPath, const QString &remoteRelative);
    // Check that manage.sh status lists the profile's services, all Running.
    static PlanStep serviceCheck(const Node &node, const PlanOptions &options);
    // A shell test that succeeds when the node has unpacked the package (its marker) or had
    // an installer already; and where the package lands on the node.
    static QString packageUnpacked(const Node &node, const PlanOptions &options);
    static QString packagePath(const Node &node, const PlanOptions &options);
    static QString installerDirFor(const Node &node, const PlanOptions &options);
    // A step with its stable id "<hostname>/<slug>"; usesSudo from the command.
    static PlanStep step(const Node &node, const QString &slug, const QString &title, PlanStep::Kind kind, const QString &command);
    // The node's entry in a phase, without steps yet.
    static PlanNode planNodeFor(const Node &node);
};
