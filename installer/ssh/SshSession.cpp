#include "ssh/SshSession.h"

#include "ssh/ConnectFailure.h"
#include "ssh/HandshakeGate.h"
#include "ssh/HostCertificate.h"
#include "ssh/KeyPassphrase.h"
#include "ssh/LineSplitter.h"
#include "ssh/SshJumpTunnel.h"
#include "ssh/PrivateKeyFile.h"

#include <libssh/libssh.h>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace {
struct KeyFree {
    void operator()(ssh_key k) const { ssh_key_free(k); }
};
using Key = std::unique_ptr<ssh_key_struct, KeyFree>;

QString methodNames(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    if (methods & SSH_AUTH_METHOD_HOSTBASED)
        names << QStringLiteral("hostbased");
    return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
}
} // namespace

SshSession::SshSession(SshEndpoint endpoint, SshCredentials credentials)
    : m_endpoint(std::move(endpoint))
    , m_credentials(std::move(credentials))
{
}

SshSession::~SshSession()
{
    disconnect();
}

void SshSession::disconnect()
{
    if (m_session) {
        ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
    m_tunnel.reset();
}

QList<QPair<QString, QString>> SshSession::acceptedJumpPins() const { return m_tunnel ? m_tunnel->acceptedPins() : QList<QPair<QString, QString>>{}; }
QList<QPair<QString, QString>> SshSession::jumpHostKeys() const { return m_tunnel ? m_tunnel->hostKeys() : QList<QPair<QString, QString>>{}; }

bool SshSession::openJumpTunnel()
{
    m_jumpHosts.clear();
    m_refusedJump = {};
    QString error;
    const QString spec = m_endpoint.proxyJump.isEmpty() ? m_config.proxyJump : m_endpoint.proxyJump;
    const QList<SshJumpHost> hops = SshJumpHost::parseList(spec, &error);
    if (!error.isEmpty()) {
        m_error = SshSession::tr("cannot connect to %1: ProxyJump %2").arg(description(), error);
        return false;
    }
    // libssh 0.10 turns ssh_config's ProxyJump into an "ssh -W" ProxyCommand that would bypass
    // our checks: ProxyJump is ours alone, "none" included.
    if (!m_config.proxyJump.isEmpty() || !hops.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_PROXYCOMMAND, "none");
    if (hops.isEmpty())
        return true;
    m_tunnel = SshJumpTunnel::open(m_endpoint, m_credentials, hops, resolvedHost(), int(m_port), &error, &m_refusedJump);
    if (!m_tunnel) {
        m_error = SshSession::tr("cannot connect to %1 through %2: %3").arg(description(), SshJumpHost::joinList(hops), error);
        return false;
    }
    // The tunnel is the connection.
    socket_t fd = socket_t(m_tunnel->localSocket());
    ssh_options_set(m_session, SSH_OPTIONS_FD, &fd);
    m_jumpHosts = SshJumpHost::joinList(hops);
    return true;
}

bool SshSession::isConnected() const
{
    return m_session && ssh_is_connected(m_session);
}

QString SshSession::hostKeyId() const
{
    return hostKeyIdFor(m_endpoint.host, int(m_port));
}

QString SshSession::description() const
{
    const QString destination = QStringLiteral("%1@%2:%3").arg(m_user, m_endpoint.host).arg(m_port ? m_port : 22);
    return m_jumpHosts.isEmpty() ? destination : SshSession::tr("%1 through %2").arg(destination, m_jumpHosts);
}

bool SshSession::connect()
{
    const HandshakeGate::Pass pass; // a few handshakes at once (MaxStartups)
    disconnect();
    m_error.clear();
    m_trust = HostKeyTrust::None;
    m_refusal = HostKeyRefusal::None;
    m_certificate.clear();
    m_session = ssh_new();
    if (!m_session) {
        m_error = SshSession::tr("cannot create an SSH session");
        return false;
    }
    const QByteArray host = m_endpoint.host.toUtf8();
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    // ssh_config is read explicitly (its Host, HostName, User, Port, IdentityFile and
    // ProxyCommand apply), then explicit settings override it, as with OpenSSH's -p and -l.
    bool processConfig = false;
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    if (m_endpoint.configFile != QLatin1String("none")) {
        const QString config = m_endpoint.configFile.isEmpty() ? QDir::home().filePath(QStringLiteral(".ssh/config")) : m_endpoint.configFile;
        if (QFileInfo::exists(config) && ssh_options_parse_config(m_session, config.toUtf8().constData()) != SSH_OK) {
            m_error = SshSession::tr("%1: cannot parse the SSH configuration: %2").arg(config, QString::fromUtf8(ssh_get_error(m_session)));
            return false;
        }
    }
    if (m_endpoint.port > 0) {
        const unsigned int port = unsigned(m_endpoint.port);
        ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    }
    if (!m_endpoint.user.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_USER, m_endpoint.user.toUtf8().constData());
    const long timeout = m_endpoint.connectTimeoutSeconds;
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeout);
    const int noDelay = 1;
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &noDelay);
    // Prefer AES-GCM: hardware-accelerated on current CPUs, so bulk uploads are not cipher-bound.
    const char *ciphers = "aes128-gcm@openssh.com,aes256-gcm@openssh.com,chacha20-poly1305@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr";
    ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_C_S, ciphers);
    ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_S_C, ciphers);

    ssh_options_get_port(m_session, &m_port);
    char *user = nullptr;
    if (ssh_options_get(m_session, SSH_OPTIONS_USER, &user) != SSH_OK) {
        ssh_options_set(m_session, SSH_OPTIONS_USER, nullptr); // as OpenSSH: the local user
        ssh_options_get(m_session, SSH_OPTIONS_USER, &user);
    }
    if (user) {
        m_user = QString::fromUtf8(user);
        ssh_string_free_char(user);
    }
    m_config = SshConfigLookup::lookup(m_endpoint.configFile, m_endpoint.host, m_user);
    // libssh checks plain keys against one file: the first the session reads (markers are ours).
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, knownHostsFiles().first().toUtf8().constData());
    if (!m_config.identityAgent.isEmpty() && m_config.identityAgent != QLatin1String("none"))
        ssh_options_set(m_session, SSH_OPTIONS_IDENTITY_AGENT, m_config.identityAgent.toUtf8().constData());
    if (!openJumpTunnel()) {
        disconnect();
        return false;
    }
    if (ssh_connect(m_session) != SSH_OK) {
        const QString said = QString::fromUtf8(ssh_get_error(m_session));
        char *proxy = nullptr;
        const bool viaProxy = !m_tunnel && ssh_options_get(m_session, SSH_OPTIONS_PROXYCOMMAND, &proxy) == SSH_OK && proxy && *proxy
            && qstrcmp(proxy, "none") != 0;
        if (proxy)
            ssh_string_free_char(proxy);
        m_error = SshSession::tr("cannot connect to %1: %2")
                      .arg(description(), ConnectFailure::explain(resolvedHost(), int(m_port), m_endpoint.connectTimeoutSeconds, said, viaProxy, m_jumpHosts));
        disconnect();
        return false;
    }
    if (!verifyHostKey() || !authenticate()) {
        disconnect();
        return false;
    }
    return true;
}

