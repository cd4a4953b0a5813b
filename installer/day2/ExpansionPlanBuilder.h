#pragma once

#include "core/Cluster.h"
#include "plan/InstallPlan.h"
#include "plan/PlanOptions.h"

// The day-2 plans, in the order of the HA guide's sections:
// "Adding a New Frontend to an Existing Cluster": refresh backend-1's config, .env and bundle
// (the guide regenerates there) and every existing frontend's .env, prepare and install the new
// frontend, then patch the existing frontends (patch new-frontend -v, tune.sh) one at a time,
// so the others keep serving while one restarts its HAProxy.
// "Adding a New Scan Node": the bundle, env.backend-1 as .env, tune.sh -r scan and
// install_analytics.sh -r scan on the new node; nothing changes on the others.
// `after` is the cluster with the new node in it; `added` is that node.
class ExpansionPlanBuilder
{
public:
    static InstallPlan build(const Cluster &after, const Node &added, const PlanOptions &options);
};
