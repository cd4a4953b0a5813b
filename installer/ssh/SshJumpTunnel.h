#pragma once

#include <QCoreApplication>
#include "ssh/SshCredentials.h"
#include "ssh/SshEndpoint.h"
#include "ssh/SshJumpHost.h"
#include "ssh/SshSession.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

#include <atomic>
#include <memory>
#include <thread>

struct ssh_channel_struct;

// A ProxyJump hop done natively: a session to the jump host, verified and authenticated like
// any other (its own pin, known_hosts, @revoked, auth), a direct-tcpip channel from it to the
// next host, and a local socket pair whose one end the next session uses as its connection
// (SSH_OPTIONS_FD). A pump thread, the only user of the jump session once open, copies bytes
// between the channel and the other end. The next session's host key is checked as if it
// were reached directly, against its own pin: the jump host sees only ciphertext.
class SshJumpTunnel
{
    Q_DECLARE_TR_FUNCTIONS(SshJumpTunnel) // messages in the wizard's language, English in the CLI

public:
    ~SshJumpTunnel();
    SshJumpTunnel(const SshJumpTunnel &) = delete;
    SshJumpTunnel &operator=(const SshJumpTunnel &) = delete;

    // Connects through hops (the last is the one that opens the channel) to targetHost:
    // targetPort. target gives the settings the hops inherit (config, known_hosts, auth, pins).
    // The target's password is never offered to a jump host. nullptr with *error naming the hop,
    // and *refused set when a hop's host key was the cause.
    static std::unique_ptr<SshJumpTunnel> open(const SshEndpoint &target, const SshCredentials &credentials, const QList<SshJumpHost> &hops,
                                               const QString &targetHost, int targetPort, QString *error, SshSession::RefusedJumpHost *refused);
    // The endpoint a session to hops[index] uses.
    static SshEndpoint hopEndpoint(const SshEndpoint &target, const QList<SshJumpHost> &hops, qsizetype index);

    qintptr localSocket() const { return m_localSocket; } // for SSH_OPTIONS_FD; its session closes it
    const SshSession &jumpSession() const { return *m_jump; }
    // Host keys this tunnel's sessions accepted as new ("host:port", fingerprint), nearest first.
    QList<QPair<QString, QString>> acceptedPins() const;
    // The keys this tunnel's jump hosts showed and passed ("host:port", "<type> <base64>"), nearest first.
    QList<QPair<QString, QString>> hostKeys() const;

private:
    SshJumpTunnel() = default;
    void pump();

    std::unique_ptr<SshSession> m_jump;
    ssh_channel_struct *m_channel = nullptr;
    qintptr m_localSocket = -1; // the end the next session reads and writes
    qintptr m_pumpSocket = -1;  // the end the pump copies to and from the channel
    std::atomic<bool> m_stop{false};
    std::thread m_pump;
};
