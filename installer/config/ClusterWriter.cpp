#include "config/ClusterWriter.h"

#include "core/ClusterConfigKeys.h"
#include "config/ClusterReader.h"
#include "core/ProfileCatalog.h"

#include <QRegularExpression>
#include <QSet>

namespace K = ClusterConfigKeys;

namespace {
const QRegularExpression kNodeKey(QStringLiteral("^([a-z]+[0-9]+)_(private_ip|node_hostname|node_profile|node_site)$"));

QString keyOf(const QString &prefix, QLatin1StringView suffix)
{
    return prefix + QLatin1Char('_') + suffix;
}

// Prefixes of node keys on lines of the given kind with a non-empty value. Active ones are
// the blocks the document configures; commented-out ones hold a node deliberately disabled
// (frontend1 in the stretch layout), never to be reused for another node.
QSet<QString> prefixesWithValues(const ConfigDocument &document, ConfigLine::Kind kind)
{
    QSet<QString> result;
    for (const ConfigLine &line : document.lines()) {
        if (line.kind != kind || line.value.isEmpty())
            continue;
        const QRegularExpressionMatch m = kNodeKey.match(line.key);
        if (m.hasMatch())
            result.insert(m.captured(1));
    }
    return result;
}

QSet<QString> activePrefixes(const ConfigDocument &document)
{
    return prefixesWithValues(document, ConfigLine::Kind::Assignment);
}

void setIfChanged(ConfigDocument &document, QLatin1StringView key, const QString &value, const QString &defaultValue)
{
    if (document.contains(key) || value != defaultValue)
        document.setValue(key, value);
}
} // namespace

QString ClusterWriter::nextFreePrefix(const ConfigDocument &document, const QString &family, const QSet<QString> &taken)
{
    const QSet<QString> active = activePrefixes(document);
    const QSet<QString> retired = prefixesWithValues(document, ConfigLine::Kind::CommentedAssignment);
    for (int n = 1;; ++n) {
        const QString prefix = family + QString::number(n);
        if (!active.contains(prefix) && !retired.contains(prefix) && !taken.contains(prefix))
            return prefix;
    }
}

void ClusterWriter::apply(Cluster &cluster, ConfigDocument &document)
{
    setIfChanged(document, K::AnalyticsHostname, cluster.analyticsHostname, QString());
    setIfChanged(document, K::AnalyticsDomain, cluster.analyticsDomain, QString());
    setIfChanged(document, K::FrontendPort, QString::number(cluster.frontendPort), QString::number(Cluster::kDefaultFrontendPort));
    setIfChanged(document, K::Shards, QString::number(cluster.shards), QString::number(Cluster::kDefaultShards));
    setIfChanged(document, K::Replicas, QString::number(cluster.replicas), QString::number(Cluster::kDefaultReplicas));

    QSet<QString> kept;
    for (const Node &node : std::as_const(cluster.nodes)) {
        if (!node.blockPrefix.isEmpty())
            kept.insert(node.blockPrefix);
    }

    // Blocks of nodes that left the model are commented out, never deleted.
    for (const QString &prefix : activePrefixes(document)) {
        if (kept.contains(prefix))
            continue;
        const QString family = prefix.left(prefix.indexOf(QRegularExpression(QStringLiteral("[0-9]"))));
        if (!ClusterReader::families().contains(family))
            continue;
        for (QLatin1StringView suffix : {K::PrivateIp, K::Hostname, K::NodeProfile, K::NodeSite})
            document.commentOut(keyOf(prefix, suffix));
    }

    for (Node &node : cluster.nodes) {
        if (!node.profile || *node.profile == Profile::Scan)
            continue; // scan nodes have no block
        const QString profileName = ProfileCatalog::name(*node.profile);
        if (node.blockPrefix.isEmpty()) {
            node.blockPrefix = nextFreePrefix(document, ProfileCatalog::blockFamily(*node.profile), kept);
            kept.insert(node.blockPrefix);
            const bool hasTemplate = document.hasCommented(keyOf(node.blockPrefix, K::PrivateIp))
                || document.hasCommented(keyOf(node.blockPrefix, K::Hostname))
                || document.contains(keyOf(node.blockPrefix, K::PrivateIp));
            if (!hasTemplate) {
                QList<QPair<QString, QString>> block{{keyOf(node.blockPrefix, K::Hostname), node.hostname},
                                                     {keyOf(node.blockPrefix, K::PrivateIp), node.privateIp},
                                                     {keyOf(node.blockPrefix, K::NodeProfile), profileName}};
                if (!node.site.isEmpty())
                    block.append({keyOf(node.blockPrefix, K::NodeSite), node.site});
                document.appendBlock(block);
                continue;
            }
        }
        document.setValue(keyOf(node.blockPrefix, K::PrivateIp), node.privateIp);
        document.setValue(keyOf(node.blockPrefix, K::Hostname), node.hostname);
        document.setValue(keyOf(node.blockPrefix, K::NodeProfile), profileName);
        const QString siteKey = keyOf(node.blockPrefix, K::NodeSite);
        if (!node.site.isEmpty() || document.contains(siteKey))
            document.setValue(siteKey, node.site);
    }
}
