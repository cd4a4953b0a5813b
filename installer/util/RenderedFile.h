#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

// A file the installer produces: a path relative to an output directory, its bytes and Unix mode.
struct RenderedFile {
    QString relativePath;
    QByteArray content;
    int mode = 0644;

    // A Unix mode (0755, 0600, ...) as Qt file permissions.
    static QFileDevice::Permissions permissionsFor(int mode);
};
