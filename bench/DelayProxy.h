#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <atomic>
#include <memory>
#include <mutex>

// One link's capacity toward the nodes, shared by every proxy on it (the laptop's VPN): bytes
// leave in order at bytesPerSecond, and every byte sent is counted.
class LinkBudget
{
public:
    explicit LinkBudget(double bytesPerSecond) : m_rate(bytesPerSecond) {}
    // How long from now until these bytes have left the link (ms), reserving them.
    double reserve(qint64 bytes);
    qint64 bytesSent() const { return m_sent; }

private:
    std::mutex m_lock;
    double m_rate;
    double m_freeAtMs = 0; // on the steady clock
    std::atomic<qint64> m_sent{0};
};

// A TCP proxy that delays every byte by a fixed time in each direction: a stand-in for a
// high-latency link between the laptop and a node (10 ms each way = 20 ms round trip).
class DelayProxy : public QObject
{
    Q_OBJECT
public:
    // With budget: what goes toward the node also waits for the link's capacity.
    DelayProxy(QHostAddress target, quint16 targetPort, int delayMs, std::shared_ptr<LinkBudget> budget = {});
    bool listen(); // on 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }

private:
    void accept();

    QTcpServer m_server; // a child, so it moves to the proxy's thread with it
    QHostAddress m_target;
    quint16 m_targetPort;
    int m_delayMs;
    std::shared_ptr<LinkBudget> m_budget;
};
