#pragma once

#include <QByteArray>
#include <QString>

// A unified diff of two small text files (configs, env files), as `diff -u` prints it, so a
// person can see exactly what a day-2 change does to a node before it is done.
class TextDiff
{
public:
    // Empty when the texts are equal. context: unchanged lines shown around each change.
    static QString unified(const QByteArray &before, const QByteArray &after, const QString &beforeName, const QString &afterName,
                           int context = 2);
    // Lines added and removed (for summaries).
    static void count(const QString &unifiedDiff, int *added, int *removed);
};
