// Benchmark: a whole lab install in-process, printing
//   wall_s critical_path_s ratio engine_cpu_ms_per_node nodes
// The critical path is what the phases imply: for each phase, the longest node's own work in
// it (the sum of its steps' durations from the journal), summed over the phases. The ratio is
// the orchestration's overhead. The engine's CPU time is this process's (std::clock), which
// includes SSH encryption but not the nodes' side.
// Usage: agilesec-bench-install TOPOLOGY STEP_SECONDS WORKDIR
#include "exec/InstallExecutor.h"
#include "plan/InstallPlanBuilder.h"
#include "BenchLab.h"
#include "lab/LabEnvironment.h"
#include "project/Project.h"
#include "staging/ProjectStaging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <ctime>

namespace {
double criticalPathSeconds(const InstallPlan &plan, const QString &journalPath)
{
    QFile f(journalPath);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QJsonObject steps = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("steps")).toObject();
    double total = 0;
    for (const PlanPhase &phase : plan.phases) {
        double longest = 0;
        for (const PlanNode &node : phase.nodes) {
            double work = 0;
            for (const PlanStep &step : node.steps) {
                const QJsonObject e = steps.value(step.id).toObject();
                const QDateTime started = QDateTime::fromString(e.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
                const QDateTime finished = QDateTime::fromString(e.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs);
                work += double(started.msecsTo(finished)) / 1000.0;
            }
            longest = std::max(longest, work);
        }
        total += longest;
    }
    return total;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: agilesec-bench-install TOPOLOGY STEP_SECONDS WORKDIR\n";
        return 2;
    }
    LabEnvironment::Options options;
    const QString projectPath = startBenchLab(args, &options);
    if (projectPath.isEmpty())
        return 1;
    int code = 1;
    {
        QString error;
        const std::optional<Project> project = Project::load(projectPath, &error);
        const ClusterLoader::Result loaded = project->loadCluster();
        const ProjectStaging::Result staged = ProjectStaging::prepare(*project, loaded);
        QFile adminFile(project->resolve(project->adminPasswordFile));
        adminFile.open(QIODevice::ReadOnly);
        InstallSecrets secrets;
        secrets.adminPassword = adminFile.readAll().trimmed();
        ExecutorSettings settings;
        settings.stagingDir = staged.directory;
        settings.journalPath = project->journalPath();
        settings.logDir = project->logDir();
        settings.maxParallelNodes = 64;
        const InstallPlan plan = InstallPlanBuilder::build(loaded.cluster, project->planOptions());
        InstallExecutor executor(plan, project->targets(loaded.cluster), secrets, settings);
        QEventLoop loop;
        bool ok = false;
        QString summary;
        QObject::connect(&executor, &InstallExecutor::finished, &loop, [&](bool success, const QString &text) {
            ok = success;
            summary = text;
            loop.quit();
        });
        QElapsedTimer wall;
        wall.start();
        const std::clock_t cpuStart = std::clock();
        if (staged.ok() && executor.start(&error))
            loop.exec();
        const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
        const double wallSeconds = double(wall.elapsed()) / 1000.0;
        if (ok) {
            const double critical = criticalPathSeconds(plan, settings.journalPath);
            QTextStream(stdout) << QString::number(wallSeconds, 'f', 2) << ' ' << QString::number(critical, 'f', 2) << ' '
                                << QString::number(wallSeconds / critical, 'f', 3) << ' ' << QString::number(cpuMs / plan.nodeCount(), 'f', 1) << ' '
                                << plan.nodeCount() << '\n';
            code = 0;
        } else {
            QTextStream(stderr) << "install failed: " << summary << ' ' << error << staged.error << '\n';
        }
    }
    QStringList stopped;
    LabEnvironment::down(options.directory, &stopped);
    return code;
}
