#include "day2/StretchConversion.h"

#include "config/ClusterWriter.h"
#include "plan/InstallPlanBuilder.h"
#include "core/ProfileCatalog.h"
#include "core/SiteFailureAnalysis.h"
#include "util/TextDiff.h"

#include <QHostAddress>

StretchConversion::Result StretchConversion::prepare(const Project &project, const ClusterLoader::Result &current, const Spec &spec)
{
    Result r;
    if (!current.ok()) {
        r.error = QStringLiteral("the cluster as it stands is not valid; fix it first");
        return r;
    }
    if (!current.cluster.nodesWith(Profile::Coordinator).isEmpty()) {
        r.error = QStringLiteral("the cluster already has a coordinator (%1): it is a stretch cluster").arg(current.cluster.nodesWith(Profile::Coordinator).first().hostname);
        return r;
    }
    if (QHostAddress(spec.coordinatorIp).isNull()) {
        r.error = QStringLiteral("coordinator IP '%1': not an IPv4 or IPv6 address").arg(spec.coordinatorIp);
        return r;
    }
    if (spec.coordinatorSite.isEmpty()) {
        r.error = QStringLiteral("coordinator site: empty; the tiebreaker goes to a third site (the guide: us-west-2a)");
        return r;
    }

    Cluster cluster = current.cluster;
    QStringList retired;
    // The coordinator replaces the primary frontend's quorum role: its block is commented out.
    cluster.nodes.removeIf([&](const Node &n) {
        if (n.is(Profile::PrimaryFrontend)) {
            retired << n.hostname;
            return true;
        }
        return false;
    });
    Node coordinator;
    coordinator.hostname = spec.coordinatorHostname;
    coordinator.privateIp = spec.coordinatorIp;
    coordinator.profile = Profile::Coordinator;
    coordinator.site = spec.coordinatorSite;
    QList<Node> added = spec.newNodes;
    added.prepend(coordinator);
    for (const Node &n : std::as_const(added)) {
        if (cluster.findByHostname(n.hostname) || retired.contains(n.hostname)) {
            r.error = QStringLiteral("%1 is already in the cluster; choose another name").arg(n.hostname);
            return r;
        }
        if (!n.profile || !(n.is(Profile::FullBackend) || n.is(Profile::AdditionalFrontend) || n.is(Profile::Coordinator))) {
            r.error = QStringLiteral("%1: a stretch conversion adds FULL_BACKEND or ADDITIONAL_FRONTEND nodes (and the coordinator)").arg(n.hostname);
            return r;
        }
        cluster.nodes << n;
    }
    QStringList siteless;
    for (Node &n : cluster.nodes) {
        if (spec.sites.contains(n.hostname))
            n.site = spec.sites.value(n.hostname);
        if (n.site.isEmpty())
            siteless << n.hostname;
    }
    for (const QString &host : spec.sites.keys()) {
        if (!cluster.findByHostname(host)) {
            r.error = QStringLiteral("--site %1: no such node in the converted cluster").arg(host);
            return r;
        }
    }
    if (!siteless.isEmpty()) {
        r.error = QStringLiteral("every node of a stretch cluster needs a site; missing for: %1").arg(siteless.join(QStringLiteral(", ")));
        return r;
    }
    const int backends = int(cluster.backends().size());
    cluster.shards = spec.shards > 0 ? spec.shards : backends;
    cluster.replicas = spec.replicas >= 0 ? spec.replicas : std::max(1, backends - 1);

    ConfigDocument document = current.document;
    ClusterWriter::apply(cluster, document);
    r.config = document.serialize();
    r.diff = TextDiff::unified(current.document.serialize(), r.config, QStringLiteral("multi_node_config.conf"),
                               QStringLiteral("multi_node_config.conf (stretch)"));
    r.after = project.loadClusterData(r.config, project.configFile);
    r.outcomes = SiteFailureAnalysis::analyze(r.after.cluster);
    if (!r.after.ok()) {
        r.error = QStringLiteral("the stretch cluster would not be valid: %1").arg(Diagnostic::errorMessages(r.after.diagnostics).join(QStringLiteral("; ")));
        return r;
    }
    for (const SiteOutcome &o : std::as_const(r.outcomes)) {
        if (!o.quorumSurvives)
            r.error = QStringLiteral("losing site %1 would lose quorum (%2 of %3 voters left, %4 needed): place the nodes so no single site "
                                     "holds a majority")
                          .arg(o.site)
                          .arg(o.votersRemaining)
                          .arg(o.votersTotal)
                          .arg(o.majority);
    }
    for (const QString &host : std::as_const(retired))
        r.notes << QStringLiteral("%1 is commented out of the config (the coordinator takes its quorum role) but keeps running what it runs "
                                  "today; the guide builds a stretch cluster by installing it in this order, so stop or re-purpose %1 "
                                  "as part of the change")
                       .arg(host);
    r.plan = InstallPlanBuilder::build(r.after.cluster, project.planOptions());
    return r;
}
