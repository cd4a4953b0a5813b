#include "util/BoundedFile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

QString BoundedFile::read(const QString &path, qint64 maxBytes, QByteArray *data)
{
    if (path.isEmpty())
        return QStringLiteral("no file name was given");
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("the file does not exist");
    if (info.isDir())
        return QStringLiteral("this is a directory; give the path of the file itself");
    if (!info.isFile())
        return QStringLiteral("this is not a regular file (a FIFO, socket or device would never end or never answer); give the path of a file");
    const auto limit = [&] { return QLocale::c().formattedDataSize(maxBytes, 0, QLocale::DataSizeTraditionalFormat); };
    if (info.size() > maxBytes)
        return QStringLiteral("the file is %1 bytes; the limit is %2").arg(info.size()).arg(limit());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the file: %1").arg(file.errorString());
    *data = file.read(maxBytes + 1);
    if (data->size() > maxBytes) {
        data->clear();
        return QStringLiteral("the file grew past the limit of %1 while it was read").arg(limit());
    }
    return {};
}
