#pragma once

#include "core/Cluster.h"
#include "maintain/MaintenanceRequest.h"
#include "maintain/MaintenanceRun.h"
#include "maintain/MaintenanceStep.h"
#include "maintain/RotationControl.h"
#include "project/InstallSecrets.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>

class Project;

// The rolling maintenance use case, for `maintain` and the wizard's Maintenance page: the run's
// request kept beside its journal (output/day2/maintain-run.json and maintain-<run id>-journal.json),
// an unfinished run resumed rather than a new one started over it, the load balancer's rotation
// control for the project's external access, and the plan.
class RollingMaintenance
{
public:
    static QString requestPath(const Project &project);
    static QString journalPath(const Project &project, const QString &runId);
    // The last run when it did not finish; nullopt when there is none (or *error when it is unreadable).
    static std::optional<MaintenanceRequest> unfinished(const Project &project, QString *error);
    static QString saveRequest(const Project &project, const MaintenanceRequest &request);

    struct Prepared {
        MaintenanceRequest request;
        QList<MaintenanceStep> steps;
        QString error; // why it cannot run
        bool resumed = false;
    };
    // resume: go on with the unfinished run (request is ignored); else a new run, refused while
    // one is unfinished.
    static Prepared prepare(const Project &project, const Cluster &cluster, const MaintenanceRequest &request, bool resume);
    // confirm: for the operator's own steps at a cloud load balancer (ManualRotation).
    static std::unique_ptr<RotationControl> rotationFor(const Project &project, const Cluster &cluster, const InstallSecrets &secrets,
                                                        std::function<bool(const QString &)> confirm);
    // Runs it (the request saved first, marked finished at the end); options' entry and CA are
    // filled in from the project when empty.
    static MaintenanceRun::Result run(const Project &project, const Cluster &cluster, const InstallSecrets &secrets, Prepared &prepared,
                                      RotationControl &rotation, MaintenanceRun::Options options);
};
