#pragma once

#include <QString>
#include <QStringList>

// Opens a bundle made by BundleExporter: every file checked against SHA256SUMS (a changed,
// missing or unlisted file is reported by name, and then nothing is written), then unpacked
// with its modes next to the new project file, which points at the unpacked config and files.
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
    static Result importBundle(const QString &zipPath, const QString &projectPath);
};
