#include "verify/EntryPoint.h"

#include "util/NetworkNames.h"
#include "verify/HttpsProbe.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>

#include <algorithm>

namespace {
bool isFrontendAddress(const Cluster &cluster, const QString &address)
{
    const QList<Node> frontends = cluster.frontends();
    return std::any_of(frontends.begin(), frontends.end(), [&](const Node &fe) { return fe.privateIp == address; });
}

bool resolvesHere(const QString &name)
{
    if (!QHostAddress(name).isNull())
        return true;
    const QHostInfo info = QHostInfo::fromName(name);
    return info.error() == QHostInfo::NoError && !info.addresses().isEmpty();
}
} // namespace

EntryPoint EntryPoint::resolve(const Cluster &cluster, const ExternalAccess &external, const QString &via, const QString &hostsTarget)
{
    const QString given = via.isEmpty() ? external.entryPoint(cluster.fqdn()) : via;
    const auto [host, port] = HttpsProbe::splitHostPort(given, cluster.frontendPort);
    EntryPoint e{NetworkNames::hostPort(host, port), host, port, {}, false};
    if (const Node *node = cluster.findByHostname(host)) {
        // --via frontend-1: the project knows its address.
        e.host = node->privateIp;
        e.note = QCoreApplication::translate("EntryPoint", "%1 is a node of the cluster: using its address %2").arg(host, node->privateIp);
    } else if (!resolvesHere(host)) {
        QString target;
        if (host == cluster.fqdn() && external.mode == ExternalAccess::Mode::None)
            target = !hostsTarget.isEmpty() ? hostsTarget
                                                     : (cluster.frontends().isEmpty() ? QString() : cluster.frontends().constFirst().privateIp);
        if (target.isEmpty()) {
            e.note = QCoreApplication::translate("EntryPoint", "%1 does not resolve here and the project names no address for it: give the entry point with --via HOST[:PORT]").arg(host);
            return e;
        }
        e.host = target;
        e.note = QCoreApplication::translate("EntryPoint", "%1 does not resolve here; using %2 from the project (TLS name and Host stay %1)").arg(host, target);
    }
    e.isClusterNode = isFrontendAddress(cluster, e.host);
    return e;
}

QString EntryPoint::drillNote() const
{
    QStringList parts;
    if (!note.isEmpty())
        parts << note;
    if (isClusterNode)
        parts << QCoreApplication::translate("EntryPoint", "the entry %1 is a frontend of the cluster, not a load balancer: a drill through it proves less than one through "
                                "the load balancer")
                     .arg(address());
    return parts.join(QStringLiteral("; "));
}

QString EntryPoint::address() const
{
    return NetworkNames::hostPort(host, port);
}
