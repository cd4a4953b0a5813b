#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

// Secrets for one connection. Held in memory only; never logged or persisted.
struct SshCredentials {
    QByteArray password;  // for password and keyboard-interactive auth, and as the key's passphrase
    // Asked for a key passphrase or a keyboard-interactive answer; prompt says which. Return
    // an empty array to give up. May be empty (no interactive user).
    std::function<QByteArray(const QString &prompt)> askSecret;
};
