#include "util/DirectoryContents.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

QHash<QString, QByteArray> DirectoryContents::read(const QString &root, const QString &keyPrefix)
{
    QHash<QString, QByteArray> files;
    // relativeFilePath() returns a relative argument unchanged, so work with absolute paths.
    const QDir base(QFileInfo(root).absoluteFilePath());
    QDirIterator it(base.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(keyPrefix + base.relativeFilePath(path), f.readAll());
    }
    return files;
}
