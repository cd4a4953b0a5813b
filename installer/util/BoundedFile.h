#pragma once

#include <QByteArray>
#include <QString>

// Reads a whole input file the user named (a config, a project) with the checks that keep a
// wrong path from hanging or exhausting the machine: a name must be given, the file must be a
// regular file (a FIFO would block forever, /dev/zero never ends) and at most maxBytes long.
// The limit is checked before reading and again while reading, for a file that grows.
class BoundedFile
{
public:
    static constexpr qint64 kConfigLimit = 4 * 1024 * 1024;  // multi_node_config.conf: 5,000 nodes take about 1 MiB
    static constexpr qint64 kProjectLimit = 16 * 1024 * 1024; // project.json, with every pinned key

    // Empty on success (data set); else what is wrong, for people, without the path.
    static QString read(const QString &path, qint64 maxBytes, QByteArray *data);
};
