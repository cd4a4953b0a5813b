#include "lab/LabWebServer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray response(int status, const QByteArray &reason, const QByteArray &body, const QString &node, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
           + "\r\nX-AgileSec-Node: " + node.toUtf8() + "\r\n" + extra + "Connection: close\r\n\r\n" + body;
}
} // namespace

LabWebServer::LabWebServer(QString nodeDir, QString hostname, QObject *parent)
    : QTcpServer(parent)
    , m_nodeDir(std::move(nodeDir))
    , m_hostname(std::move(hostname))
{
}

QString LabWebServer::haproxyState() const
{
    const QString installation = QString::fromUtf8(readAll(m_nodeDir + QStringLiteral("/installer/.installation_dir"))).trimmed();
    if (installation.isEmpty())
        return QStringLiteral("Not installed");
    const QString state = QString::fromUtf8(readAll(installation + QStringLiteral("/state/haproxy"))).trimmed();
    return state.isEmpty() ? QStringLiteral("Not installed") : state;
}

void LabWebServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString web = m_nodeDir + QStringLiteral("/installer/certificates/web/") + m_hostname;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(readAll(web + QStringLiteral("-web-cert.pem")));
    QByteArray keyPem = readAll(web + QStringLiteral("-web-key.pem"));
    QSslKey key(keyPem, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec);
    if (haproxyState() != QLatin1String("Running") || chain.isEmpty() || key.isNull()) {
        socket->abort(); // nothing serves here while HAProxy is down (or not installed yet)
        socket->deleteLater();
        return;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(config);
    QTimer::singleShot(10000, socket, [socket] { socket->abort(); socket->deleteLater(); });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::sslErrors, socket, [socket] { socket->abort(); });
    connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
        // The request so far lives on the socket, so it goes with it.
        const QByteArray request = socket->property("request").toByteArray() + socket->readAll();
        socket->setProperty("request", request);
        if (!request.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
        const QByteArray method = requestLine.value(0);
        const QByteArray path = requestLine.value(1);
        QByteArray answer;
        if (path == "/health-check" && method == "GET")
            answer = response(200, "OK", "OK\n", m_hostname);
        else if (path == "/signin" && method == "GET")
            answer = response(200, "OK", "AgileSec Platform sign-in (SIMULATION)\n", m_hostname);
        else if ((path == "/v1/oauth2/token" || path == "/v3/ingest") && method != "POST")
            answer = response(405, "Method Not Allowed", "POST only\n", m_hostname, "Allow: POST\r\n");
        else
            answer = response(404, "Not Found", "not found\n", m_hostname);
        socket->write(answer);
        socket->disconnectFromHost();
    });
    socket->startServerEncryption();
}
