#pragma once

#include "util/RenderedFile.h"

#include <QByteArray>
#include <QList>
#include <QString>

// kf-agilesec.internal-certs.tgz: a gzip-compressed tar that a plain `tar zxvf` extracts,
// with Unix modes kept (private keys 0600). Written and read with libarchive.
class CertificateBundle
{
public:
    // Entries in order; directories are added for every parent path (0755).
    static QByteArray build(const QList<RenderedFile> &entries, QString *error);
    // Regular files of a .tgz with their modes, in archive order.
    static QList<RenderedFile> read(const QByteArray &tgz, QString *error);
};