bool SshSession::verifyHostKey()
{
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(m_session, &rawKey) != SSH_OK) {
        m_error = SshSession::tr("%1 sent no host key").arg(description());
        return false;
    }
    Key key(rawKey);
    char *presented = nullptr;
    if (ssh_pki_export_pubkey_base64(key.get(), &presented) != SSH_OK) {
        m_error = SshSession::tr("cannot read the host key of %1").arg(description());
        return false;
    }
    QByteArray keyBase64(presented);
    ssh_string_free_char(presented);
    QString keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));
    const QList<KnownHostsFile::Entry> known = KnownHostsFile::entriesFor(knownHostsFiles(), knownHostNames());
    // A certificate's key is the node's own plain key from here on: pins and known_hosts lines name that.
    const HostCertificateTrust::Verdict verdict = HostCertificateTrust::forSession(keyType, keyBase64, known, resolvedHost(), int(m_port),
                                                                                   m_endpoint.connectTimeoutSeconds, QDateTime::currentSecsSinceEpoch(), m_jumpHosts);
    const bool certificate = HostCertificate::isCertificateType(keyType);
    keyBase64 = verdict.plainKeyBase64;
    keyType = verdict.plainKeyType;
    m_fingerprint = KnownHostsFile::fingerprint(keyBase64); // SHA-256 of the key blob, as ssh-keygen -l
    m_publicKey = keyType + QLatin1Char(' ') + QString::fromLatin1(keyBase64);
    if (!refuseRevoked(known, keyBase64))
        return false; // before any pin or acceptance: a revoked key is never trusted
    if (verdict.kind != HostCertificateTrust::Verdict::Kind::NoCa)
        return judgeCertificate(verdict);

    const QString id = hostKeyId();
    const bool explicitlyAccepted = m_endpoint.acceptedFingerprints.contains(m_fingerprint);
    const QString changedWarning = SshSession::tr(
        "WARNING: the host key of %1 has CHANGED. Known fingerprint: %2; presented now: %3.\n"
        "This can mean someone is intercepting the connection (a man-in-the-middle attack). Nothing was sent.\n"
        "If the node was re-imaged or its SSH keys were regenerated, confirm the new fingerprint on the node itself "
        "(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) and re-pin it explicitly with --accept-host-key %4=%3.");

    if (!m_endpoint.pinnedFingerprint.isEmpty()) {
        if (m_endpoint.pinnedFingerprint == m_fingerprint) {
            m_trust = HostKeyTrust::Pinned;
            return true;
        }
        if (explicitlyAccepted) {
            m_trust = HostKeyTrust::AcceptedChanged;
            return true;
        }
        m_refusal = HostKeyRefusal::Changed;
        m_error = changedWarning.arg(id, m_endpoint.pinnedFingerprint, m_fingerprint, id);
        return false;
    }
    // libssh would compare a certificate with known_hosts lines as a whole key; OpenSSH, with no CA
    // for it, compares its plain key.
    // libssh also reads only one user file, where ssh_config may name several.
    const bool ours = certificate || m_config.userKnownHostsFiles.size() > 1;
    switch (ours ? ssh_known_hosts_e(KnownHostsFile::plainKeyStatus(known, keyBase64)) : ssh_session_is_known_server(m_session)) {
    case SSH_KNOWN_HOSTS_OK:
        m_trust = HostKeyTrust::KnownHosts;
        return true;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        if (explicitlyAccepted) {
            m_trust = HostKeyTrust::AcceptedChanged;
            return true;
        }
        m_refusal = HostKeyRefusal::Changed;
        const QStringList others = KnownHostsFile::otherKeys(known, keyBase64);
        m_error = changedWarning.arg(id, others.isEmpty() ? SshSession::tr("(another key, in %1)").arg(knownHostsFiles().first()) : others.join(QStringLiteral("; ")),
                                     m_fingerprint, id);
        return false;
    }
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        if (explicitlyAccepted || m_endpoint.acceptNewHostKeys) {
            m_trust = HostKeyTrust::AcceptedNew;
            return true;
        }
        m_refusal = HostKeyRefusal::Unknown;
        m_error = SshSession::tr("the host key of %1 is not known yet: %2\n"
                                 "Compare it with the host's own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on that host), then "
                                 "accept it with --accept-host-key %1=%2 (or --accept-new-host-keys to accept every unknown key).%3")
                      .arg(id, m_fingerprint, verdict.detail.isEmpty() ? QString() : SshSession::tr("\nNote: ") + verdict.detail + QLatin1Char('.'));
        return false;
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    m_error = SshSession::tr("cannot check the host key of %1: %2").arg(id, QString::fromUtf8(ssh_get_error(m_session)));
    return false;
}

