#pragma once

#include <QString>
#include <QStringList>

// What one leaf certificate must say: its names and its purpose.
struct CertificateSpec {
    enum class Purpose {
        NodeIdentity, // serverAuth + clientAuth: nodes speak mutual TLS to Kafka, MongoDB, OpenSearch
        WebServer,    // serverAuth: the frontends' HTTPS for the external FQDN
    };

    QString owner;          // the node (or "load balancer") it belongs to, for messages
    QString commonName;
    QStringList dnsNames;   // subjectAltName DNS entries
    QStringList ipAddresses; // subjectAltName IP entries
    Purpose purpose = Purpose::NodeIdentity;
    QString certPath;       // relative to the output directory, e.g. certificates/nodes/backend-1-cert.pem
    QString keyPath;
};
