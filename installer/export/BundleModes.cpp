#include "export/BundleModes.h"

#include <QFileInfo>

bool BundleModes::isPrivate(const QString &relativePath)
{
    const QString name = QFileInfo(relativePath).fileName().toLower();
    if (relativePath.startsWith(QLatin1String("certificates/")) && (name.endsWith(QLatin1String(".tgz")) || name.endsWith(QLatin1String(".tar.gz"))))
        return true; // the certificate bundle holds every node's private key
    if (name == QLatin1String("vault.yml"))
        return true;
    return name.endsWith(QLatin1String("-key.pem")) || name.endsWith(QLatin1String(".key")) || name.endsWith(QLatin1String(".enc.pem"))
        || name.endsWith(QLatin1String(".pfx")) || name.endsWith(QLatin1String(".p12")) || name.endsWith(QLatin1String("-pass"))
        || name.endsWith(QLatin1String(".vrrp-auth-pass"));
}

int BundleModes::forPath(const QString &relativePath)
{
    if (isPrivate(relativePath))
        return 0600;
    if (relativePath.endsWith(QLatin1String(".sh")))
        return 0755;
    return 0644;
}