QStringList SshSession::identityFiles(bool withDefaults) const
{
    if (!m_endpoint.identityFile.isEmpty())
        return {m_endpoint.identityFile};
    if (!m_config.identityFiles.isEmpty())
        return m_config.identityFiles;
    QStringList defaults;
    if (withDefaults) {
        for (const char *name : {"id_rsa", "id_ecdsa", "id_ecdsa_sk", "id_ed25519", "id_ed25519_sk", "id_xmss", "id_dsa"}) {
            const QString path = QDir::home().filePath(QStringLiteral(".ssh/") + QLatin1String(name));
            if (QFileInfo::exists(path))
                defaults << path; // as OpenSSH: a default that does not exist is not an attempt
        }
    }
    return defaults;
}

QStringList SshSession::knownHostsFilesFor(const QString &knownHostsFile, const QStringList &configured)
{
    QStringList files = !knownHostsFile.isEmpty() ? QStringList{knownHostsFile}
                        : !configured.isEmpty()   ? configured
                                                  : QStringList{QDir::home().filePath(QStringLiteral(".ssh/known_hosts"))};
    files.removeAll(QStringLiteral("none"));
    return files << QStringLiteral("/etc/ssh/ssh_known_hosts");
}

QString SshSession::resolvedHost() const
{
    char *host = nullptr;
    if (!m_session || ssh_options_get(m_session, SSH_OPTIONS_HOST, &host) != SSH_OK)
        return m_endpoint.host;
    const QString resolved = QString::fromUtf8(host);
    ssh_string_free_char(host);
    return resolved;
}

