#include "DelayProxy.h"

#include <QTcpSocket>
#include <QTimer>

DelayProxy::DelayProxy(QHostAddress target, quint16 targetPort, int delayMs)
    : m_server(this)
    , m_target(std::move(target))
    , m_targetPort(targetPort)
    , m_delayMs(delayMs)
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
        const auto forward = [this](QTcpSocket *from, QTcpSocket *to) {
            connect(from, &QTcpSocket::readyRead, to, [this, from, to] {
                const QByteArray data = from->readAll();
                // Equal delays on a precise timer keep the order of the data.
                QTimer::singleShot(m_delayMs, Qt::PreciseTimer, to, [to, data] { to->write(data); });
            });
            connect(from, &QTcpSocket::disconnected, to, [this, to] {
                QTimer::singleShot(m_delayMs + 1, Qt::PreciseTimer, to, [to] { to->disconnectFromHost(); });
            });
        };
        forward(client, upstream);
        forward(upstream, client);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        upstream->connectToHost(m_target, m_targetPort);
    }
}
