#pragma once

#include <QString>

// What OpenSSH checks on a private key file before it uses it.
class PrivateKeyFile
{
public:
    // Empty when the file's mode is private enough; else why it is refused and the fix
    // ("permissions 0644 are too open: ... chmod 600 FILE"). Always empty on Windows.
    static QString permissionProblem(const QString &path);
};
