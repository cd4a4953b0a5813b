#include "export/BundleImporter.h"

#include "export/BundleExporter.h"
#include "export/BundleModes.h"
#include "util/RenderedFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStorageInfo>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace {
constexpr qint64 kChecksumsLimit = 4 << 20; // SHA256SUMS: about 100 bytes a file
constexpr qint64 kSpaceMargin = 64 << 20;    // left free after unpacking

// Reads one entry in chunks, never more than the size the zip's directory gives it (a zip
// bomb's entry inflates far beyond that); false when it cannot be read or is larger.
bool readEntry(QuaZip &zip, const QString &name, const std::function<bool(const QByteArray &)> &sink, qint64 limit = -1)
{
    if (!zip.setCurrentFile(name))
        return false;
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info))
        return false;
    const qint64 allowed = limit >= 0 ? std::min<qint64>(limit, qint64(info.uncompressedSize)) : qint64(info.uncompressedSize);
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    qint64 total = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(8 << 20);
        if (chunk.isEmpty() && !file.atEnd())
            return false;
        total += chunk.size();
        if (total > allowed || !sink(chunk))
            return false;
    }
    file.close();
    return file.getZipError() == UNZ_OK;
}

// The topmost folder of dir that does not exist yet (empty when dir exists): what a failed
// import removes again, so that nothing written means nothing left.
QString firstMissing(const QString &dir)
{
    QString missing;
    for (QString d = dir; !QFileInfo::exists(d); d = QFileInfo(d).absolutePath()) {
        missing = d;
        if (QFileInfo(d).absolutePath() == d)
            break;
    }
    return missing;
}

bool safeEntryName(const QString &name)
{
    // Nothing may land outside the folder we unpack into.
    return !name.isEmpty() && !QDir::isAbsolutePath(name) && !name.split(QLatin1Char('/')).contains(QStringLiteral("..")) && !name.contains(QLatin1Char('\\'));
}
} // namespace

BundleImporter::Result BundleImporter::verify(const QString &zipPath)
{
    Result result;
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip)) {
        result.error = QStringLiteral("%1: not a readable zip (error %2)").arg(zipPath).arg(zip.getZipError());
        return result;
    }
    zip.setUtf8Enabled(true);
    QByteArray sums;
    if (!readEntry(zip, BundleExporter::checksumsName(), [&](const QByteArray &c) { sums += c; return true; }, kChecksumsLimit)) {
        result.error = QStringLiteral("%1: has no %2: not a bundle made by agilesec-installer").arg(zipPath, BundleExporter::checksumsName());
        return result;
    }
    QHash<QString, QString> expected;
    QStringList listed;
    for (const QByteArray &line : sums.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype sep = line.indexOf("  ");
        if (sep != 64) {
            result.problems << QStringLiteral("%1: unreadable line: %2").arg(BundleExporter::checksumsName(), QString::fromUtf8(line));
            continue;
        }
        const QString path = QString::fromUtf8(line.mid(66));
        expected.insert(path, QString::fromLatin1(line.left(64)));
        listed << path;
    }
    const QStringList names = zip.getFileNameList();
    const QSet<QString> files(names.cbegin(), names.cend());
    for (const QString &name : names) {
        // "a" and "a/b" cannot both be unpacked: say so before anything is written.
        for (qsizetype slash = name.indexOf(QLatin1Char('/')); slash > 0; slash = name.indexOf(QLatin1Char('/'), slash + 1)) {
            if (files.contains(name.left(slash)))
                result.problems << QStringLiteral("%1 is both a file and a folder in the zip (%2)").arg(name.left(slash), name);
        }
    }
    for (const QString &name : names) {
        if (name == BundleExporter::checksumsName() || name.endsWith(QLatin1Char('/')))
            continue;
        if (!safeEntryName(name)) {
            result.problems << QStringLiteral("unsafe path: %1").arg(name);
            continue;
        }
        if (!expected.contains(name)) {
            result.problems << QStringLiteral("not in SHA256SUMS: %1").arg(name);
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!readEntry(zip, name, [&](const QByteArray &c) { hash.addData(c); return true; })) {
            result.problems << QStringLiteral("unreadable or larger than the zip says: %1").arg(name);
            continue;
        }
        const QString actual = QString::fromLatin1(hash.result().toHex());
        if (actual != expected.value(name))
            result.problems << QStringLiteral("tampered: %1 (SHA-256 %2, SHA256SUMS says %3)").arg(name, actual, expected.value(name));
        ++result.files;
    }
    for (const QString &path : std::as_const(listed)) {
        if (!names.contains(path))
            result.problems << QStringLiteral("missing: %1").arg(path);
    }
    return result;
}

