#pragma once

#include "core/Cluster.h"
#include "project/InstallSecrets.h"
#include "project/NodeTarget.h"
#include "verify/PreflightFinding.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

// Checks every node in parallel before an install, changing nothing: SSH and host key, sudo,
// CPU, memory and disk against the guide's requirements for the node's profile, the OS,
// firewalld and the frontend port, the installer directory, whether the external FQDN
// resolves, clock skew between nodes and, for stretch clusters, the round trip between each
// pair of nodes in different sites graded by the guide's table.
class PreflightRunner
{
    // Findings are in the user's language where a translator is installed (the wizard), else English.
    Q_DECLARE_TR_FUNCTIONS(PreflightRunner)

public:
    // acceptedHostKeys (optional) receives host keys the user accepted explicitly, to pin.
    // installerPackage: the package the install would unpack where the installer is missing.
    // nodeDone (optional) is called from a worker thread with each node's findings as that node
    // finishes, for a view that fills in while the slower nodes are still being checked.
    using NodeDone = std::function<void(const QString &hostname, const QList<PreflightFinding> &findings)>;
    static QList<PreflightFinding> run(const Cluster &cluster, const QList<NodeTarget> &targets, const InstallSecrets &secrets,
                                       const QString &installerPackage = {}, QHash<QString, QString> *acceptedHostKeys = nullptr,
                                       const NodeDone &nodeDone = {});

    // The guide's inter-datacenter table: < 5 ms ideal, 5-20 recommended, 20-50 degraded,
    // > 50 not recommended.
    static PreflightFinding gradeLatency(const QString &from, const QString &to, double rttMs);
    // Below minimum is an error, below production a warning.
    static PreflightFinding gradeResource(const QString &node, const QString &check, double have, int minimum, int production, const QString &unit);
    // Largest difference between the nodes' clocks; above 1 s a warning, above 30 s an error.
    static PreflightFinding gradeClockSkew(double skewSeconds, const QString &earliest, const QString &latest);
    // uncertaintySeconds: how far off the measurement itself may be (half round trips); only
    // what exceeds it is graded.
    static PreflightFinding gradeClockSkew(double skewSeconds, double uncertaintySeconds, const QString &earliest, const QString &latest);
};
