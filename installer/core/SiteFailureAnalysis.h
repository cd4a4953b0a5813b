#pragma once

#include "core/Cluster.h"
#include "core/SiteOutcome.h"

#include <QList>

// "What if this site fails": for each site, whether quorum, data and user access survive.
class SiteFailureAnalysis
{
public:
    static QList<SiteOutcome> analyze(const Cluster &cluster);
    static SiteOutcome analyzeSite(const Cluster &cluster, const QString &site);
    static int majorityOf(int voters) { return voters / 2 + 1; }
};
