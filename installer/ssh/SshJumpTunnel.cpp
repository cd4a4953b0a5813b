#include "ssh/SshJumpTunnel.h"

#include "ssh/SshConfigLookup.h"
#include "ssh/SshSession.h"

#include <libssh/libssh.h>

#include <algorithm>
#include <vector>

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
namespace {
using Native = SOCKET;
int pollSockets(WSAPOLLFD *fds, ULONG count, int timeoutMs) { return WSAPoll(fds, count, timeoutMs); }
using PollEntry = WSAPOLLFD;
void closeSocket(qintptr s) { closesocket(Native(s)); }
constexpr int kShutBoth = SD_BOTH;
constexpr int kSendFlags = 0;
// Windows has no socketpair(): a loopback listener, one connection, the listener closed.
bool makeSocketPair(qintptr out[2])
{
    Native listener = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    if (listener == INVALID_SOCKET)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int length = sizeof address;
    Native a = INVALID_SOCKET, b = INVALID_SOCKET;
    if (bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 && listen(listener, 1) == 0
        && getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) == 0
        && (a = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)) != INVALID_SOCKET
        && connect(a, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0)
        b = accept(listener, nullptr, nullptr);
    closesocket(listener);
    if (b == INVALID_SOCKET) {
        if (a != INVALID_SOCKET)
            closesocket(a);
        return false;
    }
    out[0] = qintptr(a);
    out[1] = qintptr(b);
    return true;
}
} // namespace
#else
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
namespace {
using PollEntry = pollfd;
int pollSockets(pollfd *fds, nfds_t count, int timeoutMs) { return poll(fds, count, timeoutMs); }
void closeSocket(qintptr s) { ::close(int(s)); }
constexpr int kShutBoth = SHUT_RDWR;
#ifdef MSG_NOSIGNAL
constexpr int kSendFlags = MSG_NOSIGNAL; // a closed peer is an error to handle, not a SIGPIPE
#else
constexpr int kSendFlags = 0;
#endif
bool makeSocketPair(qintptr out[2])
{
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, pair) != 0)
        return false;
#ifdef SO_NOSIGPIPE
    const int on = 1;
    setsockopt(pair[0], SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
    setsockopt(pair[1], SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#endif
    out[0] = pair[0];
    out[1] = pair[1];
    return true;
}
} // namespace
#endif

namespace {
bool sendAll(qintptr socket, const char *data, int size)
{
    while (size > 0) {
        const auto sent = send(decltype(PollEntry::fd)(socket), data, size_t(size), kSendFlags);
        if (sent <= 0)
            return false;
        data += sent;
        size -= int(sent);
    }
    return true;
}

// Why sshd on the jump host refused to open the channel, from the SSH_MSG_CHANNEL_OPEN_FAILURE
// reason libssh quotes ("... error (2) ..."): RFC 4254 section 5.1.
QString channelRefusal(const QString &said, const QString &jump, const QString &host, int port)
{
    const QString target = QStringLiteral("%1:%2").arg(host).arg(port);
    if (said.contains(QLatin1String("(1)")))
        return SshJumpTunnel::tr("jump host %1 refuses to forward connections (AllowTcpForwarding, DisableForwarding or PermitOpen in its "
                              "sshd_config, or a restrict option on the key): %2")
            .arg(jump, said);
    if (said.contains(QLatin1String("(2)")))
        return SshJumpTunnel::tr("jump host %1 cannot connect to %2 (%3): check from the jump host that %2 is up and reachable, for example "
                              "with ssh -J %1 -p %4 %5")
            .arg(jump, target, said)
            .arg(port)
            .arg(host);
    return SshJumpTunnel::tr("jump host %1 could not open a connection to %2: %3").arg(jump, target, said);
}
} // namespace

SshEndpoint SshJumpTunnel::hopEndpoint(const SshEndpoint &target, const QList<SshJumpHost> &hops, qsizetype index)
{
    const SshJumpHost &hop = hops.at(index);
    SshEndpoint e = target;
    e.host = hop.host;
    e.port = hop.port;
    e.user = hop.user;
    // As OpenSSH: the hop's own ssh_config IdentityFile first; else the project's key, which
    // an operator usually shares between the bastion and the nodes.
    if (!SshConfigLookup::lookup(target.configFile, hop.host, hop.user).identityFiles.isEmpty())
        e.identityFile.clear();
    // ssh -J a,b runs b's session through a, and a's with its own ssh_config ProxyJump.
    e.proxyJump = index == 0 ? QString() : SshJumpHost::joinList(hops.mid(0, index));
    e.jumpDepth = target.jumpDepth + int(index) + 1;
    const QString id = SshSession::hostKeyIdFor(hop.host, hop.port);
    e.pinnedFingerprint = target.jumpHostPins.value(id);
    e.acceptedFingerprints.clear();
    if (target.jumpHostAccepted.contains(id))
        e.acceptedFingerprints << target.jumpHostAccepted.value(id);
    return e;
}

