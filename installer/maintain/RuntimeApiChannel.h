#pragma once

#include "core/ExternalAccess.h"
#include "ssh/SshEndpoint.h"

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <memory>

class SshSession;

// One LB node's HAProxy runtime API: a command in, HAProxy's reply out. Either over SSH (the
// node's pinned host key, then `sudo socat` on the node's admin socket, the command on stdin,
// so nothing of it reaches the node's process list) or, for a socket on this machine (the lab,
// or the installer running on the LB node), straight to the socket. The SSH session is kept for
// the run and made again when it drops.
class RuntimeApiChannel
{
public:
    // local: ExternalAccess::haproxyRuntimeApi == "local"; endpoint is unused then.
    RuntimeApiChannel(QString lbHostname, QString socketPath, bool local, SshEndpoint endpoint, QByteArray sshPassword, QByteArray sudoPassword);
    ~RuntimeApiChannel();
    RuntimeApiChannel(const RuntimeApiChannel &) = delete;
    RuntimeApiChannel &operator=(const RuntimeApiChannel &) = delete;

    // HAProxy's reply; *error says why there is none (connection, socket, socat missing).
    QByteArray send(const QString &command, QString *error);
    const QString &lbHostname() const { return m_lbHostname; }

private:
    QByteArray sendLocal(const QString &command, QString *error) const;
    QByteArray sendOverSsh(const QString &command, QString *error);

    const QString m_lbHostname;
    const QString m_socketPath;
    const bool m_local;
    const SshEndpoint m_endpoint;
    const QByteArray m_sshPassword;
    const QByteArray m_sudoPassword;
    std::unique_ptr<SshSession> m_session;
    QMutex m_mutex; // one command at a time on the session
};
