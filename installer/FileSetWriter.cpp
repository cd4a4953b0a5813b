#include "FileSetWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <memory>
#include <vector>

namespace {
QFileDevice::Permissions permissionsFor(int mode)
{
    QFileDevice::Permissions p;
    if (mode & 0400) p |= QFileDevice::ReadOwner | QFileDevice::ReadUser;
    if (mode & 0200) p |= QFileDevice::WriteOwner | QFileDevice::WriteUser;
    if (mode & 0100) p |= QFileDevice::ExeOwner | QFileDevice::ExeUser;
    if (mode & 0040) p |= QFileDevice::ReadGroup;
    if (mode & 0020) p |= QFileDevice::WriteGroup;
    if (mode & 0010) p |= QFileDevice::ExeGroup;
    if (mode & 0004) p |= QFileDevice::ReadOther;
    if (mode & 0002) p |= QFileDevice::WriteOther;
    if (mode & 0001) p |= QFileDevice::ExeOther;
    return p;
}
} // namespace

QString FileSetWriter::write(const QString &directory, const QList<RenderedFile> &files)
{
    std::vector<std::unique_ptr<QSaveFile>> pending;
    for (const RenderedFile &file : files) {
        const QString path = QDir(directory).filePath(file.relativePath);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return QStringLiteral("%1: cannot create the directory").arg(QFileInfo(path).absolutePath());
        auto save = std::make_unique<QSaveFile>(path);
        if (!save->open(QIODevice::WriteOnly))
            return QStringLiteral("%1: %2").arg(path, save->errorString());
        // Set the mode before any byte is written so a private key is never readable by others.
        if (!save->setPermissions(permissionsFor(file.mode)))
            return QStringLiteral("%1: cannot set mode %2").arg(path).arg(file.mode, 4, 8, QLatin1Char('0'));
        if (save->write(file.content) != file.content.size())
            return QStringLiteral("%1: %2").arg(path, save->errorString());
        pending.push_back(std::move(save));
    }
    for (auto &save : pending) {
        if (!save->commit())
            return QStringLiteral("%1: %2").arg(save->fileName(), save->errorString());
    }
    return {};
}
