#include "ops/HostKeyPinning.h"

#include "project/Project.h"
#include "ssh/KnownHostsFile.h"

QString HostKeyPinning::pin(Project *project, const QHash<QString, QString> &pins, const QHash<QString, QString> &publicKeys)
{
    bool changed = !pins.isEmpty();
    for (auto it = pins.cbegin(); it != pins.cend(); ++it) {
        project->hostKeys.insert(it.key(), it.value());
        const QString known = project->hostPublicKeys.value(it.key());
        if (!known.isEmpty() && KnownHostsFile::fingerprintOfPublicKey(known) != it.value())
            project->hostPublicKeys.remove(it.key());
    }
    for (auto it = publicKeys.cbegin(); it != publicKeys.cend(); ++it) {
        const QString pinned = project->hostKeys.value(it.key());
        if (pinned.isEmpty() || project->hostPublicKeys.value(it.key()) == it.value())
            continue;
        if (KnownHostsFile::fingerprintOfPublicKey(it.value()) == pinned) {
            project->hostPublicKeys.insert(it.key(), it.value());
            changed = true;
        }
    }
    if (!changed)
        return {};
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
        for (const auto &jump : c.jumpPins)
            pins.insert(jump.first, jump.second);
    }
    return pins;
}

QHash<QString, QString> HostKeyPinning::publicKeysIn(const QList<ConnectionCheck> &checks)
{
    QHash<QString, QString> keys;
    for (const ConnectionCheck &c : checks) {
        if (!c.publicKey.isEmpty() && !c.hostKeyId.isEmpty())
            keys.insert(c.hostKeyId, c.publicKey);
        for (const auto &jump : c.jumpKeys) // kept only where the key matches the pin, as a node's
            keys.insert(jump.first, jump.second);
    }
    return keys;
}
