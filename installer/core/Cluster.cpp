#include "core/Cluster.h"

#include "core/ProfileCatalog.h"

#include <QHostAddress>

QString Cluster::fqdn() const
{
    if (analyticsDomain.isEmpty())
        return analyticsHostname;
    return analyticsHostname + QLatin1Char('.') + analyticsDomain;
}

const Node *Cluster::primaryBackend() const
{
    for (const Node &n : nodes) {
        if (n.is(Profile::PrimaryFullBackend))
            return &n;
    }
    return nullptr;
}

const Node *Cluster::quorumNode() const
{
    for (const Node &n : nodes) {
        if (n.profile && ProfileCatalog::isQuorumNode(*n.profile))
            return &n;
    }
    return nullptr;
}

const Node *Cluster::findByHostname(const QString &hostname) const
{
    for (const Node &n : nodes) {
        if (n.hostname.compare(hostname, Qt::CaseInsensitive) == 0)
            return &n;
    }
    return nullptr;
}

QList<Node> Cluster::backends() const
{
    QList<Node> result = nodesWith(Profile::PrimaryFullBackend);
    result += nodesWith(Profile::FullBackend);
    return result;
}

QList<Node> Cluster::frontends() const
{
    QList<Node> result;
    for (const Node &n : nodes) {
        if (n.profile && ProfileCatalog::isFrontend(*n.profile))
            result << n;
    }
    return result;
}

QList<Node> Cluster::scanNodes() const
{
    return nodesWith(Profile::Scan);
}

QList<Node> Cluster::nodesWith(Profile profile) const
{
    QList<Node> result;
    for (const Node &n : nodes) {
        if (n.is(profile))
            result << n;
    }
    return result;
}

QList<Node> Cluster::quorumVoters() const
{
    QList<Node> result = backends();
    for (const Node &n : nodes) {
        if (n.profile && ProfileCatalog::isQuorumNode(*n.profile))
            result << n;
    }
    return result;
}

QStringList Cluster::sites() const
{
    QStringList result;
    for (const Node &n : nodes) {
        if (!n.site.isEmpty() && !result.contains(n.site))
            result << n.site;
    }
    return result;
}

QString Cluster::freeHostname(const QString &family) const
{
    for (int n = 1;; ++n) {
        const QString name = QStringLiteral("%1-%2").arg(family).arg(n);
        if (!findByHostname(name))
            return name;
    }
}

QString Cluster::nextFreeAddress() const
{
    quint32 highest = 0;
    for (const Node &n : nodes) {
        const QHostAddress a(n.privateIp);
        if (a.protocol() == QAbstractSocket::IPv4Protocol)
            highest = std::max(highest, a.toIPv4Address());
    }
    if (highest == 0 || (highest & 0xff) >= 254)
        return {};
    return QHostAddress(highest + 1).toString();
}
