#pragma once

#include "core/ExternalAccess.h"
#include "plan/PlanStep.h"
#include "exec/StepOutcome.h"

#include <QList>
#include <QString>
#include <functional>

class Project;

// Puts the on-prem load balancer files on the LB nodes over SSH: haproxy.cfg, our CA and the
// node's keepalived.conf go to a staging folder, each is checked there with the real tool
// (haproxy -c, keepalived -t) and only then moved into place and the service reloaded. The
// BACKUP nodes go first and the MASTER last, so the VIP stays put while the others reload.
class LoadBalancerPush
{
public:
    struct NodeResult {
        QString hostname;
        bool ok = false;
        QString message;
    };
    // The steps for LB node lbIndex; local paths are relative to the project's output directory.
    static QList<PlanStep> steps(const ExternalAccess &external, int lbIndex);
    // Runs them on every LB node; onLine receives "host: line" as the commands print.
    static QList<NodeResult> push(const Project &project, const QByteArray &sudoPassword, const QByteArray &sshPassword,
                                  const std::function<void(const QString &)> &onLine);
};
