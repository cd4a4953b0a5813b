#pragma once

#include "core/Cluster.h"
#include "core/ExternalAccess.h"
#include "util/RenderedFile.h"

#include <QList>
#include <QString>

// The files for the chosen DNS / load balancer (docs/load-balancer.md), all under lb/: for
// none the /etc/hosts lines; for dns a Route53 change batch, the aws command and a check; for
// l4 an AWS NLB script; for l7 an Azure Application Gateway script and its 502 notes; for
// on-prem haproxy.cfg and a keepalived.conf per LB node; and, where a load balancer fronts the
// cluster, firewalld rules that admit only it to each frontend. frontendAdded() renders the
// change a new frontend needs in each of these.
class LoadBalancerRenderer
{
public:
    struct Settings {
        QString haproxyCaFile = QStringLiteral("/etc/haproxy/agilesec-rootca-cert.pem");
        QString statsSocket = QStringLiteral("/run/haproxy/admin.sock");
        QString bindAddress;          // empty: the VIP
        bool dropPrivileges = true;   // user/group haproxy (the lab runs it as itself)
        bool daemon = true;
        QString vrrpAuthPass;         // generated once per project (8 characters: VRRP's limit)
        QString backendName = QStringLiteral("agilesec_frontends");
        // Health checks: every checkIntervalSeconds; down after checkFall failures, up after checkRise successes.
        int checkIntervalSeconds = 3;
        int checkFall = 3;
        int checkRise = 2;
    };

    static QList<RenderedFile> render(const Cluster &cluster, const ExternalAccess &external, const QByteArray &caCertPem, const Settings &settings);
    // How the CA gets where haproxy.cfg expects it, run from the bundle's lb/ folder (the file says so).
    static QString caInstallCommand(const Settings &settings);
    static QString haproxyConfig(const Cluster &cluster, const ExternalAccess &external, const Settings &settings);
    static QString keepalivedConfig(const ExternalAccess &external, int lbIndex, const Settings &settings);
    // What adding `added` (a new frontend already in cluster) changes, for the chosen mode.
    static QList<RenderedFile> frontendAdded(const Cluster &cluster, const ExternalAccess &external, const Node &added, const Settings &settings);
    static QString haproxyServerLine(const Node &frontend, int port);
    static QString randomVrrpPass();
};
