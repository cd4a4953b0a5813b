#pragma once

#include <QCoreApplication>
#include "ssh/ExecOptions.h"
#include "ssh/ExecResult.h"
#include "ssh/HostCertificateTrust.h"
#include "ssh/KnownHostsFile.h"
#include "ssh/SshConfigLookup.h"
#include "ssh/SshCredentials.h"
#include "ssh/SshEndpoint.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

struct ssh_session_struct;
class SshJumpTunnel;

// One SSH connection to one node (libssh). Blocking calls: use it from one worker thread only,
// never the GUI thread, and never from two threads at once.
//
// Host keys are checked as strictly as OpenSSH: the project's pin, else the user's
// known_hosts; an unknown key is accepted only when its exact fingerprint was accepted (or
// acceptNewHostKeys is set), and a changed key is always refused unless the user accepted
// that exact new fingerprint.
class SshSession
{
    Q_DECLARE_TR_FUNCTIONS(SshSession) // messages in the wizard's language, English in the CLI

public:
    enum class HostKeyTrust { None, Pinned, KnownHosts, Certificate, AcceptedNew, AcceptedChanged };
    // Why connect() refused the host key, so a GUI can offer the right dialog.
    // Revoked: the key (or its certificate's CA) is marked @revoked in a known_hosts file;
    // Certificate: a host certificate from a CA trusted for the host, not valid for it now.
    // Neither is ever to be accepted or pinned.
    enum class HostKeyRefusal { None, Unknown, Changed, Revoked, Certificate };
    enum class SudoMode { NoPassword, PasswordRequired, Unavailable };
    // A jump host whose key was refused on the way (the one nearest the refusal in a chain):
    // its "host:port", the key it showed, and why, so the same dialog can be offered for it.
    struct RefusedJumpHost {
        QString hostKeyId;
        QString fingerprint;
        QString publicKey;
        HostKeyRefusal refusal = HostKeyRefusal::None;
    };

    SshSession(SshEndpoint endpoint, SshCredentials credentials);
    // A connected session, or nullptr with *error saying why (host key refusals included).
    static std::unique_ptr<SshSession> open(const SshEndpoint &endpoint, const QByteArray &password, QString *error);
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Connects, verifies the host key and authenticates. On false, error() says why.
    bool connect();
    void disconnect();
    bool isConnected() const;
    QString error() const { return m_error; }

    QString serverFingerprint() const { return m_fingerprint; } // "SHA256:..." as OpenSSH shows it
    QString serverPublicKey() const { return m_publicKey; }     // "<type> <base64>" as known_hosts holds it
    HostKeyTrust hostKeyTrust() const { return m_trust; }
    HostKeyRefusal hostKeyRefusal() const { return m_refusal; }
    // With HostKeyTrust::Certificate: which certificate and CA vouched for the key.
    QString hostCertificate() const { return m_certificate; }
    // True when the caller should store serverFingerprint() as the pin for hostKeyId().
    bool shouldPin() const { return m_trust == HostKeyTrust::AcceptedNew || m_trust == HostKeyTrust::AcceptedChanged; }
    // Jump hosts whose keys this connection accepted ("host:port", fingerprint): pin them too.
    QList<QPair<QString, QString>> acceptedJumpPins() const;
    // Every jump host's key as it was shown and verified ("host:port", "<type> <base64>"), nearest first.
    QList<QPair<QString, QString>> jumpHostKeys() const;
    // The ProxyJump hops this connection went through, nearest first ("" when direct).
    QString jumpHosts() const { return m_jumpHosts; }
    // After a failed connect(): the jump host whose key was refused, if that was the cause.
    const RefusedJumpHost &refusedJumpHost() const { return m_refusedJump; }
    // The known_hosts files a session reads: knownHostsFile, else ssh_config's UserKnownHostsFile
    // for the host (configured), else ~/.ssh/known_hosts; then the system's.
    static QStringList knownHostsFilesFor(const QString &knownHostsFile, const QStringList &configured = {});
    QString hostKeyId() const; // "host:port", the project's key for pins
    static QString hostKeyIdFor(const QString &host, int port) { return host + QLatin1Char(':') + QString::number(port > 0 ? port : 22); }
    QString description() const; // "user@host:port"

    ExecResult exec(const QString &command, const ExecOptions &options = {});

    // sudo: NOPASSWD, a password needed, or not allowed / not installed.
    SudoMode detectSudo();
    // Runs command, whose `sudo` calls receive the password on their stdin (sudo -S), so it
    // never appears on a command line, in a process list or in a log. Without a password
    // (NOPASSWD) the command runs unchanged. The command's own stdin is not available.
    ExecResult execWithSudo(const QString &command, const QByteArray &sudoPassword, const ExecOptions &options = {});
    static QString sudoWrapper(const QString &command);

    ssh_session_struct *handle() const { return m_session; }
    const SshEndpoint &endpoint() const { return m_endpoint; }

private:
    bool openJumpTunnel(); // the project's or ssh_config's ProxyJump, natively; true when none
    bool verifyHostKey();
    // The known_hosts files read (the user's or the endpoint's, then the system's), and the
    // names this host has in them ("host", "[host]:port", also the HostName ssh_config gave).
    QStringList knownHostsFiles() const { return knownHostsFilesFor(m_endpoint.knownHostsFile, m_config.userKnownHostsFiles); }
    QStringList knownHostNames() const;
    QString resolvedHost() const; // the host libssh connects to (ssh_config's HostName applied)
    // Refuses a key marked @revoked for this host (known: its known_hosts lines); false with m_error set.
    bool refuseRevoked(const QList<KnownHostsFile::Entry> &known, const QByteArray &keyBase64);
    bool judgeCertificate(const HostCertificateTrust::Verdict &verdict); // a CA line named the certificate's CA
    bool authenticate();
    bool authenticateWithKeyFile(const QString &path, QStringList *tried);
    // The keys to offer from files: the project's, else ssh_config's IdentityFile entries, else
    // (withDefaults) OpenSSH's default key files that exist.
    QStringList identityFiles(bool withDefaults) const;

    SshEndpoint m_endpoint;
    SshCredentials m_credentials;
    ssh_session_struct *m_session = nullptr;
    QString m_error;
    QString m_fingerprint;
    QString m_publicKey;
    QString m_certificate;
    HostKeyTrust m_trust = HostKeyTrust::None;
    HostKeyRefusal m_refusal = HostKeyRefusal::None;
    QString m_user;
    unsigned int m_port = 0;
    SshConfigLookup::Settings m_config; // what ssh_config says that libssh does not apply itself
    std::unique_ptr<SshJumpTunnel> m_tunnel; // outlives m_session, which runs over it
    QString m_jumpHosts;
    RefusedJumpHost m_refusedJump;
};

inline std::unique_ptr<SshSession> SshSession::open(const SshEndpoint &endpoint, const QByteArray &password, QString *error)
{
    auto session = std::make_unique<SshSession>(endpoint, SshCredentials{password, {}});
    if (!session->connect()) {
        *error = session->error();
        return nullptr;
    }
    return session;
}

