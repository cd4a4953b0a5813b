#include "ops/ClusterImport.h"

#include "project/Project.h"
#include "ssh/SshSession.h"
#include "verify/AccessProbe.h"

#include <QFile>

namespace {
ClusterImport::Outcome written(ClusterImport::Outcome outcome, const Project &project)
{
    if (!outcome.files)
        return outcome;
    outcome.error = ClusterImporter::write(*outcome.files, project);
    outcome.writeFailed = !outcome.error.isEmpty();
    return outcome;
}
} // namespace

ClusterImport::Outcome ClusterImport::fromNode(Project *project, const SshEndpoint &endpoint, const QByteArray &sshPassword, bool withCaKey,
                                               const QString &localCaKeyPath)
{
    Outcome o;
    SshSession session(endpoint, SshCredentials{sshPassword, {}});
    const bool connected = session.connect();
    o.check = AccessProbe::connection(QStringLiteral("backend-1"), session, connected);
    if (!connected) {
        o.error = session.error();
        return o;
    }
    o.files = ClusterImporter::readFromNode(session, project, withCaKey, &o.error);
    if (o.files && !localCaKeyPath.isEmpty()) {
        // The key kept off the nodes (as this installer keeps it): a local copy.
        QFile key(localCaKeyPath);
        if (!key.open(QIODevice::ReadOnly)) {
            o.error = QStringLiteral("--ca-key %1: %2").arg(key.fileName(), key.errorString());
            o.files.reset();
            return o;
        }
        o.files->caKey = key.readAll();
    }
    return written(std::move(o), *project);
}

ClusterImport::Outcome ClusterImport::fromFiles(const Project &project, const QString &configPath, const QString &caCertPath,
                                                const QString &caKeyPath, const QString &bundlePath)
{
    Outcome o;
    o.files = ClusterImporter::readLocal(configPath, caCertPath, caKeyPath, bundlePath, &o.error);
    return written(std::move(o), project);
}
