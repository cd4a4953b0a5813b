#include "verify/AccessProbe.h"

ConnectionCheck AccessProbe::connection(const QString &hostname, const SshSession &session, bool connected)
{
    ConnectionCheck c;
    c.hostname = hostname;
    // Only after connecting are the port and user known (ssh_config may set them).
    c.destination = session.description();
    c.hostKeyId = session.hostKeyId();
    c.fingerprint = session.serverFingerprint();
    c.publicKey = session.serverPublicKey();
    c.jumpPins = session.acceptedJumpPins();
    c.jumpKeys = session.jumpHostKeys();
    if (!connected) {
        c.error = session.error();
        SshSession::HostKeyRefusal refusal = session.hostKeyRefusal();
        // A jump host's key refused on the way is the one to show, accept or pin (by its own host:port).
        if (const SshSession::RefusedJumpHost &jump = session.refusedJumpHost(); jump.refusal != SshSession::HostKeyRefusal::None) {
            c.jumpHost = c.hostKeyId = jump.hostKeyId;
            c.fingerprint = jump.fingerprint;
            c.publicKey = jump.publicKey;
            refusal = jump.refusal;
        }
        switch (refusal) {
        case SshSession::HostKeyRefusal::Unknown:
            c.hostKey = ConnectionCheck::HostKey::Unknown;
            break;
        case SshSession::HostKeyRefusal::Changed:
            c.hostKey = ConnectionCheck::HostKey::Changed;
            break;
        case SshSession::HostKeyRefusal::Revoked:
            c.hostKey = ConnectionCheck::HostKey::Revoked;
            break;
        case SshSession::HostKeyRefusal::Certificate:
            c.hostKey = ConnectionCheck::HostKey::CertificateRefused;
            break;
        case SshSession::HostKeyRefusal::None:
            c.hostKey = c.fingerprint.isEmpty() ? ConnectionCheck::HostKey::NotReached : ConnectionCheck::HostKey::Trusted;
            break;
        }
        return c;
    }
    c.hostKey = ConnectionCheck::HostKey::Trusted;
    c.trust = session.hostKeyTrust();
    c.shouldPin = session.shouldPin();
    c.certificate = session.hostCertificate();
    return c;
}

ConnectionCheck AccessProbe::probe(const QString &hostname, const SshEndpoint &endpoint, const InstallSecrets &secrets)
{
    SshSession session(endpoint, SshCredentials{secrets.sshPassword, {}});
    const bool connected = session.connect();
    ConnectionCheck c = connection(hostname, session, connected);
    if (!connected)
        return c;
    switch (session.detectSudo()) {
    case SshSession::SudoMode::NoPassword:
        c.sudo = ConnectionCheck::Sudo::NoPassword;
        break;
    case SshSession::SudoMode::PasswordRequired:
        if (secrets.sudoPassword.isEmpty())
            c.sudo = ConnectionCheck::Sudo::PasswordMissing;
        else
            c.sudo = session.execWithSudo(QStringLiteral("sudo true"), secrets.sudoPassword).ok() ? ConnectionCheck::Sudo::PasswordAccepted
                                                                                                   : ConnectionCheck::Sudo::PasswordRefused;
        break;
    case SshSession::SudoMode::Unavailable:
        c.sudo = ConnectionCheck::Sudo::Unavailable;
        break;
    }
    return c;
}
