#include "export/AnsibleHosts.h"

#include "core/Cluster.h"
#include "core/ProfileCatalog.h"
#include "plan/InstallPlanBuilder.h"
#include "project/Project.h"
#include "ssh/KnownHostsFile.h"
#include "ssh/SshConfigLookup.h"
#include "ssh/SshSession.h"
#include "util/ShellQuote.h"

QStringList AnsibleHosts::knownHostsLines(const Project &project, const QString &host, int port, QString *missing)
{
    const QString id = Project::hostKeyId(host, port);
    const QString name = KnownHostsFile::hostName(host, port);
    const QString pin = project.hostKeys.value(id);
    // The files the installer's own sessions read.
    const QStringList files = SshSession::knownHostsFilesFor(
        project.resolve(project.knownHostsFile), SshConfigLookup::lookup(project.resolve(project.sshConfigFile), host, project.defaults.user).userKnownHostsFiles);
    QStringList lines;
    QStringList trusted;
    QStringList certified; // CA keys trusted for this host
    const QString pinnedKey = project.hostPublicKeys.value(id);
    if (!pin.isEmpty() && !pinnedKey.isEmpty() && KnownHostsFile::fingerprintOfPublicKey(pinnedKey) == pin)
        trusted << pinnedKey;
    for (const KnownHostsFile::Entry &e : KnownHostsFile::entriesFor(files, {name})) {
        const QString key = e.keyType + QLatin1Char(' ') + QString::fromLatin1(e.keyBase64);
        if (e.marker == KnownHostsFile::Marker::Revoked)
            lines << QStringLiteral("@revoked %1 %2").arg(name, key);
        else if (e.marker == KnownHostsFile::Marker::CertAuthority && !certified.contains(key))
            certified << key; // OpenSSH checks the node's host certificate against it, as the installer does
        else if (e.marker == KnownHostsFile::Marker::None && (pin.isEmpty() || KnownHostsFile::fingerprint(e.keyBase64) == pin) && !trusted.contains(key))
            trusted << key;
    }
    for (const QString &key : std::as_const(trusted))
        lines << name + QLatin1Char(' ') + key;
    for (const QString &key : std::as_const(certified))
        lines << QStringLiteral("@cert-authority %1 %2").arg(name, key);
    if (trusted.isEmpty() && certified.isEmpty() && missing)
        *missing = pin.isEmpty() ? QStringLiteral("%1: no host key is pinned or in known_hosts; run check-access first").arg(id)
                                 : QStringLiteral("%1: the key of pin %2 is not known (run check-access to record it)").arg(id, pin);
    return lines;
}

QString AnsibleHosts::proxyCommand(const QList<SshJumpHost> &hops, const QString &identityFile)
{
    QString command;
    for (const SshJumpHost &hop : hops) {
        QStringList args{QStringLiteral("ssh"), QStringLiteral("-o"), QStringLiteral("'UserKnownHostsFile=%1'").arg(QLatin1String(kKnownHostsPlaceholder)),
                         QStringLiteral("-o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes -o CheckHostIP=no -o BatchMode=yes"),
                         QStringLiteral("-o ServerAliveInterval=15 -o ServerAliveCountMax=4")};
        if (!identityFile.isEmpty())
            // Doubled twice: the ssh running this command expands its % tokens, then this ssh those of -i.
            args << QStringLiteral("-i") << ShellQuote::quote(QString(identityFile).replace(QLatin1Char('%'), QStringLiteral("%%%%")));
        // The hop before this one carries it, as ssh -J a,b runs b's ssh with -J a. Its %
        // tokens are for that inner ssh: doubled, so that this one leaves them for it.
        if (!command.isEmpty())
            args << QStringLiteral("-o") << ShellQuote::quote(QStringLiteral("ProxyCommand=") + QString(command).replace(QLatin1Char('%'), QStringLiteral("%%")));
        if (hop.port > 0)
            args << QStringLiteral("-p") << QString::number(hop.port);
        if (!hop.user.isEmpty())
            args << QStringLiteral("-l") << ShellQuote::quote(hop.user);
        args << QStringLiteral("-W") << QStringLiteral("'[%h]:%p'") << ShellQuote::quote(hop.host);
        command = args.join(QLatin1Char(' '));
    }
    return command;
}

QHash<QString, AnsibleRenderer::Host> AnsibleHosts::of(const Project &project, const Cluster &cluster, bool localRun)
{
    QHash<QString, AnsibleRenderer::Host> hosts;
    const PlanOptions options = project.planOptions();
    for (const Node &node : cluster.nodes) {
        const NodeAccess a = project.accessFor(node);
        AnsibleRenderer::Host h;
        h.address = a.host;
        h.port = a.port > 0 ? a.port : 22;
        h.user = a.user;
        h.installerDir = InstallPlanBuilder::installerDirFor(node, options);
        h.knownHosts = knownHostsLines(project, h.address, h.port, nullptr);
        QString ignored; // the project's reader validated the list already
        const QList<SshJumpHost> hops = SshJumpHost::parseList(a.proxyJump, &ignored);
        if (a.proxyJump.trimmed() == QLatin1String("none"))
            h.proxyCommand = QStringLiteral("none"); // also ssh_config's ProxyJump set aside, as the installer does
        else if (!hops.isEmpty())
            h.proxyCommand = proxyCommand(hops, localRun ? project.resolve(a.identityFile) : QString());
        for (const SshJumpHost &hop : hops)
            h.knownHosts << knownHostsLines(project, hop.host, hop.port > 0 ? hop.port : 22, nullptr);
        const Profile profile = node.profile.value_or(Profile::FullBackend);
        for (const ServiceSpec &s : ProfileCatalog::services(profile))
            h.services << s.name;
        h.backend = ProfileCatalog::isBackend(profile);
        if (localRun && !a.identityFile.isEmpty())
            h.identityFile = project.resolve(a.identityFile);
        hosts.insert(node.hostname, h);
    }
    return hosts;
}
