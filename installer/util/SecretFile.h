#pragma once

#include <QByteArray>
#include <QString>

// Reads a secret (a password or passphrase) from a file the user named: one line, a final
// newline dropped. The secret stays in memory; it is never logged or written elsewhere.
class SecretFile
{
public:
    // False with error set when the file cannot be read or is empty.
    static bool read(const QString &path, QByteArray *secret, QString *error);
};
