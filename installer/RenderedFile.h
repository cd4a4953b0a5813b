#pragma once

#include <QByteArray>
#include <QString>

// A file the installer produces: a path relative to an output directory, its bytes and Unix mode.
struct RenderedFile {
    QString relativePath;
    QByteArray content;
    int mode = 0644;
};