QStringList SshSession::knownHostNames() const
{
    QStringList names{KnownHostsFile::hostName(m_endpoint.host, int(m_port)), KnownHostsFile::hostName(resolvedHost(), int(m_port))};
    names.removeDuplicates();
    return names;
}

bool SshSession::refuseRevoked(const QList<KnownHostsFile::Entry> &known, const QByteArray &keyBase64)
{
    const KnownHostsFile::Entry *revoked = KnownHostsFile::revokedEntry(known, keyBase64);
    if (!revoked)
        return true;
    m_refusal = HostKeyRefusal::Revoked;
    m_error = SshSession::tr("the host key of %1 (%2) is REVOKED: %3 line %4 marks it @revoked. Nothing was sent. "
                             "This key must not be trusted, whatever pin or answer says otherwise; ask the node's owner for its current key.")
                  .arg(hostKeyId(), m_fingerprint, revoked->file)
                  .arg(revoked->line);
    return false;
}

bool SshSession::judgeCertificate(const HostCertificateTrust::Verdict &verdict)
{
    if (verdict.kind == HostCertificateTrust::Verdict::Kind::Trusted) {
        m_trust = HostKeyTrust::Certificate;
        m_certificate = verdict.detail;
        return true;
    }
    // A CA the user trusts for this host vouches for the key, and its certificate is bad or
    // revoked: OpenSSH fails here rather than trying the plain key, and so do we.
    m_refusal = verdict.kind == HostCertificateTrust::Verdict::Kind::Revoked ? HostKeyRefusal::Revoked : HostKeyRefusal::Certificate;
    m_error = SshSession::tr("the host certificate of %1 (key %2) is refused: %3. Nothing was sent. Ask the node's owner for a certificate "
                             "valid for %4 (ssh-keygen -L -f <the node's certificate> shows its principals and validity).")
                  .arg(hostKeyId(), m_fingerprint, verdict.detail, resolvedHost());
    return false;
}

bool SshSession::authenticateWithKeyFile(const QString &path, QStringList *tried)
{
    if (!QFileInfo::exists(path)) {
        *tried << SshSession::tr("key %1 (the file does not exist)").arg(path);
        return false;
    }
    if (const QString problem = PrivateKeyFile::permissionProblem(path); !problem.isEmpty()) {
        *tried << SshSession::tr("key %1 (%2)").arg(path, problem);
        return false;
    }
    KeyPassphrase context{&m_credentials, path};
    ssh_key rawKey = nullptr;
    const int rc = ssh_pki_import_privkey_file(path.toUtf8().constData(), nullptr, KeyPassphrase::callback, &context, &rawKey);
    if (rc != SSH_OK) {
        *tried << (context.asked ? SshSession::tr("key %1 (wrong or no passphrase)").arg(path)
                                 : SshSession::tr("key %1 (not a private key libssh can read)").arg(path));
        return false;
    }
    Key key(rawKey);
    if (ssh_userauth_publickey(m_session, nullptr, key.get()) == SSH_AUTH_SUCCESS)
        return true;
    *tried << SshSession::tr("key %1 (not accepted by the server: is its public key in authorized_keys?)").arg(path);
    return false;
}

