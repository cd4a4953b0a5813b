#pragma once

#include <QCoreApplication>
#include "core/Cluster.h"
#include "core/ExternalAccess.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// Health from the operator's machine over the real TLS path, trusting only the cluster's CA:
// each frontend's /health-check (200) and /signin (200-399) with the FQDN as SNI and Host, the
// ingestion route (GET on the POST-only token endpoint answers 405: routing works, as the
// guide checks), the same through the entry point users take (the load balancer's VIP, the
// FQDN, or an address given), and the web certificate's CN, SANs and expiry.
class ClusterHealth
{
    Q_DECLARE_TR_FUNCTIONS(ClusterHealth) // messages in the wizard's language, English in the CLI

public:
    struct Check {
        QString target;   // a frontend's hostname, or "entry HOST:PORT"
        QString check;    // "health-check", "signin", "ingestion", "certificate"
        bool ok = false;
        QString detail;
        QString servedBy;
        QJsonObject toJson() const;
    };
    // via: the entry point HOST[:PORT] or a node's hostname (EntryPoint); hostsTarget: the
    // project's /etc/hosts target, used when the FQDN does not resolve here.
    static QList<Check> run(const Cluster &cluster, const ExternalAccess &external, const QByteArray &caPem, const QString &via = {},
                            const QString &hostsTarget = {});

    struct Endpoint {
        QString target;
        QString address;
        int port = 0;
        bool entry = false;
    };
    // How long the entry may refuse while the frontends answer directly (its LB's checks catching up).
    static constexpr int kEntryGraceMs = 10000;

private:
    static void waitForTheEntry(QList<Check> &all, const Endpoint &entry, const QList<Check> &entryChecks, const QString &fqdn, const QByteArray &caPem);
};
