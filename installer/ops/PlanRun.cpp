#include "ops/PlanRun.h"

#include "exec/InstallExecutor.h"
#include "ops/HostKeyPinning.h"
#include "project/Project.h"
#include "util/FileSetWriter.h"

ProjectStaging::Result PlanRun::stage(const Project &project, const ClusterLoader::Result &loaded, const QList<RenderedFile> &extraFiles)
{
    ProjectStaging::Result staged = ProjectStaging::prepare(project, loaded);
    if (staged.ok())
        staged.error = FileSetWriter::write(staged.directory, extraFiles);
    return staged;
}

ExecutorSettings PlanRun::settings(const Project &project, const QString &stagingDir, const Options &options)
{
    ExecutorSettings settings;
    settings.stagingDir = stagingDir;
    settings.journalPath = options.journalPath.isEmpty() ? project.journalPath() : options.journalPath;
    settings.logDir = project.logDir();
    settings.maxParallelNodes = options.maxParallelNodes;
    settings.kafkaWatchIntervalMs = options.kafkaWatchIntervalMs;
    settings.installTimeoutMs = options.installTimeoutMs;
    settings.waitForDecision = options.waitForDecision;
    settings.livenessSeconds = options.livenessSeconds;
    settings.reconnectAttempts = options.reconnectAttempts;
    return settings;
}

InstallExecutor *PlanRun::executor(Project *project, const InstallPlan &plan, const QList<NodeTarget> &targets, const InstallSecrets &secrets,
                                   const ExecutorSettings &settings, const std::function<void(const QString &)> &onWarning, QObject *parent)
{
    auto *executor = new InstallExecutor(plan, targets, secrets, settings, parent);
    QObject::connect(executor, &InstallExecutor::hostKeyAccepted, executor, [project, onWarning](const QString &, const QString &id, const QString &fp) {
        const QString warning = HostKeyPinning::pin(project, {{id, fp}});
        if (!warning.isEmpty() && onWarning)
            onWarning(warning);
    });
    return executor;
}
