#pragma once

#include "Cluster.h"
#include "InstallPlan.h"
#include "PlanOptions.h"

// Derives the install plan from the topology as the HA guide orders it:
// phase 0 prepares every node (no order between nodes); 1 the PRIMARY_FULL_BACKEND; 2 the
// second backend; 3 the remaining backends with the quorum node (COORDINATOR or
// PRIMARY_FRONTEND); 4 ADDITIONAL_FRONTENDs and scan nodes. Empty phases are left out.
// The cluster must have passed validation.
class InstallPlanBuilder
{
public:
    static InstallPlan build(const Cluster &cluster, const PlanOptions &options);
    static QString certificateBundleName();
};
