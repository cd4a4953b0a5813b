#pragma once

#include <QString>
#include <QtGlobal>
#include <QStringList>

// Opens a bundle made by BundleExporter: every file checked against SHA256SUMS (a changed,
// missing or unlisted file is reported by name, and then nothing is written), then unpacked
// next to the new project file (modes from BundleModes), which points at the unpacked config and files.
// SHA256SUMS catches damage and edits of single files; it is not a signature.
class BundleImporter
{
public:
    struct Result {
        QStringList problems;   // one per file: "tampered: PATH ...", "missing: PATH", "not in SHA256SUMS: PATH"
        QString error;          // could not read or write at all
        QString projectPath;
        QString directory;      // where the files were unpacked
        int files = 0;
        bool ok() const { return error.isEmpty() && problems.isEmpty(); }
    };

    // Checks only.
    static Result verify(const QString &zipPath);
    // Refuses (before anything is read or written) a bundle whose entries, as its zip directory
    // gives their sizes, would not fit in available bytes with a margin to spare.
    static Result importBundle(const QString &zipPath, const QString &projectPath);
    static QString spaceProblem(const QString &zipPath, const QString &directory, qint64 available);
};
