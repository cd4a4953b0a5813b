#include "config/ClusterReader.h"

#include "core/ClusterConfigKeys.h"
#include "core/ProfileCatalog.h"
#include "util/NetworkNames.h"

#include <QMap>
#include <QRegularExpression>

namespace K = ClusterConfigKeys;

namespace {
const QRegularExpression kNodeKey(QStringLiteral("^([a-z]+)([0-9]+)_(private_ip|node_hostname|node_profile|node_site)$"));

struct Block {
    QString family;
    int index = 0;
    QMap<QString, QString> values;
    QHash<QString, int> lines;
};

bool readInt(const ConfigDocument &doc, QLatin1StringView key, int *out, Cluster &cluster, QList<Diagnostic> *diagnostics)
{
    if (!doc.contains(key))
        return true;
    const QString text = doc.value(key);
    cluster.keyLines.insert(key, doc.lineOf(key));
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok) {
        diagnostics->append(Diagnostic::error(
            QStringLiteral("%1 is '%2'; expected a whole number").arg(key, text), doc.lineOf(key), {}, key));
        return false;
    }
    *out = value;
    return true;
}
// A value no node can have is said once, shortened, and the block goes no further: every
// later message about the node would quote it again. True when the block is refused.
bool refuseOverlong(const Block &block, const QString &prefix, QList<Diagnostic> &found)
{
    bool tooLong = false;
    for (const auto &[suffix, limit] : {std::pair{K::Hostname, 253}, std::pair{K::PrivateIp, 45}, std::pair{K::NodeProfile, 64}, std::pair{K::NodeSite, 253}}) {
        const QString value = block.values.value(suffix);
        if (value.size() <= limit)
            continue;
        found.append(Diagnostic::error(QStringLiteral("%1_%2 is %3 characters long: '%4'; expected at most %5")
                                           .arg(prefix, suffix)
                                           .arg(value.size())
                                           .arg(NetworkNames::elided(value))
                                           .arg(limit),
                                       block.lines.value(suffix), prefix, prefix + QLatin1Char('_') + suffix));
        tooLong = true;
    }
    return tooLong;
}
} // namespace

QStringList ClusterReader::families()
{
    return {QStringLiteral("backend"), QStringLiteral("frontend"), QStringLiteral("coordinator")};
}

Cluster ClusterReader::read(const ConfigDocument &document, const QString &fileName, QList<Diagnostic> *diagnostics)
{
    QList<Diagnostic> found;
    Cluster cluster;
    cluster.sourceFile = fileName;

    const auto readString = [&](QLatin1StringView key, QString *out) {
        if (document.contains(key)) {
            *out = document.value(key);
            cluster.keyLines.insert(key, document.lineOf(key));
        }
    };
    readString(K::AnalyticsHostname, &cluster.analyticsHostname);
    readString(K::AnalyticsDomain, &cluster.analyticsDomain);
    readInt(document, K::FrontendPort, &cluster.frontendPort, cluster, &found);
    readInt(document, K::Shards, &cluster.shards, cluster, &found);
    readInt(document, K::Replicas, &cluster.replicas, cluster, &found);

    QMap<QPair<int, int>, Block> blocks; // (family order, index) -> block
    QSet<QString> reportedUnknown;
    for (const QString &key : document.keys()) {
        const QRegularExpressionMatch m = kNodeKey.match(key);
        if (!m.hasMatch())
            continue;
        const QString family = m.captured(1);
        const int familyOrder = families().indexOf(family);
        const QString prefix = family + m.captured(2);
        if (familyOrder < 0) {
            if (!reportedUnknown.contains(prefix)) {
                reportedUnknown.insert(prefix);
                found.append(Diagnostic::warning(
                    QStringLiteral("unknown node block '%1' is ignored; node blocks are backendN, frontendN or coordinatorN "
                                   "(scan nodes have no block: add them in the project)")
                        .arg(prefix),
                    document.lineOf(key), prefix, key));
            }
            continue;
        }
        Block &block = blocks[{familyOrder, m.captured(2).toInt()}];
        block.family = family;
        block.index = m.captured(2).toInt();
        block.values.insert(m.captured(3), document.value(key));
        block.lines.insert(m.captured(3), document.lineOf(key));
    }

    for (const Block &block : std::as_const(blocks)) {
        const QString prefix = block.family + QString::number(block.index);
        const QString ip = block.values.value(K::PrivateIp);
        const QString hostname = block.values.value(K::Hostname);
        const QString profileName = block.values.value(K::NodeProfile);
        const QString site = block.values.value(K::NodeSite);
        const auto lineOf = [&](QLatin1StringView suffix) {
            return block.lines.value(suffix, block.lines.isEmpty() ? 0 : *std::min_element(block.lines.begin(), block.lines.end()));
        };
        if (ip.isEmpty() && hostname.isEmpty() && profileName.isEmpty())
            continue; // an unconfigured template block, as the guide ships them
        if (refuseOverlong(block, prefix, found))
            continue;
        if (!hostname.isEmpty() && ip.isEmpty()) {
            found.append(Diagnostic::error(
                QStringLiteral("%1 has a host name (%2) but no IP; set %1_private_ip or comment out the block").arg(prefix, hostname),
                lineOf(K::Hostname), hostname, prefix + QLatin1String("_private_ip")));
            continue;
        }
        if (hostname.isEmpty()) {
            found.append(Diagnostic::error(
                QStringLiteral("%1 has an IP (%2) but no host name; set %1_node_hostname or comment out the block")
                    .arg(prefix, ip.isEmpty() ? QStringLiteral("none") : ip),
                lineOf(K::PrivateIp), prefix, prefix + QLatin1String("_node_hostname")));
            continue;
        }
        Node node;
        node.hostname = hostname;
        node.privateIp = ip;
        node.site = site;
        node.blockPrefix = prefix;
        for (auto it = block.lines.begin(); it != block.lines.end(); ++it)
            node.sourceLines.insert(it.key(), it.value());
        if (profileName.isEmpty()) {
            found.append(Diagnostic::error(
                QStringLiteral("%1 (%2) has no profile; set %1_node_profile to one of %3")
                    .arg(prefix, hostname, ProfileCatalog::configNames().join(QStringLiteral(", "))),
                lineOf(K::Hostname), hostname, prefix + QLatin1String("_node_profile")));
        } else {
            const std::optional<Profile> profile = ProfileCatalog::fromName(profileName);
            if (!profile || *profile == Profile::Scan) {
                found.append(Diagnostic::error(
                    QStringLiteral("%1 (%2) has the unknown profile '%3'; expected one of %4")
                        .arg(prefix, hostname, profileName, ProfileCatalog::configNames().join(QStringLiteral(", "))),
                    lineOf(K::NodeProfile), hostname, prefix + QLatin1String("_node_profile")));
            } else {
                node.profile = profile;
                if (ProfileCatalog::blockFamily(*profile) != block.family) {
                    found.append(Diagnostic::warning(
                        QStringLiteral("%1 (%2) is a %3 block but has the profile %4; blocks are usually named after their role "
                                       "(%5N)")
                            .arg(prefix, hostname, block.family, profileName, ProfileCatalog::blockFamily(*profile)),
                        lineOf(K::NodeProfile), hostname, prefix + QLatin1String("_node_profile")));
                }
            }
        }
        cluster.nodes.append(node);
    }

    for (Diagnostic &d : found)
        d.file = fileName;
    if (diagnostics)
        diagnostics->append(found);
    return cluster;
}
