#pragma once

#include "lab/LabLoadBalancer.h"
#include "lab/LabNode.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// `lab up --lb keepalived`: two LB nodes, each a network namespace the lab creates (a veth on a
// bridge of its own, 10.77.X.0/24), each running a real HAProxy and a real keepalived with the
// configs the project renders for on-prem load balancing; VRRP between the two moves the VIP
// (10.77.X.100). Inside a namespace 127.0.0.0/8 is routed over the bridge to this machine
// (route_localnet on the lab's own interfaces only), so the HAProxies reach the lab's frontends
// on their loopback addresses. Needs root (CAP_NET_ADMIN) and iproute2; LabEnvironment falls
// back to a single HAProxy, saying why, where that is not possible.
class LabVipPair
{
public:
    // Empty when the lab can try namespaces here; else why not.
    static QString unavailableReason();
    // Creates the network, checks each config with the real tools inside its namespace, starts
    // the four processes and waits until lb-1 alone holds the VIP. external receives the
    // project's external access. On failure, `state` (when not empty) names what to stop.
    static LabLoadBalancer::Started start(const QString &lab, const Cluster &cluster, const QString &outputDir, ExternalAccess *external);
    static void stop(const QJsonObject &state, QStringList *stopped);
    static bool isPair(const QJsonObject &state);
    static QList<LabNode> status(const QJsonObject &state);
    // Which LB node holds the VIP now ("" when none, "lb-1,lb-2" when both: split brain).
    static QString vipHolder(const QJsonObject &state);
    // A drill of the VIP: cuts an LB node off its network (its link down: keepalived there goes
    // to FAULT and the other takes the VIP), or gives it back (it preempts, priority 101).
    static QString fail(const QJsonObject &state, const QString &hostname);
    static QString restore(const QJsonObject &state, const QString &hostname);
};
