#include "util/FileSetWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <memory>
#include <vector>

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
        if (!save->setPermissions(RenderedFile::permissionsFor(file.mode)))
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
