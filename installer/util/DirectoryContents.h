#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// Every file under a directory, read into memory: the "existing" input of keep-or-issue.
class DirectoryContents
{
public:
    // Keyed by keyPrefix + the path relative to root ("/" separators). A missing root is empty.
    static QHash<QString, QByteArray> read(const QString &root, const QString &keyPrefix);
};
