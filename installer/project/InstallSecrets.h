#pragma once

#include <QByteArray>

// The passwords an install needs, held in memory only: read at run time from the files or
// environment variables the user named, never saved, logged or exported.
struct InstallSecrets {
    QByteArray adminPassword; // the platform's admin password, for .pass
    QByteArray sudoPassword;  // empty: sudo needs none (NOPASSWD)
    QByteArray sshPassword;   // for password / keyboard-interactive auth
};
