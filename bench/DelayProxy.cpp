#include "DelayProxy.h"

#include <QTcpSocket>
#include <QTimer>

#include <chrono>
#include <cmath>
#include <deque>

double LinkBudget::reserve(qint64 bytes)
{
    const double now = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
    m_sent += bytes;
    const std::lock_guard<std::mutex> lock(m_lock);
    m_freeAtMs = std::max(m_freeAtMs, now) + double(bytes) * 1000.0 / m_rate;
    return m_freeAtMs - now;
}

DelayProxy::DelayProxy(QHostAddress target, quint16 targetPort, int delayMs, std::shared_ptr<LinkBudget> budget)
    : m_server(this)
    , m_target(std::move(target))
    , m_targetPort(targetPort)
    , m_delayMs(delayMs)
    , m_budget(std::move(budget))
{
    connect(&m_server, &QTcpServer::newConnection, this, &DelayProxy::accept);
}

bool DelayProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void DelayProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Data read before the upstream connects is queued by the delay anyway.
        const auto forward = [this](QTcpSocket *from, QTcpSocket *to, bool towardNode) {
            // Written in the order read: a timer writes its own data and all before it.
            auto queue = std::make_shared<std::deque<std::pair<quint64, QByteArray>>>();
            auto next = std::make_shared<quint64>(0);
            connect(from, &QTcpSocket::readyRead, to, [this, from, to, towardNode, queue, next] {
                const QByteArray data = from->readAll();
                const double wait = towardNode && m_budget ? m_budget->reserve(data.size()) : 0;
                const quint64 seq = (*next)++;
                queue->emplace_back(seq, data);
                QTimer::singleShot(m_delayMs + int(std::ceil(wait)), Qt::PreciseTimer, to, [to, queue, seq] {
                    while (!queue->empty() && queue->front().first <= seq) {
                        to->write(queue->front().second);
                        queue->pop_front();
                    }
                });
            });
            connect(from, &QTcpSocket::disconnected, to, [this, to] {
                QTimer::singleShot(m_delayMs + 1, Qt::PreciseTimer, to, [to] { to->disconnectFromHost(); });
            });
        };
        forward(client, upstream, true);
        forward(upstream, client, false);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        upstream->connectToHost(m_target, m_targetPort);
    }
}
