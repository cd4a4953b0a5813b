#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <utility>

// One HTTPS request over real TLS, trusting only the given CA (our cluster CA or an imported
// one): connects to an address but speaks to the FQDN (SNI, certificate name, Host header),
// as a browser that resolved the FQDN to that address would.
class HttpsProbe
{
    Q_DECLARE_TR_FUNCTIONS(HttpsProbe) // messages in the wizard's language, English in the CLI

public:
    struct Result {
        bool connected = false;
        bool tlsOk = false;
        int status = 0;            // HTTP status; 0 when none
        QString servedBy;          // X-AgileSec-Node, when the server names itself
        QString error;             // connection / TLS problem, for people
        QString certificateCn;
        QStringList certificateSans;
        QDateTime certificateExpiry;
        qint64 milliseconds = 0;
        // Why it is not a 200, for a message: the connection's or TLS's error, else the status.
        QString problem() const { return error.isEmpty() ? QString::number(status) : error; }
    };
    // "HOST:PORT", or "HOST" (a bare IPv6 address included) with defaultPort; an empty or zero
    // port means defaultPort too.
    static std::pair<QString, int> splitHostPort(const QString &entry, int defaultPort);
    static Result get(const QString &address, int port, const QString &fqdn, const QByteArray &caPem, const QByteArray &path, int timeoutMs = 5000);
};
