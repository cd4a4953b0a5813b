#pragma once

#include <QLatin1StringView>

// The keys of multi_node_config.conf that the installer interprets. Node blocks are
// <family><N>_<suffix>, e.g. frontend3_private_ip.
namespace ClusterConfigKeys {
inline constexpr QLatin1StringView AnalyticsHostname{"analytics_hostname"};
inline constexpr QLatin1StringView AnalyticsDomain{"analytics_domain"};
inline constexpr QLatin1StringView FrontendPort{"frontend_port"};
inline constexpr QLatin1StringView Shards{"opensearch_index_number_of_shards"};
inline constexpr QLatin1StringView Replicas{"opensearch_index_number_of_replicas"};

inline constexpr QLatin1StringView PrivateIp{"private_ip"};
inline constexpr QLatin1StringView Hostname{"node_hostname"};
inline constexpr QLatin1StringView NodeProfile{"node_profile"};
inline constexpr QLatin1StringView NodeSite{"node_site"}; // the installer's extension: site / AZ label
} // namespace ClusterConfigKeys
