#include "ops/HostKeyPinning.h"

#include "project/Project.h"

QString HostKeyPinning::pin(Project *project, const QHash<QString, QString> &pins)
{
    if (pins.isEmpty())
        return {};
    for (auto it = pins.cbegin(); it != pins.cend(); ++it)
        project->hostKeys.insert(it.key(), it.value());
    if (project->path.isEmpty())
        return {}; // a project not saved yet keeps its pins in memory until it is
    const QString error = project->save();
    if (error.isEmpty())
        return {};
    return QStringLiteral("could not pin the accepted host keys in %1: %2 (they will be asked for again)").arg(project->path, error);
}

QHash<QString, QString> HostKeyPinning::acceptedIn(const QList<ConnectionCheck> &checks)
{
    QHash<QString, QString> pins;
    for (const ConnectionCheck &c : checks) {
        if (c.shouldPin)
            pins.insert(c.hostKeyId, c.fingerprint);
    }
    return pins;
}
