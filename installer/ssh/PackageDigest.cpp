#include "ssh/PackageDigest.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <openssl/evp.h>
#include <memory>

namespace {
QMutex cacheLock;
QHash<QString, QString> &cache()
{
    static QHash<QString, QString> digests; // "path size mtime" -> hex
    return digests;
}

QString keyFor(const QString &path)
{
    const QFileInfo info(path);
    return QStringLiteral("%1 %2 %3").arg(info.absoluteFilePath()).arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}
} // namespace

QString PackageDigest::known(const QString &path)
{
    const QMutexLocker lock(&cacheLock);
    return cache().value(keyFor(path));
}

QString PackageDigest::compute(const QString &path, QString *error)
{
    const QString key = keyFor(path);
    {
        const QMutexLocker lock(&cacheLock);
        if (const auto it = cache().constFind(key); it != cache().constEnd())
            return *it;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("installer package %1: %2").arg(path, file.errorString());
        return {};
    }
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> digest(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_DigestInit_ex(digest.get(), EVP_sha256(), nullptr);
    QByteArray buffer(4 << 20, Qt::Uninitialized);
    while (true) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            if (error)
                *error = QStringLiteral("installer package %1: %2").arg(path, file.errorString());
            return {};
        }
        if (n == 0)
            break;
        EVP_DigestUpdate(digest.get(), buffer.constData(), size_t(n));
    }
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestFinal_ex(digest.get(), md, &size);
    const QString hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), int(size)).toHex());
    const QMutexLocker lock(&cacheLock);
    cache().insert(key, hex);
    return hex;
}
