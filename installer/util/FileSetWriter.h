#pragma once

#include "util/RenderedFile.h"

#include <QList>
#include <QString>

// Writes a set of files under a directory all or nothing, as far as the file system allows:
// every file is written to a temporary sibling first (QSaveFile), and only when all of them
// were written are they renamed into place. A failure leaves every earlier file intact.
class FileSetWriter
{
public:
    // Returns an empty string on success, else what failed (file and reason).
    static QString write(const QString &directory, const QList<RenderedFile> &files);
};
