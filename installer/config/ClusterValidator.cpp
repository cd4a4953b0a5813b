#include "config/ClusterValidator.h"

#include "core/ClusterConfigKeys.h"
#include "util/NetworkNames.h"
#include "core/ProfileCatalog.h"
#include "core/SiteFailureAnalysis.h"

#include <QHash>

namespace K = ClusterConfigKeys;

namespace {
QString nodeKey(const Node &node, QLatin1StringView suffix)
{
    return node.blockPrefix.isEmpty() ? QString(suffix) : node.blockPrefix + QLatin1Char('_') + suffix;
}

QString describe(const Node &node)
{
    return node.blockPrefix.isEmpty() ? node.hostname : QStringLiteral("%1 (%2)").arg(node.hostname, node.blockPrefix);
}

QString names(const QList<Node> &nodes)
{
    QStringList list;
    for (const Node &n : nodes)
        list << n.hostname;
    return list.join(QStringLiteral(", "));
}

void checkNodes(const Cluster &cluster, QList<Diagnostic> &out)
{
    QHash<QString, const Node *> byIp;
    QHash<QString, const Node *> byHostname;
    for (const Node &node : cluster.nodes) {
        const QString hostnameProblem = NetworkNames::hostnameProblem(node.hostname);
        if (!hostnameProblem.isEmpty()) {
            out << Diagnostic::error(QStringLiteral("%1: host name %2").arg(describe(node), hostnameProblem),
                                     node.lineOf(K::Hostname), node.hostname, nodeKey(node, K::Hostname));
        }
        const QString ipProblem = NetworkNames::ipProblem(node.privateIp);
        if (!ipProblem.isEmpty()) {
            out << Diagnostic::error(QStringLiteral("%1: private IP %2").arg(describe(node), ipProblem),
                                     node.lineOf(K::PrivateIp), node.hostname, nodeKey(node, K::PrivateIp));
        }
        if (node.sshPort < 1 || node.sshPort > 65535) {
            out << Diagnostic::error(QStringLiteral("%1: SSH port %2 is out of range; expected 1-65535").arg(describe(node)).arg(node.sshPort),
                                     0, node.hostname, QStringLiteral("ssh_port"));
        }
        const QString hostKey = node.hostname.toLower();
        if (!node.hostname.isEmpty()) {
            if (const Node *first = byHostname.value(hostKey)) {
                out << Diagnostic::error(QStringLiteral("%1: host name %2 is already used by %3; every node needs its own host name")
                                             .arg(describe(node), node.hostname, describe(*first)),
                                         node.lineOf(K::Hostname), node.hostname, nodeKey(node, K::Hostname));
            } else {
                byHostname.insert(hostKey, &node);
            }
        }
        if (ipProblem.isEmpty()) {
            if (const Node *first = byIp.value(node.privateIp)) {
                out << Diagnostic::error(QStringLiteral("%1: private IP %2 is already used by %3; every node needs its own IP")
                                             .arg(describe(node), node.privateIp, describe(*first)),
                                         node.lineOf(K::PrivateIp), node.hostname, nodeKey(node, K::PrivateIp));
            } else {
                byIp.insert(node.privateIp, &node);
            }
        }
    }
}

void checkProfiles(const Cluster &cluster, QList<Diagnostic> &out)
{
    const QList<Node> primaries = cluster.nodesWith(Profile::PrimaryFullBackend);
    if (primaries.isEmpty()) {
        out << Diagnostic::error(QStringLiteral("no node has the profile PRIMARY_FULL_BACKEND; exactly one is required "
                                                "(backend-1 in the guide: it initialises MongoDB, OpenSearch and Kafka)"));
    }
    for (qsizetype i = 1; i < primaries.size(); ++i) {
        out << Diagnostic::error(QStringLiteral("%1 is a second PRIMARY_FULL_BACKEND (%2 is the first); exactly one is allowed, "
                                                "make the others FULL_BACKEND")
                                     .arg(describe(primaries[i]), primaries[0].hostname),
                                 primaries[i].lineOf(K::NodeProfile), primaries[i].hostname, nodeKey(primaries[i], K::NodeProfile));
    }
    for (Profile single : {Profile::PrimaryFrontend, Profile::Coordinator}) {
        const QList<Node> list = cluster.nodesWith(single);
        for (qsizetype i = 1; i < list.size(); ++i) {
            out << Diagnostic::error(QStringLiteral("%1 is a second %2 (%3 is the first); at most one is allowed%4")
                                         .arg(describe(list[i]), ProfileCatalog::name(single), list[0].hostname,
                                              single == Profile::PrimaryFrontend ? QStringLiteral(", make the others ADDITIONAL_FRONTEND")
                                                                                 : QString()),
                                     list[i].lineOf(K::NodeProfile), list[i].hostname, nodeKey(list[i], K::NodeProfile));
        }
    }
    const QList<Node> pf = cluster.nodesWith(Profile::PrimaryFrontend);
    const QList<Node> coord = cluster.nodesWith(Profile::Coordinator);
    if (!pf.isEmpty() && !coord.isEmpty()) {
        out << Diagnostic::error(QStringLiteral("%1 is a COORDINATOR and %2 is a PRIMARY_FRONTEND; they are mutually exclusive: the "
                                                "coordinator takes over the quorum services, so make %2 ADDITIONAL_FRONTEND or comment "
                                                "out its block")
                                     .arg(describe(coord[0]), pf[0].hostname),
                                 coord[0].lineOf(K::NodeProfile), coord[0].hostname, nodeKey(coord[0], K::NodeProfile));
    }
    if (cluster.frontends().isEmpty()) {
        out << Diagnostic::error(QStringLiteral("no frontend: at least one PRIMARY_FRONTEND or ADDITIONAL_FRONTEND is required to "
                                                "serve the Web UI, API and ingestion"));
    }
}

void checkSettings(const Cluster &cluster, QList<Diagnostic> &out)
{
    if (cluster.frontendPort < 1 || cluster.frontendPort > 65535) {
        out << Diagnostic::error(QStringLiteral("frontend_port is %1; expected a TCP port from 1 to 65535 (8443 by default, or 443)")
                                     .arg(cluster.frontendPort),
                                 cluster.lineOf(K::FrontendPort), {}, K::FrontendPort);
    }
    if (cluster.analyticsHostname.isEmpty()) {
        out << Diagnostic::error(QStringLiteral("analytics_hostname is not set; expected the first label of the external name, "
                                                "e.g. agilesec for agilesec.kf-agilesec.com"),
                                 cluster.lineOf(K::AnalyticsHostname), {}, K::AnalyticsHostname);
    } else if (cluster.analyticsHostname.contains(QLatin1Char('.'))) {
        out << Diagnostic::error(QStringLiteral("analytics_hostname '%1' contains a dot; put only the first label there and the rest "
                                                "in analytics_domain")
                                     .arg(cluster.analyticsHostname),
                                 cluster.lineOf(K::AnalyticsHostname), {}, K::AnalyticsHostname);
    } else {
        const QString problem = NetworkNames::fqdnProblem(cluster.fqdn());
        if (!problem.isEmpty()) {
            out << Diagnostic::error(QStringLiteral("the external FQDN (analytics_hostname.analytics_domain) is invalid: %1").arg(problem),
                                     cluster.lineOf(K::AnalyticsDomain) ? cluster.lineOf(K::AnalyticsDomain)
                                                                        : cluster.lineOf(K::AnalyticsHostname),
                                     {}, K::AnalyticsDomain);
        }
    }
    if (cluster.shards < 1) {
        out << Diagnostic::error(QStringLiteral("opensearch_index_number_of_shards is %1; expected a whole number of at least 1").arg(cluster.shards),
                                 cluster.lineOf(K::Shards), {}, K::Shards);
    }
    if (cluster.replicas < 0) {
        out << Diagnostic::error(QStringLiteral("opensearch_index_number_of_replicas is %1; expected a whole number of at least 0").arg(cluster.replicas),
                                 cluster.lineOf(K::Replicas), {}, K::Replicas);
    }
}

void checkHighAvailability(const Cluster &cluster, QList<Diagnostic> &out)
{
    const QList<Node> backends = cluster.backends();
    if (backends.size() < 2 && !backends.isEmpty()) {
        out << Diagnostic::warning(QStringLiteral("only one backend (%1): this is not highly available; losing it stops the platform. "
                                                  "Add a FULL_BACKEND.")
                                       .arg(backends[0].hostname));
    }
    if (!cluster.quorumNode() && backends.size() >= 2) {
        out << Diagnostic::warning(QStringLiteral("no PRIMARY_FRONTEND or COORDINATOR: the quorum has only the %1 backends and no "
                                                  "tie-breaker; make one frontend PRIMARY_FRONTEND or add a COORDINATOR")
                                       .arg(backends.size()));
    }
    const QList<Node> voters = cluster.quorumVoters();
    if (voters.size() >= 2 && voters.size() % 2 == 0) {
        const int majority = SiteFailureAnalysis::majorityOf(int(voters.size()));
        out << Diagnostic::warning(QStringLiteral("%1 quorum voters (%2): an even count needs %3 for a majority, so it survives only %4 "
                                                  "voter failure(s), no more than %5 voters would; add a COORDINATOR or a backend to "
                                                  "make the count odd")
                                       .arg(voters.size())
                                       .arg(names(voters))
                                       .arg(majority)
                                       .arg(voters.size() - majority)
                                       .arg(voters.size() - 1));
    }
    const int dataNodes = int(backends.size());
    if (dataNodes >= 1 && cluster.replicas > dataNodes - 1) {
        out << Diagnostic::error(QStringLiteral("opensearch_index_number_of_replicas is %1 but there are only %2 data node(s) (backends); "
                                                "a replica needs its own node, so expected at most %3")
                                     .arg(cluster.replicas)
                                     .arg(dataNodes)
                                     .arg(dataNodes - 1),
                                 cluster.lineOf(K::Replicas), {}, K::Replicas);
    }
}

void checkSites(const Cluster &cluster, QList<Diagnostic> &out)
{
    const QStringList sites = cluster.sites();
    if (sites.isEmpty())
        return;
    QList<Node> unplaced;
    for (const Node &n : cluster.nodes) {
        if (n.site.isEmpty())
            unplaced << n;
    }
    if (!unplaced.isEmpty()) {
        out << Diagnostic::warning(QStringLiteral("%1 node(s) have no site while others do (%2); site-failure checks treat them as "
                                                  "surviving every failure. Set node_site for each.")
                                       .arg(unplaced.size())
                                       .arg(names(unplaced)),
                                   unplaced[0].lineOf(K::Hostname), unplaced[0].hostname, nodeKey(unplaced[0], K::NodeSite));
    }
    if (sites.size() < 2)
        return;
    for (const SiteOutcome &o : SiteFailureAnalysis::analyze(cluster)) {
        if (!o.quorumSurvives) {
            out << Diagnostic::error(QStringLiteral("stretch cluster: losing site %1 (%2) leaves %3 of %4 quorum voters, below the "
                                                    "majority of %5; place a COORDINATOR in a third site or move voters so that no "
                                                    "site holds half of them")
                                         .arg(o.site, o.votersLost.join(QStringLiteral(", ")))
                                         .arg(o.votersRemaining)
                                         .arg(o.votersTotal)
                                         .arg(o.majority));
        }
        if (o.dataNodesLost > 0 && o.dataNodesRemaining > 0 && !o.everyShardKeepsACopy) {
            out << Diagnostic::warning(QStringLiteral("stretch cluster: losing site %1 removes %2 of %3 data nodes, and with "
                                                      "opensearch_index_number_of_replicas=%4 a shard can lose every copy (index RED); "
                                                      "set it to at least %2 (the guide uses 3 for 4 data nodes in 2 sites)")
                                           .arg(o.site)
                                           .arg(o.dataNodesLost)
                                           .arg(o.dataNodesLost + o.dataNodesRemaining)
                                           .arg(cluster.replicas),
                                       cluster.lineOf(K::Replicas), {}, K::Replicas);
        }
        if (o.frontendsRemaining == 0 && !cluster.frontends().isEmpty()) {
            out << Diagnostic::warning(QStringLiteral("stretch cluster: losing site %1 leaves no frontend, so users cannot reach the "
                                                      "platform; place a frontend in another site")
                                           .arg(o.site));
        }
    }
}
} // namespace

QList<Diagnostic> ClusterValidator::validate(const Cluster &cluster)
{
    QList<Diagnostic> out;
    checkNodes(cluster, out);
    checkProfiles(cluster, out);
    checkSettings(cluster, out);
    checkHighAvailability(cluster, out);
    checkSites(cluster, out);
    for (Diagnostic &d : out)
        d.file = cluster.sourceFile;
    return out;
}
