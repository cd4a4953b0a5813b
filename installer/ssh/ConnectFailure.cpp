#include "ssh/ConnectFailure.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QTcpSocket>

QString ConnectFailure::explain(const QString &host, int port, int timeoutSeconds, const QString &libsshError, bool viaProxy,
                               const QString &jumpHosts)
{
    // The last jump host reached host:port (its channel opened): what failed is the SSH
    // handshake with the node itself, which only the node's side can explain.
    if (!jumpHosts.isEmpty())
        return ConnectFailure::tr("%1 (jump host %2 reached %3:%4, then the node's SSH server ended the handshake: look at its sshd log, "
                              "for example a MaxStartups limit or a key exchange it refuses, or check that %4 is its SSH port; "
                              "compare with ssh -v -J %2 -p %4 %3)")
            .arg(libsshError, jumpHosts, host)
            .arg(port);
    if (viaProxy)
        return ConnectFailure::tr("%1 (through the ProxyCommand of ssh_config: try that hop with ssh -v first)").arg(libsshError);
    QHostAddress address(host);
    if (address.isNull()) {
        const QHostInfo info = QHostInfo::fromName(host);
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
            return ConnectFailure::tr("the name %1 does not resolve from this machine (%2): check DNS, /etc/hosts, the VPN, or give the node's address "
                                  "(or an ssh_config HostName)")
                .arg(host, info.errorString());
        address = info.addresses().first();
    }
    QTcpSocket socket;
    socket.connectToHost(address, quint16(port));
    if (!socket.waitForConnected(timeoutSeconds * 1000)) {
        switch (socket.error()) {
        case QAbstractSocket::ConnectionRefusedError:
            return ConnectFailure::tr("connection refused on %1 port %2: no sshd listens there (is it running, on another port, or is the port "
                                  "filtered with a reject rule?)")
                .arg(address.toString())
                .arg(port);
        case QAbstractSocket::NetworkError:
            return ConnectFailure::tr("no route to %1 port %2 (%3): check the VPN, the routing table and the address")
                .arg(address.toString())
                .arg(port)
                .arg(socket.errorString());
        case QAbstractSocket::SocketTimeoutError:
            return ConnectFailure::tr("no answer from %1 port %2 within %3 s: the node is down, or a firewall drops the packets (security groups, "
                                  "host firewall), or the VPN is not up")
                .arg(address.toString())
                .arg(port)
                .arg(timeoutSeconds);
        default:
            return ConnectFailure::tr("cannot reach %1 port %2: %3").arg(address.toString()).arg(port).arg(socket.errorString());
        }
    }
    socket.abort();
    return ConnectFailure::tr("%1 port %2 accepts connections but the SSH handshake failed (%3): the server closed or stalled during the key "
                          "exchange; sshd may be refusing new connections (MaxStartups, too many at once), be overloaded, or not be an SSH server")
        .arg(address.toString())
        .arg(port)
        .arg(libsshError);
}
