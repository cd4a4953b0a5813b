#pragma once

#include "verify/ConnectionCheck.h"

#include <QHash>
#include <QList>
#include <QString>

class Project;

// The one rule for host keys the user accepted on the way (an exact fingerprint, or a new key
// with --accept-new-host-keys): pinned in the project at once, and the project saved when it has
// a file. A save that fails never fails the work that found the key (check-access, preflight,
// an install, an import, the wizard alike): the connection was already verified as the user
// asked, and an unsaved pin only means the same question comes again next time, which is the
// strict side. It is reported, naming the file and why, by every face.
class HostKeyPinning
{
public:
    // Pins hostKeyId -> fingerprint; returns the warning for a failed save, or empty.
    // With publicKeys (hostKeyId -> "<type> <base64>", from the same connections), each key whose
    // fingerprint is the pin is kept with it (hostPublicKeys), for other SSH clients: the
    // Ansible export's known_hosts. A pin that changes drops a key that no longer matches.
    static QString pin(Project *project, const QHash<QString, QString> &pins, const QHash<QString, QString> &publicKeys = {});
    // The keys the checks were shown, by hostKeyId.
    static QHash<QString, QString> publicKeysIn(const QList<ConnectionCheck> &checks);
    // The keys among checks that the user's choices accepted and that are not pinned yet.
    static QHash<QString, QString> acceptedIn(const QList<ConnectionCheck> &checks);
};
