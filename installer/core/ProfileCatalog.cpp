#include "core/ProfileCatalog.h"

namespace {
const ServiceSpec kMongodb{QStringLiteral("mongodb"), QStringLiteral("MongoDB Server")};
const ServiceSpec kOpensearch{QStringLiteral("opensearch"), QStringLiteral("OpenSearch Search Engine")};
const ServiceSpec kKafka{QStringLiteral("kafka"), QStringLiteral("Kafka Server")};
const ServiceSpec kScheduler{QStringLiteral("scheduler"), QStringLiteral("Scheduler Microservice")};
const ServiceSpec kAnalyticsManager{QStringLiteral("analytics-manager"), QStringLiteral("Analytics Manager Microservice")};
const ServiceSpec kIngestion{QStringLiteral("ingestion"), QStringLiteral("Ingestion Microservice")};
const ServiceSpec kIndexing{QStringLiteral("indexing"), QStringLiteral("Indexing Microservice")};
const ServiceSpec kSm{QStringLiteral("sm"), QStringLiteral("Security Manager Microservice")};
const ServiceSpec kApi{QStringLiteral("api"), QStringLiteral("Web API Microservice")};
const ServiceSpec kWebui{QStringLiteral("webui"), QStringLiteral("Web UI Microservice")};
const ServiceSpec kDashboards{QStringLiteral("opensearch-dashboards"), QStringLiteral("OpenSearch Dashboards")};
const ServiceSpec kCbom{QStringLiteral("cbom"), QStringLiteral("CBOM Exporter Microservice")};
const ServiceSpec kHaproxy{QStringLiteral("haproxy"), QStringLiteral("HAProxy Load Balancer")};
} // namespace

QList<Profile> ProfileCatalog::all()
{
    return {Profile::PrimaryFullBackend, Profile::FullBackend, Profile::PrimaryFrontend,
            Profile::AdditionalFrontend, Profile::Coordinator, Profile::Scan};
}

QString ProfileCatalog::name(Profile profile)
{
    switch (profile) {
    case Profile::PrimaryFullBackend: return QStringLiteral("PRIMARY_FULL_BACKEND");
    case Profile::FullBackend: return QStringLiteral("FULL_BACKEND");
    case Profile::PrimaryFrontend: return QStringLiteral("PRIMARY_FRONTEND");
    case Profile::AdditionalFrontend: return QStringLiteral("ADDITIONAL_FRONTEND");
    case Profile::Coordinator: return QStringLiteral("COORDINATOR");
    case Profile::Scan: return QStringLiteral("SCAN");
    }
    return {};
}

QString ProfileCatalog::displayName(Profile profile)
{
    switch (profile) {
    case Profile::PrimaryFullBackend: return QStringLiteral("Primary full backend");
    case Profile::FullBackend: return QStringLiteral("Full backend");
    case Profile::PrimaryFrontend: return QStringLiteral("Primary frontend");
    case Profile::AdditionalFrontend: return QStringLiteral("Additional frontend");
    case Profile::Coordinator: return QStringLiteral("Coordinator");
    case Profile::Scan: return QStringLiteral("Scan node");
    }
    return {};
}

std::optional<Profile> ProfileCatalog::fromName(const QString &name)
{
    for (Profile p : all()) {
        if (ProfileCatalog::name(p) == name)
            return p;
    }
    return std::nullopt;
}

QStringList ProfileCatalog::configNames()
{
    QStringList names;
    for (Profile p : all()) {
        if (p != Profile::Scan)
            names << name(p);
    }
    return names;
}

QList<ServiceSpec> ProfileCatalog::services(Profile profile)
{
    switch (profile) {
    case Profile::PrimaryFullBackend:
    case Profile::FullBackend:
        return {kMongodb, kOpensearch, kKafka, kScheduler, kAnalyticsManager, kIngestion, kIndexing, kSm, kHaproxy};
    case Profile::AdditionalFrontend:
        return {kSm, kApi, kWebui, kDashboards, kCbom, kHaproxy};
    case Profile::PrimaryFrontend:
        // The frontend services plus the quorum services: MongoDB arbiter, OpenSearch
        // cluster-manager and Kafka KRaft controller.
        return {kMongodb, kOpensearch, kKafka, kSm, kApi, kWebui, kDashboards, kCbom, kHaproxy};
    case Profile::Coordinator:
        return {kMongodb, kOpensearch, kKafka};
    case Profile::Scan:
        return {kHaproxy, kScheduler};
    }
    return {};
}

QStringList ProfileCatalog::serviceNames(Profile profile)
{
    QStringList names;
    for (const ServiceSpec &s : services(profile))
        names << s.name;
    return names;
}

HardwareRequirements ProfileCatalog::requirements(Profile profile)
{
    switch (profile) {
    case Profile::PrimaryFullBackend:
    case Profile::FullBackend:
        return {4, 8, 32, 64, 50, 100};
    case Profile::PrimaryFrontend:
        return {4, 4, 16, 16, 50, 50};
    case Profile::AdditionalFrontend:
    case Profile::Coordinator:
        return {2, 2, 16, 16, 50, 50};
    case Profile::Scan:
        return {2, 2, 8, 8, 50, 50};
    }
    return {};
}

bool ProfileCatalog::isBackend(Profile profile)
{
    return profile == Profile::PrimaryFullBackend || profile == Profile::FullBackend;
}

bool ProfileCatalog::isFrontend(Profile profile)
{
    return profile == Profile::PrimaryFrontend || profile == Profile::AdditionalFrontend;
}

bool ProfileCatalog::isQuorumNode(Profile profile)
{
    return profile == Profile::PrimaryFrontend || profile == Profile::Coordinator;
}

bool ProfileCatalog::isQuorumVoter(Profile profile)
{
    return isBackend(profile) || isQuorumNode(profile);
}

QString ProfileCatalog::blockFamily(Profile profile)
{
    if (isBackend(profile))
        return QStringLiteral("backend");
    if (isFrontend(profile))
        return QStringLiteral("frontend");
    if (profile == Profile::Coordinator)
        return QStringLiteral("coordinator");
    return {};
}
