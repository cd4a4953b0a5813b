#pragma once

#include <QString>

// How to reach one node and where things live on it; empty fields fall back to the project's
// defaults, then to ~/.ssh/config, then to the node's private IP and port 22.
struct NodeAccess {
    QString host;          // SSH host or alias; empty: the node's private IP
    int port = 0;          // 0: default
    QString user;          // empty: default
    QString identityFile;  // private key file; empty: default
    QString installerDir;  // empty: default
    QString installationDir;
    // ProxyJump as ssh -J takes it, "[user@]host[:port],..."; "none": direct even where
    // ssh_config names a ProxyJump; empty: default, then ssh_config.
    QString proxyJump;
    // Where the package relay connects to the node inside the datacenter, "host[:port]"
    // ("[v6]:port"); empty: its private IP and SSH port. Only in a node's entry.
    QString relayAddress;

    bool operator==(const NodeAccess &) const = default;
};
