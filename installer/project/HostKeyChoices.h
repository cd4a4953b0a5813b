#pragma once

#include "project/NodeTarget.h"
#include "ssh/SshEndpoint.h"

#include <QHash>
#include <QList>
#include <QString>

// The user's explicit host-key decisions for one run: exact keys accepted (as printed for an
// unknown or changed key, HOST:PORT=SHA256:...) and whether unknown keys may be accepted. Never
// more than that: a changed key is accepted only by its exact fingerprint.
struct HostKeyChoices {
    QHash<QString, QString> accepted; // Project::hostKeyId -> SHA256:...
    bool acceptNew = false;

    // Adds one HOST:PORT=SHA256:... choice; the problem, or empty.
    QString add(const QString &spec);
    void applyTo(SshEndpoint &endpoint) const;
    void applyTo(QList<NodeTarget> &targets) const;
};
