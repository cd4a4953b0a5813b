#pragma once

#include "export/AnsibleRenderer.h"
#include "ssh/SshJumpHost.h"

#include <QHash>
#include <QStringList>

class Cluster;
class Project;

// The project's nodes as the Ansible export reaches them: address, port, user, directories,
// the profile's services, and the host keys the project trusts (a pin with its key, or the
// known_hosts lines the installer itself would accept) plus the keys it refuses (@revoked).
class AnsibleHosts
{
public:
    // localRun: for install --engine ansible on this machine (identity files, ssh_config);
    // a bundle never carries local paths.
    static QHash<QString, AnsibleRenderer::Host> of(const Project &project, const Cluster &cluster, bool localRun);
    // known_hosts lines for one node; missing says which trusted key could not be written.
    static QStringList knownHostsLines(const Project &project, const QString &host, int port, QString *missing);
    // The ProxyCommand that reaches a node through hops as OpenSSH's -J would, but with the
    // export's own known_hosts (placeholder kKnownHostsPlaceholder, filled in by group_vars)
    // and strict host keys at every hop: ssh -J starts its hops without our -o options.
    static QString proxyCommand(const QList<SshJumpHost> &hops, const QString &identityFile);
    static constexpr const char *kKnownHostsPlaceholder = "@AGILESEC_KNOWN_HOSTS@";
};
