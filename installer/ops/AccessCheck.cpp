#include "ops/AccessCheck.h"

#include "util/FanOut.h"
#include "verify/AccessProbe.h"

#include <algorithm>

QList<ConnectionCheck> AccessCheck::run(const QList<NodeTarget> &targets, const InstallSecrets &secrets)
{
    return FanOut::map<ConnectionCheck, NodeTarget>(
        targets, [&secrets](const NodeTarget &t) { return AccessProbe::probe(t.hostname, t.endpoint, secrets); });
}

bool AccessCheck::allOk(const QList<ConnectionCheck> &checks)
{
    return !checks.isEmpty() && std::all_of(checks.begin(), checks.end(), [](const ConnectionCheck &c) { return c.ok(); });
}

QList<NodeTarget> AccessCheck::select(const QList<NodeTarget> &targets, const QStringList &names, QString *error)
{
    for (const QString &name : names) {
        if (std::none_of(targets.begin(), targets.end(), [&](const NodeTarget &t) { return t.hostname == name; })) {
            *error = QStringLiteral("--node %1: no such node in the cluster").arg(name);
            return {};
        }
    }
    if (names.isEmpty())
        return targets;
    QList<NodeTarget> selected;
    for (const NodeTarget &t : targets) {
        if (names.contains(t.hostname))
            selected << t;
    }
    return selected;
}
