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

    bool operator==(const NodeAccess &) const = default;
};
