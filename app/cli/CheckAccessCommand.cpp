#include "cli/CheckAccessCommand.h"

#include "ops/AccessCheck.h"
#include "ops/HostKeyPinning.h"

CheckAccessCommand::CheckAccessCommand()
    : ProjectCommand({QStringLiteral("check-access"),
             QStringLiteral("Connect to every node of a project: host keys, authentication, sudo"),
             QStringLiteral("check-access --project P [--node NAME]... [--accept-host-key HOST:PORT=SHA256:...]... [--accept-new-host-keys]"),
             QStringLiteral("Connects to every node in parallel and reports, per node, the host key (pinned, from known_hosts, or newly "
                              "accepted), whether authentication worked, and how sudo behaves (no password, password accepted, or refused). "
                              "Accepted keys are pinned in the project. Nothing is changed on the nodes. Exit 1 if any node fails.")},
      Access{true, {{QStringLiteral("ssh-password"), QStringLiteral("the SSH password (password / keyboard-interactive auth)")},
                {QStringLiteral("sudo-password"), QStringLiteral("the sudo password")}}, false})
{
}

QList<QCommandLineOption> CheckAccessCommand::projectOptions() const
{
    return {QCommandLineOption(QStringLiteral("node"), QStringLiteral("Only this node (repeatable)."), QStringLiteral("NAME"))};
}

int CheckAccessCommand::executeWithProject(const QCommandLineParser &parser, Opened &opened)
{
    Project &project = opened.project;
    InstallSecrets access;
    if (!readSecrets(parser, project, &access))
        return Failed;
    QString error;
    QList<NodeTarget> targets = AccessCheck::select(project.targets(opened.loaded.cluster), parser.values(QStringLiteral("node")), &error);
    if (!error.isEmpty())
        return fail(error, Usage);
    hostKeyChoices().applyTo(targets);
    const QList<ConnectionCheck> outcomes = AccessCheck::run(targets, access);
    static const QHash<int, QString> trust{{int(SshSession::HostKeyTrust::Pinned), QStringLiteral("pinned")},
                                           {int(SshSession::HostKeyTrust::KnownHosts), QStringLiteral("known_hosts")},
                                           {int(SshSession::HostKeyTrust::Certificate), QStringLiteral("host certificate")},
                                           {int(SshSession::HostKeyTrust::AcceptedNew), QStringLiteral("newly accepted, now pinned")},
                                           {int(SshSession::HostKeyTrust::AcceptedChanged), QStringLiteral("CHANGED key re-pinned as you asked")}};
    static const QHash<int, QString> sudo{{int(ConnectionCheck::Sudo::NoPassword), QStringLiteral("sudo without password")},
                                          {int(ConnectionCheck::Sudo::PasswordMissing), QStringLiteral("sudo needs a password: give --sudo-password-file")},
                                          {int(ConnectionCheck::Sudo::PasswordAccepted), QStringLiteral("sudo with password: accepted")},
                                          {int(ConnectionCheck::Sudo::PasswordRefused),
                                           QStringLiteral("sudo with password: REFUSED (wrong password or not in sudoers)")},
                                          {int(ConnectionCheck::Sudo::Unavailable), QStringLiteral("sudo: NOT AVAILABLE for this user")}};
    for (const ConnectionCheck &o : outcomes) {
        const QString line = o.sudo != ConnectionCheck::Sudo::NotChecked // connected
            ? QStringLiteral("%1: %2 host key %3 (%4); %5")
                  .arg(o.hostname, o.destination, o.fingerprint, o.certificate.isEmpty() ? trust.value(int(o.trust)) : o.certificate, sudo.value(int(o.sudo)))
            : QStringLiteral("%1: FAILED: %2").arg(o.hostname, o.error);
        (o.ok() ? out() : err()) << line << '\n';
    }
    out().flush();
    err().flush();
    const QHash<QString, QString> pins = HostKeyPinning::acceptedIn(outcomes);
    const QString warning = HostKeyPinning::pin(&project, pins, HostKeyPinning::publicKeysIn(outcomes));
    if (!warning.isEmpty())
        warn(warning);
    else if (!pins.isEmpty())
        out() << "pinned the accepted host keys in " << project.path << '\n';
    return AccessCheck::allOk(outcomes) ? Ok : Failed;
}
