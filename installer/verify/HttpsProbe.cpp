#include "verify/HttpsProbe.h"

#include <QElapsedTimer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

std::pair<QString, int> HttpsProbe::splitHostPort(const QString &entry, int defaultPort)
{
    const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && entry.count(QLatin1Char(':')) == 1) {
        const int port = entry.mid(colon + 1).toInt();
        return {entry.left(colon), port > 0 ? port : defaultPort};
    }
    return {entry, defaultPort};
}

HttpsProbe::Result HttpsProbe::get(const QString &address, int port, const QString &fqdn, const QByteArray &caPem, const QByteArray &path, int timeoutMs)
{
    Result r;
    QElapsedTimer clock;
    clock.start();
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromData(caPem)); // only our CA: a public one does not count
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(config);
    socket.connectToHostEncrypted(address, quint16(port), fqdn); // fqdn: SNI and the name checked
    if (!socket.waitForConnected(timeoutMs)) {
        r.error = HttpsProbe::tr("cannot connect to %1:%2: %3").arg(address).arg(port).arg(socket.errorString());
        return r;
    }
    r.connected = true;
    if (!socket.waitForEncrypted(timeoutMs)) {
        QStringList problems;
        for (const QSslError &e : socket.sslHandshakeErrors())
            problems << e.errorString();
        r.error = QStringLiteral("TLS with %1:%2 as %3 failed: %4").arg(address).arg(port).arg(fqdn, problems.isEmpty() ? socket.errorString() : problems.join(QStringLiteral("; ")));
        return r;
    }
    r.tlsOk = true;
    const QSslCertificate peer = socket.peerCertificate();
    r.certificateCn = peer.subjectInfo(QSslCertificate::CommonName).value(0);
    const auto sans = peer.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it)
        r.certificateSans << it.value();
    r.certificateExpiry = peer.expiryDate();
    socket.write("GET " + path + " HTTP/1.1\r\nHost: " + fqdn.toUtf8() + "\r\nUser-Agent: agilesec-installer\r\nConnection: close\r\n\r\n");
    QByteArray reply;
    QElapsedTimer wait;
    wait.start();
    while (!reply.contains("\r\n\r\n") && wait.elapsed() < timeoutMs) {
        if (!socket.waitForReadyRead(int(timeoutMs - wait.elapsed())))
            break;
        reply += socket.readAll();
    }
    reply += socket.readAll();
    const qsizetype lineEnd = reply.indexOf("\r\n");
    const QList<QByteArray> statusLine = reply.left(lineEnd).split(' ');
    r.status = statusLine.value(1).toInt();
    if (r.status == 0)
        r.error = HttpsProbe::tr("no HTTP answer from %1:%2 for %3").arg(address).arg(port).arg(QString::fromLatin1(path));
    for (const QByteArray &line : reply.left(reply.indexOf("\r\n\r\n")).split('\n')) {
        if (line.toLower().startsWith("x-agilesec-node:"))
            r.servedBy = QString::fromUtf8(line.mid(16).trimmed());
    }
    r.milliseconds = clock.elapsed();
    return r;
}