bool SshSession::authenticate()
{
    if (ssh_userauth_none(m_session, nullptr) == SSH_AUTH_SUCCESS)
        return true;
    const int methods = ssh_userauth_list(m_session, nullptr);
    QStringList tried;
    const QString &auth = m_endpoint.auth;

    if (auth == QLatin1String("agent") && m_config.identitiesOnly) {
        // IdentitiesOnly: only the configured keys, never the agent's others (an agent with
        // many keys would use up the server's MaxAuthTries before the right one).
        const QStringList files = identityFiles(false);
        for (const QString &path : files) {
            if (authenticateWithKeyFile(path, &tried))
                return true;
        }
        tried << (files.isEmpty() ? SshSession::tr("IdentitiesOnly yes, but no IdentityFile for this host")
                                  : SshSession::tr("(IdentitiesOnly yes: the agent's other keys were not offered)"));
    } else if (auth == QLatin1String("agent")) {
        if (m_config.identityAgent == QLatin1String("none")) {
            tried << SshSession::tr("ssh-agent (IdentityAgent none in ssh_config)");
        } else if (m_config.identityAgent.isEmpty() && qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            tried << SshSession::tr("ssh-agent (SSH_AUTH_SOCK is not set: no agent is running)");
        } else if (ssh_userauth_agent(m_session, nullptr) == SSH_AUTH_SUCCESS) {
            return true;
        } else {
            tried << SshSession::tr("ssh-agent (none of its keys was accepted)");
        }
        // As OpenSSH does: then the IdentityFile entries and the default keys.
        if (ssh_userauth_publickey_auto(m_session, nullptr, nullptr) == SSH_AUTH_SUCCESS)
            return true;
        tried << SshSession::tr("default keys and ssh_config IdentityFile (none accepted or readable without a passphrase)");
    } else if (auth == QLatin1String("key")) {
        // The project's key file, else ssh_config's IdentityFile entries, else OpenSSH's defaults.
        const QStringList files = identityFiles(true);
        for (const QString &path : files) {
            if (authenticateWithKeyFile(path, &tried))
                return true;
        }
        if (files.isEmpty())
            tried << SshSession::tr("key (no key file given, no IdentityFile in ssh_config and none of ~/.ssh/id_* exists)");
    } else if (auth == QLatin1String("password") || auth == QLatin1String("keyboard-interactive")) {
        if (m_credentials.password.isEmpty() && !m_credentials.askSecret) {
            tried << SshSession::tr("%1 (no password was given)").arg(auth);
        } else {
            const bool passwordFirst = auth == QLatin1String("password");
            for (int round = 0; round < 2; ++round) {
                const bool usePassword = (round == 0) == passwordFirst;
                if (usePassword) {
                    if (!(methods & SSH_AUTH_METHOD_PASSWORD)) {
                        tried << SshSession::tr("password (the server does not allow it)");
                        continue;
                    }
                    QByteArray password = m_credentials.password;
                    if (password.isEmpty() && m_credentials.askSecret)
                        password = m_credentials.askSecret(SshSession::tr("Password for %1").arg(description()));
                    if (ssh_userauth_password(m_session, nullptr, password.constData()) == SSH_AUTH_SUCCESS)
                        return true;
                    tried << SshSession::tr("password (rejected)");
                } else {
                    if (!(methods & SSH_AUTH_METHOD_INTERACTIVE)) {
                        tried << SshSession::tr("keyboard-interactive (the server does not allow it)");
                        continue;
                    }
                    int rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
                    while (rc == SSH_AUTH_INFO) {
                        const int prompts = ssh_userauth_kbdint_getnprompts(m_session);
                        for (int i = 0; i < prompts; ++i) {
                            char echo = 0;
                            const QString prompt = QString::fromUtf8(ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echo));
                            QByteArray answer = (!echo && !m_credentials.password.isEmpty()) ? m_credentials.password : QByteArray();
                            if (answer.isEmpty() && m_credentials.askSecret)
                                answer = m_credentials.askSecret(prompt.trimmed());
                            ssh_userauth_kbdint_setanswer(m_session, unsigned(i), answer.constData());
                        }
                        rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
                    }
                    if (rc == SSH_AUTH_SUCCESS)
                        return true;
                    tried << SshSession::tr("keyboard-interactive (rejected)");
                }
            }
        }
    } else {
        tried << SshSession::tr("'%1' (not an authentication method: expected agent, key, password or keyboard-interactive)").arg(auth);
    }
    m_error = SshSession::tr("authentication as %1 failed. Tried: %2. The server accepts: %3.")
                  .arg(description(), tried.join(QStringLiteral("; ")), methodNames(methods));
    return false;
}