QString BundleImporter::spaceProblem(const QString &zipPath, const QString &directory, qint64 available)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return QStringLiteral("%1: not a readable zip (error %2)").arg(zipPath).arg(zip.getZipError());
    qint64 needed = 0;
    for (const QuaZipFileInfo64 &info : zip.getFileInfoList64())
        needed += qint64(std::min<quint64>(info.uncompressedSize, quint64(1) << 60)); // no overflow, however large the claim
    if (needed + kSpaceMargin <= available)
        return {};
    const auto mib = [](qint64 bytes) { return QString::number(double(bytes) / (1 << 20), 'f', 1); };
    return QStringLiteral("unpacking %1 needs %2 MiB in %3 and only %4 MiB is free (%5 MiB kept spare): free some space or import into "
                          "another folder")
        .arg(zipPath, mib(needed), directory, mib(available), mib(kSpaceMargin));
}

BundleImporter::Result BundleImporter::importBundle(const QString &zipPath, const QString &projectPath)
{
    Result result;
    const QFileInfo projectInfo(projectPath);
    const QString folderName = QFileInfo(zipPath).completeBaseName();
    result.directory = projectInfo.absoluteDir().filePath(folderName);
    if (QFileInfo::exists(result.directory) && !QDir(result.directory).isEmpty()) {
        result.error = QStringLiteral("%1 already exists and is not empty: choose another project folder or move it away").arg(result.directory);
        return result;
    }
    // The sizes before any byte is read: a bundle that cannot fit is refused at once.
    const QString created = firstMissing(projectInfo.absolutePath());
    const QString existing = created.isEmpty() ? projectInfo.absolutePath() : QFileInfo(created).absolutePath();
    result.error = spaceProblem(zipPath, existing, QStorageInfo(existing).bytesAvailable());
    if (!result.error.isEmpty())
        return result;
    const QString directory = result.directory;
    result = verify(zipPath);
    result.directory = directory;
    if (!result.ok())
        return result;
    QuaZip zip(zipPath);
    zip.open(QuaZip::mdUnzip);
    zip.setUtf8Enabled(true);
    // Unpack into a sibling temporary folder, then rename: a failure leaves nothing half-written,
    // and no folder this import made.
    const QString staging = result.directory + QStringLiteral(".importing");
    QDir(staging).removeRecursively();
    const auto abandon = [&](const QString &why, bool unpacked = false) {
        QDir(staging).removeRecursively();
        if (unpacked)
            QDir(result.directory).removeRecursively();
        if (!created.isEmpty())
            QDir(created).removeRecursively();
        result.error = why + QStringLiteral("; nothing written");
        result.files = 0;
        return result;
    };
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        zip.getCurrentFileInfo(&info);
        if (info.name.endsWith(QLatin1Char('/')))
            continue;
        const QString target = QDir(staging).filePath(info.name);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly))
            return abandon(QStringLiteral("cannot unpack %1 to %2: %3").arg(info.name, target, out.errorString()));
        out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        const bool read = readEntry(zip, info.name, [&](const QByteArray &c) { return out.write(c) == c.size(); });
        out.close();
        // The mode from the kind of file, never the zip's (a symlink entry, setuid bits, 0777).
        out.setPermissions(RenderedFile::permissionsFor(BundleModes::forPath(info.name)));
        if (!read)
            return abandon(QStringLiteral("cannot unpack %1: unreadable, larger than the zip's directory says, or the disk is full").arg(info.name));
    }
    if (!QDir().rename(staging, result.directory))
        return abandon(QStringLiteral("cannot move %1 to %2").arg(staging, result.directory));
    QFile projectFile(QDir(result.directory).filePath(BundleExporter::projectName()));
    projectFile.open(QIODevice::ReadOnly);
    QJsonObject project = QJsonDocument::fromJson(projectFile.readAll()).object();
    project.insert(QStringLiteral("config"), folderName + QStringLiteral("/generate_envs/multi_node_config.conf"));
    QJsonObject install = project.value(QStringLiteral("install")).toObject();
    install.insert(QStringLiteral("outputDir"), folderName);
    if (install.contains(QStringLiteral("package")))
        install.insert(QStringLiteral("package"), folderName + QLatin1Char('/') + install.value(QStringLiteral("package")).toString());
    project.insert(QStringLiteral("install"), install);
    QSaveFile save(projectInfo.absoluteFilePath());
    if (!save.open(QIODevice::WriteOnly) || save.write(QJsonDocument(project).toJson(QJsonDocument::Indented)) < 0 || !save.commit())
        return abandon(QStringLiteral("%1: %2").arg(projectPath, save.errorString()), true);
    result.projectPath = projectInfo.absoluteFilePath();
    return result;
}
