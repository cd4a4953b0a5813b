#pragma once

// Key algorithms the installer generates. RSA 2048 is the default: every consumer of these
// certificates accepts it (Kafka's and OpenSearch's Java TLS, MongoDB, HAProxy, cloud load
// balancers such as Azure Application Gateway, which takes the CA as a trusted root), it is
// what the HA guide's own openssl example uses, and NIST SP 800-57 rates it acceptable
// through 2030. P-256 is the faster modern choice where every consumer supports ECDSA.
enum class KeyType { Rsa2048, Rsa3072, Rsa4096, P256, P384 };
