#include "util/SecretFile.h"

#include <QFile>

bool SecretFile::read(const QString &path, QByteArray *secret, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    QByteArray data = f.readAll();
    if (data.endsWith('\n'))
        data.chop(1);
    if (data.endsWith('\r'))
        data.chop(1);
    if (data.isEmpty()) {
        *error = QStringLiteral("%1 is empty; it should hold the secret").arg(path);
        return false;
    }
    *secret = data;
    return true;
}
