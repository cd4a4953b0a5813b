#pragma once

#include <QString>
#include <QStringList>

// The ssh_config settings for one host that libssh 0.10 does not apply itself, read the way
// OpenSSH reads them (ssh_config(5)): Host blocks with * ? and ! patterns, the first value
// obtained wins (IdentityFile accumulates in order), Include with globs relative to ~/.ssh,
// "key value" or "key=value", keywords in any case. Match blocks other than "Match all" are
// skipped (see docs/ssh-compatibility.md).
class SshConfigLookup
{
public:
    struct Settings {
        bool identitiesOnly = false;
        QStringList identityFiles; // ~ and %d %h %u %r expanded, in the order written
        QString identityAgent;     // empty: SSH_AUTH_SOCK; "none": no agent
        QStringList userKnownHostsFiles; // UserKnownHostsFile, expanded; empty: not set; {"none"}: no file
        // ProxyJump as written ("[user@]host[:port],..." or "none"), when it came before any
        // ProxyCommand: OpenSSH uses whichever of the two it obtains first.
        QString proxyJump;
    };

    // configFile: empty = ~/.ssh/config; "none" = nothing read.
    static Settings lookup(const QString &configFile, const QString &host, const QString &user);
    static bool hostMatches(const QStringList &patterns, const QString &host);
};
