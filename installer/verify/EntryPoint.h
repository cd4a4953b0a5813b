#pragma once

#include "core/Cluster.h"
#include "core/ExternalAccess.h"

#include <QString>

// Where users enter the cluster, as this machine can reach it: the entry the user gave (--via,
// which may name a node of the cluster), else the VIP or the FQDN. When the FQDN does not resolve
// here but the project knows where it leads (the /etc/hosts target, or the first frontend), that
// address is used, like curl --resolve: the TLS name and the Host header stay the FQDN, and the
// certificate is still checked against it.
struct EntryPoint {
    QString label;            // as the user knows it: HOST:PORT
    QString host;             // what to connect to
    int port = 0;
    QString note;             // what was substituted and why; empty when used as given
    bool isClusterNode = false; // a frontend of the cluster, not a load balancer: a drill proves less

    // hostsTarget: the project's /etc/hosts target for the FQDN (empty: the first frontend).
    static EntryPoint resolve(const Cluster &cluster, const ExternalAccess &external, const QString &via, const QString &hostsTarget = {});
    // HOST:PORT to connect to.
    QString address() const;
    // The note, and for a frontend of the cluster that a drill through it proves less.
    QString drillNote() const;
};
