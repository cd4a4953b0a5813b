#pragma once

#include <QCoreApplication>
#include <QString>

// Why a TCP/SSH connection to a node failed, found out the way an operator would (does the
// name resolve, does the port answer, does the server speak), with the next thing to check.
// libssh says "Socket error: disconnected" for most of these.
class ConnectFailure
{
    Q_DECLARE_TR_FUNCTIONS(ConnectFailure) // messages in the wizard's language, English in the CLI

public:
    // host and port as the connection used them (after ssh_config's HostName and Port);
    // libsshError: what libssh said; viaProxy: ssh_config's ProxyCommand made the connection;
    // jumpHosts: the native ProxyJump hops it went through ("" when none).
    static QString explain(const QString &host, int port, int timeoutSeconds, const QString &libsshError, bool viaProxy,
                           const QString &jumpHosts = {});
};
