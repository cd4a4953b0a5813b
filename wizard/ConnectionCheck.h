#pragma once

#include <QMetaType>
#include <QString>

// The outcome of "Test connections" for one node: reached or not, the host key as presented,
// and what sudo does.
struct ConnectionCheck {
    enum class HostKey { Trusted, Unknown, Changed, NotReached };
    QString hostname;
    QString destination;   // user@host:port
    QString hostKeyId;     // host:port, the project's key for pins
    QString fingerprint;   // SHA256:... as OpenSSH shows it
    HostKey hostKey = HostKey::NotReached;
    bool ok = false;       // connected, authenticated and sudo usable
    QString detail;        // what happened, for a person
};
Q_DECLARE_METATYPE(ConnectionCheck)
