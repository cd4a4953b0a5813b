#pragma once

// Ports the platform's services use between nodes (the guide: Kafka broker 9092/9093,
// controller 9094).
namespace ClusterPorts {
inline constexpr int MongoDb = 27017;
inline constexpr int KafkaBroker = 9093;
inline constexpr int KafkaController = 9094;
inline constexpr int OpenSearchHttp = 9200;
inline constexpr int OpenSearchTransport = 9300;
} // namespace ClusterPorts
