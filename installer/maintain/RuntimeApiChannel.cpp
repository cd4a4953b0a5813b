#include "maintain/RuntimeApiChannel.h"

#include "ssh/SshSession.h"
#include "util/ShellQuote.h"

#include <QElapsedTimer>
#include <QLocalSocket>

namespace {
constexpr int kTimeoutMs = 10000;
}

RuntimeApiChannel::RuntimeApiChannel(QString lbHostname, QString socketPath, bool local, SshEndpoint endpoint, QByteArray sshPassword, QByteArray sudoPassword)
    : m_lbHostname(std::move(lbHostname))
    , m_socketPath(std::move(socketPath))
    , m_local(local)
    , m_endpoint(std::move(endpoint))
    , m_sshPassword(std::move(sshPassword))
    , m_sudoPassword(std::move(sudoPassword))
{
}

RuntimeApiChannel::~RuntimeApiChannel() = default;

QByteArray RuntimeApiChannel::send(const QString &command, QString *error)
{
    QMutexLocker lock(&m_mutex);
    error->clear();
    if (command.contains(QLatin1Char('\n')) || command.contains(QLatin1Char(';'))) {
        *error = QStringLiteral("refused to send a runtime API command holding a line break or ';'");
        return {};
    }
    return m_local ? sendLocal(command, error) : sendOverSsh(command, error);
}

QByteArray RuntimeApiChannel::sendLocal(const QString &command, QString *error) const
{
    // Non-interactive mode: HAProxy answers one line and closes the connection.
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(kTimeoutMs)) {
        *error = QStringLiteral("%1: cannot open HAProxy's runtime API at %2: %3").arg(m_lbHostname, m_socketPath, socket.errorString());
        return {};
    }
    socket.write(command.toUtf8() + '\n');
    socket.flush();
    QByteArray reply;
    QElapsedTimer clock;
    clock.start();
    while (socket.state() == QLocalSocket::ConnectedState && clock.elapsed() < kTimeoutMs) {
        if (socket.waitForReadyRead(200))
            reply += socket.readAll();
    }
    reply += socket.readAll();
    if (socket.state() == QLocalSocket::ConnectedState) {
        *error = QStringLiteral("%1: HAProxy's runtime API did not finish its answer within %2 s").arg(m_lbHostname).arg(kTimeoutMs / 1000);
        return {};
    }
    return reply;
}

QByteArray RuntimeApiChannel::sendOverSsh(const QString &command, QString *error)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_session || !m_session->isConnected()) {
            QString why;
            if (!(m_session = SshSession::open(m_endpoint, m_sshPassword, &why))) {
                *error = QStringLiteral("%1: cannot connect for HAProxy's runtime API: %2").arg(m_lbHostname, why);
                return {};
            }
        }
        ExecOptions options;
        options.capture = true;
        options.timeoutMs = kTimeoutMs;
        options.stdinData = command.toUtf8() + '\n';
        const QString remote = QStringLiteral("command -v socat >/dev/null || { echo 'socat is not installed (Debian: apt-get install socat)' >&2; exit 127; }; "
                                              "sudo socat stdio UNIX-CONNECT:%1")
                                   .arg(ShellQuote::quote(m_socketPath));
        const ExecResult r = m_sudoPassword.isEmpty() ? m_session->exec(remote, options) : m_session->execWithSudo(remote, m_sudoPassword, options);
        if (r.connectionLost) {
            m_session.reset(); // once more on a new session
            *error = QStringLiteral("%1: %2").arg(m_lbHostname, r.describe());
            continue;
        }
        if (!r.ok()) {
            const QString why = QString::fromUtf8(r.stderrData).trimmed();
            *error = QStringLiteral("%1: the runtime API at %2 failed (%3)%4").arg(m_lbHostname, m_socketPath, r.describe(), why.isEmpty() ? QString() : QStringLiteral(": ") + why);
            return {};
        }
        return r.stdoutData;
    }
    return {};
}
