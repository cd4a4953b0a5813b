#include "core/Cluster.h"

#include "core/ProfileCatalog.h"

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
