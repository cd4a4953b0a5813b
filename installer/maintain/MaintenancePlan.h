#pragma once

#include "core/Cluster.h"
#include "core/ExternalAccess.h"
#include "maintain/MaintenanceRequest.h"
#include "maintain/MaintenanceStep.h"
#include "project/NodeTarget.h"

#include <QList>

// The ordered steps of a rolling maintenance. Frontends go in batches of --max-out, each taken
// out of rotation, worked on, checked and put back before the next batch; a batch never holds
// every frontend, so one always serves. Backends go one at a time between quorum checks.
class MaintenancePlan
{
public:
    // backendName: the HAProxy backend holding the frontends (LoadBalancerRenderer::Settings).
    static QList<MaintenanceStep> build(const Cluster &cluster, const QList<NodeTarget> &targets, const ExternalAccess &external,
                                        const QString &backendName, const MaintenanceRequest &request, QString *error);
    // The work's shell command on that node (Reboot: the command that schedules the reboot).
    static QString workCommand(const NodeTarget &target, const MaintenanceRequest &request);
    // The voters' services a backend's restart must give back before the next one.
    static QStringList quorumServices();
};