std::unique_ptr<SshJumpTunnel> SshJumpTunnel::open(const SshEndpoint &target, const SshCredentials &credentials, const QList<SshJumpHost> &hops,
                                                   const QString &targetHost, int targetPort, QString *error,
                                                   SshSession::RefusedJumpHost *refused)
{
    const qsizetype last = hops.size() - 1;
    const SshJumpHost &hop = hops.at(last);
    const QString jumpName = SshJumpTunnel::tr("jump host %1").arg(hop.toString());
    const QString targetName = QStringLiteral("%1:%2").arg(targetHost).arg(targetPort);
    if (target.jumpDepth + hops.size() > 8) {
        *error = SshJumpTunnel::tr("more than 8 jump hosts lead to %1: is there a ProxyJump loop in ssh_config (a Host * block that also "
                                "matches the jump host)?")
                     .arg(targetName);
        return nullptr;
    }
    std::unique_ptr<SshJumpTunnel> tunnel(new SshJumpTunnel);
    // The target's password is for the target: a jump host gets only the means to ask.
    SshCredentials hopCredentials;
    hopCredentials.askSecret = credentials.askSecret;
    tunnel->m_jump = std::make_unique<SshSession>(hopEndpoint(target, hops, last), hopCredentials);
    if (!tunnel->m_jump->connect()) {
        const SshSession &jump = *tunnel->m_jump;
        if (jump.refusedJumpHost().refusal != SshSession::HostKeyRefusal::None)
            *refused = jump.refusedJumpHost(); // an earlier hop of the chain
        else if (jump.hostKeyRefusal() != SshSession::HostKeyRefusal::None)
            *refused = {jump.hostKeyId(), jump.serverFingerprint(), jump.serverPublicKey(), jump.hostKeyRefusal()};
        const QString said = jump.error();
        *error = said.startsWith(QLatin1String("jump host ")) ? said : QStringLiteral("%1: %2").arg(jumpName, said);
        return nullptr;
    }
    tunnel->m_channel = ssh_channel_new(tunnel->m_jump->handle());
    if (!tunnel->m_channel
        || ssh_channel_open_forward(tunnel->m_channel, targetHost.toUtf8().constData(), targetPort, "127.0.0.1", 0) != SSH_OK) {
        *error = channelRefusal(QString::fromUtf8(ssh_get_error(tunnel->m_jump->handle())), hop.toString(), targetHost, targetPort);
        return nullptr;
    }
    qintptr pair[2];
    if (!makeSocketPair(pair)) {
        *error = SshJumpTunnel::tr("%1: cannot make a local socket pair for the tunnel").arg(jumpName);
        return nullptr;
    }
    tunnel->m_localSocket = pair[0];
    tunnel->m_pumpSocket = pair[1];
    tunnel->m_pump = std::thread([raw = tunnel.get()] { raw->pump(); });
    return tunnel;
}

SshJumpTunnel::~SshJumpTunnel()
{
    m_stop = true;
    if (m_pump.joinable())
        m_pump.join();
    if (m_channel) {
        ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
    }
    if (m_pumpSocket != -1)
        closeSocket(m_pumpSocket);
    m_jump.reset();
}

QList<QPair<QString, QString>> SshJumpTunnel::acceptedPins() const
{
    QList<QPair<QString, QString>> pins = m_jump->acceptedJumpPins();
    if (m_jump->shouldPin())
        pins << qMakePair(m_jump->hostKeyId(), m_jump->serverFingerprint());
    return pins;
}

QList<QPair<QString, QString>> SshJumpTunnel::hostKeys() const
{
    QList<QPair<QString, QString>> keys = m_jump->jumpHostKeys();
    keys << qMakePair(m_jump->hostKeyId(), m_jump->serverPublicKey());
    return keys;
}

void SshJumpTunnel::pump()
{
    std::vector<char> buffer(64 * 1024);
    const auto local = decltype(PollEntry::fd)(m_pumpSocket);
    while (!m_stop) {
        // What libssh already holds for the channel goes first: poll() would not see it.
        const int ready = ssh_channel_poll(m_channel, 0);
        if (ready == SSH_ERROR || ready == SSH_EOF)
            break;
        if (ready > 0) {
            const int n = ssh_channel_read_nonblocking(m_channel, buffer.data(), uint32_t(std::min<size_t>(size_t(ready), buffer.size())), 0);
            if (n < 0 || (n > 0 && !sendAll(m_pumpSocket, buffer.data(), n)))
                break;
            continue;
        }
        PollEntry fds[2] = {};
        fds[0].fd = local;
        fds[0].events = POLLIN;
        fds[1].fd = decltype(PollEntry::fd)(ssh_get_fd(m_jump->handle()));
        fds[1].events = POLLIN;
        if (pollSockets(fds, 2, 100) < 0)
            break;
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            const auto n = recv(local, buffer.data(), int(buffer.size()), 0);
            if (n <= 0) {
                ssh_channel_send_eof(m_channel); // the session on our side is done
                break;
            }
            if (ssh_channel_write(m_channel, buffer.data(), uint32_t(n)) != int(n))
                break;
        }
    }
    // Either side gone: the session reading the other end sees the end at once.
    shutdown(local, kShutBoth);
}
