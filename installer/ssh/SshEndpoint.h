#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Where and how to connect to one node, and what host keys to trust.
struct SshEndpoint {
    QString host;                 // name, alias from ssh_config, or address
    int port = 0;                 // 0: ssh_config's Port, else 22
    QString user;                 // empty: ssh_config's User, else the local user
    QString identityFile;         // the key for auth "key"; empty: ssh_config's IdentityFile
    QString configFile;           // empty: ~/.ssh/config; "none": read no config
    QString knownHostsFile;       // empty: ~/.ssh/known_hosts (only read, never written)
    QString auth = QStringLiteral("agent"); // agent | key | password | keyboard-interactive

    QString pinnedFingerprint;    // the project's pin for host:port ("SHA256:...")
    QStringList acceptedFingerprints; // fingerprints the user accepted explicitly for this host
    bool acceptNewHostKeys = false;   // accept (and pin) an unknown key; never a changed one

    // ProxyJump, as OpenSSH's -J: "[user@]host[:port],..." nearest first; empty: ssh_config's
    // ProxyJump for the host; "none": connect directly. Each hop is a session of its own.
    QString proxyJump;
    QHash<QString, QString> jumpHostPins;     // pins for the jump hosts, "host:port" -> "SHA256:..."
    QHash<QString, QString> jumpHostAccepted; // fingerprints the user accepted for jump hosts, by "host:port"
    int jumpDepth = 0;                    // jump hosts already behind this one: a loop guard

    int connectTimeoutSeconds = 15;
    int keepaliveSeconds = 15;    // an SSH_MSG_IGNORE after this much silence keeps NATs and firewalls open
};
