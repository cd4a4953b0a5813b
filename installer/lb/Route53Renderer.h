#pragma once

#include "core/Node.h"

#include <QList>
#include <QString>

// Route53 for the dns mode: one Multivalue Answer A record per frontend, each with an HTTPS
// health check on /health-check (the FQDN as SNI and Host), so DNS stops answering with a
// frontend that is down. The check is created by the apply script (its id exists only then):
// found again by its address, port and path when the script runs twice, never duplicated. A
// private address gets no check, as Route53's checkers on the internet cannot reach it; the
// script says so (docs/load-balancer.md gives the CloudWatch alternative).
class Route53Renderer
{
public:
    struct Records {
        QList<Node> frontends;
        QString fqdn;
        int port = 0;
        int ttl = 60;
        QString action;     // UPSERT (all) or CREATE (an added frontend)
        int firstIndex = 1; // set identifiers fe-<firstIndex>, ...
        bool healthChecks = true;
    };
    // The change batch; records that get a health check carry "HealthCheckId": "@HEALTH_CHECK_fe-N@"
    // for the script to fill in.
    static QString changeBatch(const Records &records);
    // Script lines, run from lb/ with HOSTED_ZONE_ID set: the health checks found or created,
    // then the batch (batchFile) sent with their ids.
    static QString applyCommands(const Records &records, const QString &batchFile);
    // RFC 1918, carrier-grade NAT, loopback and link-local: unreachable for Route53's checkers.
    static bool isPrivateAddress(const QString &address);
    static QString placeholder(int index);
};