ExecResult SshSession::exec(const QString &command, const ExecOptions &options)
{
    ExecResult result;
    if (!isConnected()) {
        result.error = SshSession::tr("not connected");
        result.connectionLost = true;
        return result;
    }
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel || ssh_channel_open_session(channel) != SSH_OK
        || ssh_channel_request_exec(channel, command.toUtf8().constData()) != SSH_OK) {
        result.error = SshSession::tr("cannot start the command on %1: %2").arg(description(), QString::fromUtf8(ssh_get_error(m_session)));
        result.connectionLost = true; // a live server opens sessions; a dead path times out here
        if (channel)
            ssh_channel_free(channel);
        return result;
    }
    qsizetype written = 0;
    while (written < options.stdinData.size()) {
        const int n = ssh_channel_write(channel, options.stdinData.constData() + written, uint32_t(options.stdinData.size() - written));
        if (n <= 0)
            break;
        written += n;
    }
    ssh_channel_send_eof(channel);

    LineSplitter out, err;
    const auto emitOut = [&](const QString &line) {
        if (options.onLine)
            options.onLine(ExecOptions::Stream::Stdout, line);
    };
    const auto emitErr = [&](const QString &line) {
        if (options.onLine)
            options.onLine(ExecOptions::Stream::Stderr, line);
    };
    QElapsedTimer clock, silence, answered;
    clock.start();
    silence.start();
    answered.start();
    char buffer[65536];
    while (true) {
        bool got = false;
        for (int isStderr = 0; isStderr <= 1; ++isStderr) {
            const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, isStderr);
            if (n == SSH_ERROR) {
                result.error = SshSession::tr("connection to %1 lost: %2").arg(description(), QString::fromUtf8(ssh_get_error(m_session)));
                result.connectionLost = true;
                break;
            }
            if (n > 0) {
                got = true;
                silence.restart();
                answered.restart();
                if (options.onData)
                    options.onData(isStderr ? ExecOptions::Stream::Stderr : ExecOptions::Stream::Stdout, buffer, n);
                if (isStderr) {
                    if (options.capture)
                        result.stderrData.append(buffer, n);
                    err.feed(buffer, n, emitErr);
                } else {
                    if (options.capture)
                        result.stdoutData.append(buffer, n);
                    out.feed(buffer, n, emitOut);
                }
            }
        }
        if (!result.error.isEmpty())
            break;
        if (options.cancel && options.cancel->load()) {
            result.cancelled = true;
            break;
        }
        if (options.timeoutMs > 0 && clock.elapsed() > options.timeoutMs) {
            result.timedOut = true;
            break;
        }
        if (got)
            continue;
        if (ssh_channel_is_eof(channel) || ssh_channel_is_closed(channel))
            break;
        if (options.livenessTimeoutMs > 0 && answered.elapsed() > options.livenessTimeoutMs) {
            result.error = SshSession::tr("%1 stopped answering: nothing received for %2 s").arg(description()).arg(answered.elapsed() / 1000);
            result.connectionLost = true;
            break;
        }
        if (silence.elapsed() > qint64(m_endpoint.keepaliveSeconds) * 1000) {
            ssh_send_ignore(m_session, "keepalive");
            silence.restart();
        }
        if (ssh_channel_poll_timeout(channel, 100, 0) == SSH_ERROR) {
            result.error = SshSession::tr("connection to %1 lost: %2").arg(description(), QString::fromUtf8(ssh_get_error(m_session)));
            result.connectionLost = true;
            break;
        }
    }
    out.flush(emitOut);
    err.flush(emitErr);
    if (result.error.isEmpty() && !result.cancelled && !result.timedOut)
        result.exitStatus = ssh_channel_get_exit_status(channel);
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    return result;
}

SshSession::SudoMode SshSession::detectSudo()
{
    ExecOptions options;
    options.capture = true;
    const ExecResult r = exec(QStringLiteral("sudo -n true"), options);
    if (r.ok())
        return SudoMode::NoPassword;
    const QByteArray err = r.stderrData.toLower();
    if (err.contains("password is required") || err.contains("a password") || err.contains("askpass"))
        return SudoMode::PasswordRequired;
    return SudoMode::Unavailable;
}

QString SshSession::sudoWrapper(const QString &command)
{
    // The password is the first line of stdin; each `sudo` in command becomes a function that
    // hands it to the real sudo on its stdin. printf is a shell builtin: no process shows it.
    return QStringLiteral("IFS= read -r __agilesec_sudo_pw; "
                          "sudo() { printf '%s\\n' \"$__agilesec_sudo_pw\" | command sudo -S -p '' \"$@\"; }; ") +
        command;
}

ExecResult SshSession::execWithSudo(const QString &command, const QByteArray &sudoPassword, const ExecOptions &options)
{
    if (sudoPassword.isEmpty())
        return exec(command, options);
    ExecOptions wrapped = options;
    wrapped.stdinData = sudoPassword + '\n' + options.stdinData; // the wrapper reads the first line only
    return exec(sudoWrapper(command), wrapped);
}
