#include "ssh/LibraryVersions.h"

#include <libssh/libssh.h>
#include <openssl/crypto.h>

QStringList LibraryVersions::describe()
{
    return {QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())),
            QStringLiteral("libssh %1").arg(QString::fromLatin1(ssh_version(0)).section(QLatin1Char('/'), 0, 0)),
            QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))};
}

QStringList LibraryVersions::licences()
{
    return {QStringLiteral("Qt: LGPL-3.0-only"), QStringLiteral("libssh: LGPL-2.1-or-later"), QStringLiteral("OpenSSL: Apache-2.0"),
            QStringLiteral("QuaZip: LGPL-2.1-or-later"), QStringLiteral("libarchive: BSD-2-Clause")};
}
