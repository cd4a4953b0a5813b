#include "ssh/PrivateKeyFile.h"

#include <QFileInfo>

QString PrivateKeyFile::permissionProblem(const QString &path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    return {};
#else
    // As OpenSSH: a private key others may read is refused, not used.
    const QFileDevice::Permissions perms = QFileInfo(path).permissions();
    const QFileDevice::Permissions open = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (!(perms & open))
        return {};
    const auto digit = [&](QFileDevice::Permission r, QFileDevice::Permission w, QFileDevice::Permission x) {
        return QString::number((perms & r ? 4 : 0) + (perms & w ? 2 : 0) + (perms & x ? 1 : 0));
    };
    return QStringLiteral("permissions 0%1%2%3 are too open: others can read it, and OpenSSH refuses such a key; chmod 600 %4")
        .arg(digit(QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner),
             digit(QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup),
             digit(QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther), path);
#endif
}
