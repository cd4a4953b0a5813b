#pragma once

#include "config/ClusterLoader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class Project;

// The air-gapped bundle: one zip an engineer carries into a site and uses without this app.
// Layout and guarantees in docs/bundle-format.md. No password is ever inside; the CA private
// key only when asked for, and then encrypted with a passphrase.
class BundleExporter
{
public:
    struct Options {
        bool includeCaKey = false;
        QByteArray caKeyPassphrase; // required with includeCaKey
    };
    struct Result {
        QString error;          // empty on success; the target was not touched otherwise
        QStringList entries;    // in zip order
        qint64 bytes = 0;
        bool ok() const { return error.isEmpty(); }
    };

    static Result exportBundle(const Project &project, const ClusterLoader::Result &loaded, const QString &zipPath, const Options &options);
    static QString checksumsName() { return QStringLiteral("SHA256SUMS"); }
    static QString manifestName() { return QStringLiteral("manifest.json"); }
    static QString projectName() { return QStringLiteral("project.json"); }
};
