#pragma once

#include "project/InstallSecrets.h"
#include "project/NodeTarget.h"
#include "verify/ConnectionCheck.h"

#include <QList>
#include <QString>
#include <QStringList>

// Check access (check-access, the wizard's "Test connections", the status after an import):
// every node at once, one session per node on its own thread (FanOut), changing nothing on the
// nodes. The targets carry the user's host-key choices already (HostKeyChoices::applyTo); what
// they accepted is pinned afterwards by HostKeyPinning, on the caller's thread.
class AccessCheck
{
public:
    static QList<ConnectionCheck> run(const QList<NodeTarget> &targets, const InstallSecrets &secrets);
    static bool allOk(const QList<ConnectionCheck> &checks);

    // --node NAME... on check-access, verify and the rest: only those targets, in the cluster's
    // order; every name must be a node of the cluster (an unknown one is an error, never ignored).
    static QList<NodeTarget> select(const QList<NodeTarget> &targets, const QStringList &names, QString *error);
};
