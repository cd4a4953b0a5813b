#include "pki/CertificateBundle.h"

#include <archive.h>
#include <archive_entry.h>

#include <QDateTime>
#include <QSet>
#include <memory>

namespace {
struct ArchiveFree {
    void operator()(archive *a) const { archive_write_free(a); }
};
struct ReaderFree {
    void operator()(archive *a) const { archive_read_free(a); }
};
struct EntryFree {
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

la_ssize_t appendToBuffer(archive *, void *buffer, const void *data, size_t size)
{
    static_cast<QByteArray *>(buffer)->append(static_cast<const char *>(data), qsizetype(size));
    return la_ssize_t(size);
}

bool writeEntry(archive *a, const QString &path, const QByteArray &content, int mode, bool directory, time_t mtime)
{
    std::unique_ptr<archive_entry, EntryFree> entry(archive_entry_new());
    const QByteArray name = path.toUtf8();
    archive_entry_set_pathname(entry.get(), name.constData());
    archive_entry_set_filetype(entry.get(), directory ? AE_IFDIR : AE_IFREG);
    archive_entry_set_perm(entry.get(), mode_t(mode));
    archive_entry_set_size(entry.get(), directory ? 0 : content.size());
    archive_entry_set_mtime(entry.get(), mtime, 0);
    archive_entry_set_uid(entry.get(), 0);
    archive_entry_set_gid(entry.get(), 0);
    if (archive_write_header(a, entry.get()) != ARCHIVE_OK)
        return false;
    return directory || content.isEmpty() || archive_write_data(a, content.constData(), size_t(content.size())) == la_ssize_t(content.size());
}
} // namespace

QByteArray CertificateBundle::build(const QList<RenderedFile> &entries, QString *error)
{
    QByteArray buffer;
    std::unique_ptr<archive, ArchiveFree> a(archive_write_new());
    const auto fail = [&](const QString &what) {
        if (error)
            *error = QStringLiteral("cannot write the certificate bundle (%1): %2").arg(what, QString::fromUtf8(archive_error_string(a.get())));
        return QByteArray();
    };
    // No padding after the gzip stream (libarchive fills the last 10 KiB block with zeros by
    // default, which gzip -t reports as trailing garbage and gzip -l cannot list).
    if (archive_write_add_filter_gzip(a.get()) != ARCHIVE_OK || archive_write_set_format_pax_restricted(a.get()) != ARCHIVE_OK
        || archive_write_set_bytes_in_last_block(a.get(), 1) != ARCHIVE_OK || archive_write_open2(a.get(), &buffer, nullptr, appendToBuffer, nullptr, nullptr) != ARCHIVE_OK)
        return fail(QStringLiteral("open"));
    const time_t now = time_t(QDateTime::currentSecsSinceEpoch());
    QSet<QString> directories;
    for (const RenderedFile &file : entries) {
        const QStringList parts = file.relativePath.split(QLatin1Char('/'));
        QString dir;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            dir += parts[i] + QLatin1Char('/');
            if (!directories.contains(dir)) {
                directories.insert(dir);
                if (!writeEntry(a.get(), dir, {}, 0755, true, now))
                    return fail(dir);
            }
        }
        if (!writeEntry(a.get(), file.relativePath, file.content, file.mode, false, now))
            return fail(file.relativePath);
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return fail(QStringLiteral("close"));
    return buffer;
}

QList<RenderedFile> CertificateBundle::read(const QByteArray &tgz, QString *error)
{
    QList<RenderedFile> files;
    std::unique_ptr<archive, ReaderFree> a(archive_read_new());
    archive_read_support_filter_gzip(a.get());
    archive_read_support_format_tar(a.get());
    if (archive_read_open_memory(a.get(), tgz.constData(), size_t(tgz.size())) != ARCHIVE_OK) {
        if (error)
            *error = QString::fromUtf8(archive_error_string(a.get()));
        return {};
    }
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK) {
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        RenderedFile file;
        file.relativePath = QString::fromUtf8(archive_entry_pathname(entry));
        file.mode = int(archive_entry_perm(entry));
        file.content.resize(qsizetype(archive_entry_size(entry)));
        if (archive_read_data(a.get(), file.content.data(), size_t(file.content.size())) != la_ssize_t(file.content.size())) {
            status = ARCHIVE_FATAL;
            break;
        }
        files << file;
    }
    if (status != ARCHIVE_EOF) {
        if (error)
            *error = QStringLiteral("damaged archive: %1").arg(QString::fromUtf8(archive_error_string(a.get())));
        return {};
    }
    return files;
}
