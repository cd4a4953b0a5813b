#pragma once

#include <QTcpServer>

// A lab frontend's HTTPS endpoints (SIMULATION): while the node's simulated haproxy service is
// Running and its web certificate has been extracted, it answers over real TLS with that
// certificate: GET /health-check 200, GET /signin 200, GET /v1/oauth2/token and /v3/ingest
// 405 (POST only, as the platform's ingestion routes). Otherwise it drops the connection, as a
// stopped HAProxy would. Every answer names the node (X-AgileSec-Node) so tests can tell which
// frontend a load balancer picked.
class LabWebServer : public QTcpServer
{
    Q_OBJECT
public:
    LabWebServer(QString nodeDir, QString hostname, QObject *parent = nullptr);
    // "Running", "Stopped", "Not installed", from the simulation's state files.
    QString haproxyState() const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QString m_nodeDir;
    QString m_hostname;
};
