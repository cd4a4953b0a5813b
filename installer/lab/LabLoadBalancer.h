#pragma once

#include "core/Cluster.h"
#include "core/ExternalAccess.h"
#include "lab/LabNode.h"
#include "lb/LoadBalancerRenderer.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The lab's entry point: a real HAProxy (Debian's, in the foreground, owned by the lab like its
// sshd processes) on its own loopback address, running the haproxy.cfg the project itself
// renders for on-prem load balancing: TCP passthrough to the frontends, TLS health checks on
// /health-check that trust only the cluster's CA. So the lab's FQDN has a real load balancer
// behind it, and health checks and drills go through it as they would at a site.
class LabLoadBalancer
{
public:
    static QString address();       // 127.0.0.10, below the nodes' 127.0.0.11, .12, ...
    static QString hostname();      // lb-1, as the project's external access names it
    static QString haproxyPath();   // empty when HAProxy is not installed
    static QString directory(const QString &lab); // <lab>/lb: haproxy.cfg, the CA, its socket and log

    // The lab project's external access: on-prem, the VIP being the lab HAProxy's address, the
    // files where the lab keeps them (so `install` renders the same haproxy.cfg).
    static ExternalAccess externalAccess(const QString &lab);

    struct Started {
        QString error;       // empty on success
        QJsonObject state;   // for lab.json, recorded even when the start failed after the fork
        QString progress;    // one line for `lab up`
    };
    // Makes the cluster's CA in outputDir when there is none yet (the health checks need it
    // before the first install; certs and install keep it), writes the config and starts HAProxy.
    static Started start(const QString &lab, const Cluster &cluster, const QString &outputDir);
    // Stops the HAProxy `state` names, only while its command line still names the lab's config.
    static void stop(const QJsonObject &state, QStringList *stopped);
    static bool running(const QJsonObject &state);
    // The row `lab status` shows for it.
    static LabNode status(const QJsonObject &state);
    // A load balancer's row: its address and HAProxy's port and pid.
    static LabNode statusRow(const QString &hostname, const QString &address, int port, qint64 pid, const QString &directory, bool running,
                             const QString &services);

    // Shared with LabVipPair: the CA the install will keep (made when outputDir has none), and
    // the lab's HAProxy settings (as its user, in the foreground, checks every second).
    static QString ensureClusterCa(const QString &outputDir, QByteArray *caPem);
    static LoadBalancerRenderer::Settings haproxySettings(const QString &caFile, const QString &statsSocket);
    static QString logTail(const QString &path);
};
