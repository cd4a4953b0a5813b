#pragma once

#include "core/HardwareRequirements.h"
#include "core/Profile.h"
#include "core/ServiceSpec.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What each profile is: its name in multi_node_config.conf, the services it runs, its
// hardware requirements and its part in the quorum. All facts come from the HA guide.
class ProfileCatalog
{
public:
    static QList<Profile> all();
    static QString name(Profile profile);
    static QString displayName(Profile profile);
    static std::optional<Profile> fromName(const QString &name);
    // The names allowed in multi_node_config.conf (every profile but Scan).
    static QStringList configNames();

    static QList<ServiceSpec> services(Profile profile);
    static QStringList serviceNames(Profile profile);
    static HardwareRequirements requirements(Profile profile);

    static bool isBackend(Profile profile);   // stores data: MongoDB, OpenSearch and Kafka broker
    static bool isFrontend(Profile profile);  // serves users: API, Web UI, dashboards
    static bool isQuorumNode(Profile profile); // PRIMARY_FRONTEND or COORDINATOR: the tie-breaker
    static bool isQuorumVoter(Profile profile);
    // The block family in multi_node_config.conf ("backend", "frontend", "coordinator"), empty for Scan.
    static QString blockFamily(Profile profile);
};
