#pragma once

#include "day2/ClusterImporter.h"
#include "ssh/SshEndpoint.h"
#include "verify/ConnectionCheck.h"

#include <QByteArray>
#include <QString>
#include <optional>

class Project;

// Import a running cluster (import-cluster, the wizard's Import page): connect to backend-1 with
// its host key checked, read the files ClusterImporter knows, add a local copy of the CA key if
// one is given, check everything and write the project. Nothing is written when any of it fails.
class ClusterImport
{
public:
    struct Outcome {
        QString error;            // empty on success
        bool writeFailed = false; // the files were read but could not be written (nothing was)
        ConnectionCheck check;    // how backend-1 was reached; an unknown or changed key is for the user to decide
        std::optional<ClusterImporter::Files> files;
        bool ok() const { return error.isEmpty(); }
    };

    // *project holds the access (user, directories, auth); a key the user accepted is pinned in it.
    static Outcome fromNode(Project *project, const SshEndpoint &endpoint, const QByteArray &sshPassword, bool withCaKey,
                            const QString &localCaKeyPath = {});
    static Outcome fromFiles(const Project &project, const QString &configPath, const QString &caCertPath, const QString &caKeyPath,
                             const QString &bundlePath);
};
