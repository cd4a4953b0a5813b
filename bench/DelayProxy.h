#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

// A TCP proxy that delays every byte by a fixed time in each direction: a stand-in for a
// high-latency link between the laptop and a node (10 ms each way = 20 ms round trip).
class DelayProxy : public QObject
{
    Q_OBJECT
public:
    DelayProxy(QHostAddress target, quint16 targetPort, int delayMs);
    bool listen(); // on 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }

private:
    void accept();

    QTcpServer m_server; // a child, so it moves to the proxy's thread with it
    QHostAddress m_target;
    quint16 m_targetPort;
    int m_delayMs;
};
