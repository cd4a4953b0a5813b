#pragma once

#include "config/ClusterLoader.h"
#include "exec/ExecutorSettings.h"
#include "plan/InstallPlan.h"
#include "project/InstallSecrets.h"
#include "project/NodeTarget.h"
#include "staging/ProjectStaging.h"
#include "util/RenderedFile.h"

#include <QList>
#include <QString>
#include <functional>

class InstallExecutor;
class Project;
class QObject;

// Run a plan (install, add-node, the wizard's Install page): stage the files, assemble the
// executor's settings, make the executor, pin the host keys accepted on the way. The one
// implementation both faces use; they differ only in how they show progress and decide on a
// failure (the CLI ends, the wizard asks).
class PlanRun
{
public:
    struct Options {
        QString journalPath;            // empty: the project's install journal
        int maxParallelNodes = ExecutorSettings().maxParallelNodes;
        int kafkaWatchIntervalMs = ExecutorSettings().kafkaWatchIntervalMs; // 0 where no backend joins (an addition)
        int installTimeoutMs = ExecutorSettings().installTimeoutMs;
        int livenessSeconds = ExecutorSettings().livenessSeconds;
        int reconnectAttempts = ExecutorSettings().reconnectAttempts;
        bool waitForDecision = false;   // the wizard asks retry / skip / abort; the CLI ends
    };

    // Env files, certificates and extraFiles (an addition's load-balancer delta) into the
    // project's output folder. Changes nothing that is still right; safe on a worker thread.
    static ProjectStaging::Result stage(const Project &project, const ClusterLoader::Result &loaded, const QList<RenderedFile> &extraFiles = {});
    static ExecutorSettings settings(const Project &project, const QString &stagingDir, const Options &options);
    // An executor for the plan on the project's targets (with the host-key choices already
    // applied). Every key accepted on the way is pinned in *project as it is accepted
    // (HostKeyPinning); a failed save goes to onWarning. *project must outlive the executor.
    static InstallExecutor *executor(Project *project, const InstallPlan &plan, const QList<NodeTarget> &targets, const InstallSecrets &secrets,
                                     const ExecutorSettings &settings, const std::function<void(const QString &)> &onWarning,
                                     QObject *parent = nullptr);
};
