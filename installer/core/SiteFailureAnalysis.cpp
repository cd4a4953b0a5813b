#include "core/SiteFailureAnalysis.h"

#include "core/ProfileCatalog.h"

QList<SiteOutcome> SiteFailureAnalysis::analyze(const Cluster &cluster)
{
    QList<SiteOutcome> result;
    for (const QString &site : cluster.sites())
        result << analyzeSite(cluster, site);
    return result;
}

SiteOutcome SiteFailureAnalysis::analyzeSite(const Cluster &cluster, const QString &site)
{
    SiteOutcome outcome;
    outcome.site = site;
    const QList<Node> voters = cluster.quorumVoters();
    outcome.votersTotal = int(voters.size());
    outcome.majority = majorityOf(outcome.votersTotal);
    for (const Node &n : voters) {
        if (n.site == site)
            outcome.votersLost << n.hostname;
    }
    outcome.votersRemaining = outcome.votersTotal - int(outcome.votersLost.size());
    outcome.quorumSurvives = outcome.votersTotal > 0 && outcome.votersRemaining >= outcome.majority;

    for (const Node &n : cluster.nodes) {
        if (n.site == site) {
            outcome.nodesLost << n.hostname;
        } else if (n.profile && ProfileCatalog::isFrontend(*n.profile)) {
            ++outcome.frontendsRemaining;
        }
    }
    for (const Node &n : cluster.backends()) {
        if (n.site == site)
            ++outcome.dataNodesLost;
        else
            ++outcome.dataNodesRemaining;
    }
    // A shard has replicas + 1 copies on distinct data nodes; a site of k data nodes can hold
    // all of them only if replicas + 1 <= k.
    outcome.everyShardKeepsACopy = outcome.dataNodesRemaining > 0 && cluster.replicas >= outcome.dataNodesLost;
    return outcome;
}
