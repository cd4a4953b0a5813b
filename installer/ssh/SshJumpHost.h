#pragma once

#include <QList>
#include <QString>

// One hop of a ProxyJump chain, as OpenSSH's -J and ProxyJump write it:
// "[user@]host[:port]", "[user@][v6addr]:port" or "ssh://[user@]host[:port]", hops separated by
// commas, the first the nearest to us. "none" is no jump.
struct SshJumpHost {
    QString user; // empty: ssh_config's User for the hop, else the local user
    QString host;
    int port = 0; // 0: ssh_config's Port for the hop, else 22

    QString toString() const; // as written in a ProxyJump list
    // The hops of spec in order; empty for "" and "none". On a malformed hop, an empty list and
    // *error saying which hop and why.
    static QList<SshJumpHost> parseList(const QString &spec, QString *error);
    static QString joinList(const QList<SshJumpHost> &hops);
};
