// Benchmark: the installer package to every node of a 7-node lab, the installer's link to the
// nodes through DelayProxy (delay each way, one bandwidth cap shared by every connection, as a
// VPN has), node-to-node traffic on loopback as a datacenter network. Three runs, each from
// nodes without the package: the installer's upload to backend-1 alone, its upload to every
// node, and the relay (PackageRelayPlan). Prints one line per run:
//   MODE WALL_S LINK_BYTES
// Usage: agilesec-bench-fanout WORKDIR PACKAGE DELAY_MS RATE_MIB_S [MODES, e.g. one,fan-out]
#include "BenchLab.h"
#include "ProxiedEndpoint.h"
#include "exec/InstallExecutor.h"
#include "plan/InstallPlanBuilder.h"
#include "project/Project.h"
#include "ssh/PackageDigest.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

namespace {
// Nodes as without an installer, and nothing of an earlier run: no copy, no step state.
void resetNodes(const QString &labDir, const Cluster &cluster)
{
    for (const Node &node : cluster.nodes) {
        const QString dir = labDir + QStringLiteral("/nodes/") + node.hostname + QStringLiteral("/installer/");
        QFile::setPermissions(dir + QStringLiteral("install_analytics.sh"), QFile::ReadOwner | QFile::WriteOwner);
        for (const QString &name : QDir(dir).entryList({QStringLiteral(".agilesec-installer-package*")}, QDir::Files | QDir::Hidden))
            QFile::remove(dir + name);
        QDir(dir + QStringLiteral(".agilesec-steps")).removeRecursively();
        QDir(dir + QStringLiteral(".agilesec-relay")).removeRecursively();
    }
}

// The package's part of the plan only: what the three runs compare.
InstallPlan packagePhases(const InstallPlan &full, const QString &onlyHost)
{
    InstallPlan plan;
    plan.options = full.options;
    for (const PlanPhase &phase : full.phases) {
        QList<PlanNode> nodes;
        for (PlanNode node : phase.nodes) {
            if (!onlyHost.isEmpty() && node.hostname != onlyHost)
                continue;
            if (phase.kind != PlanPhase::Kind::PackageRelay)
                node.steps.removeIf([](const PlanStep &s) { return !s.id.endsWith(QLatin1String("/upload-package")); });
            if (!node.steps.isEmpty())
                nodes << node;
        }
        if (phase.kind == PlanPhase::Kind::PackageRelay || phase.kind == PlanPhase::Kind::Prepare) {
            plan.addPhase(phase.kind, phase.title, phase.waitFor, nodes);
            if (!nodes.isEmpty())
                plan.phases.last().maxParallel = phase.maxParallel;
        }
    }
    return plan;
}

bool run(const QString &mode, const Project &project, const ClusterLoader::Result &loaded, const QString &labDir, int delayMs, double bytesPerSecond)
{
    resetNodes(labDir, loaded.cluster);
    QFile::remove(project.journalPath());
    PlanOptions options = project.planOptions();
    options.relayNode = mode == QLatin1String("fan-out") ? QString() : QStringLiteral("none");
    const InstallPlan plan = packagePhases(InstallPlanBuilder::build(loaded.cluster, options), mode == QLatin1String("one") ? QStringLiteral("backend-1") : QString());

    const auto budget = std::make_shared<LinkBudget>(bytesPerSecond);
    std::vector<std::unique_ptr<ProxiedEndpoint>> proxies;
    QList<NodeTarget> targets = project.targets(loaded.cluster);
    for (NodeTarget &target : targets) {
        proxies.push_back(std::make_unique<ProxiedEndpoint>(target.endpoint, delayMs, budget));
        if (!proxies.back()->ok())
            return false;
        target.endpoint = proxies.back()->endpoint();
    }
    ExecutorSettings settings;
    settings.journalPath = project.journalPath();
    settings.logDir = project.logDir() + QLatin1Char('-') + mode;
    settings.maxParallelNodes = 16;
    settings.kafkaWatchIntervalMs = 0;
    InstallExecutor executor(plan, targets, {}, settings);
    QEventLoop loop;
    bool ok = false;
    QString summary;
    QObject::connect(&executor, &InstallExecutor::finished, &loop, [&](bool success, const QString &text) {
        ok = success;
        summary = text;
        loop.quit();
    });
    QString error;
    QElapsedTimer wall;
    wall.start();
    if (!executor.start(&error)) {
        QTextStream(stderr) << mode << ": " << error << '\n';
        return false;
    }
    loop.exec();
    if (!ok) {
        QTextStream(stderr) << mode << ": " << summary << '\n';
        return false;
    }
    QTextStream(stdout) << mode << ' ' << QString::number(double(wall.elapsed()) / 1000.0, 'f', 2) << ' ' << budget->bytesSent() << '\n';
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5 && args.size() != 6) {
        QTextStream(stderr) << "usage: agilesec-bench-fanout WORKDIR PACKAGE DELAY_MS RATE_MIB_S [MODES]\n";
        return 2;
    }
    LabEnvironment::Options lab;
    const QString projectPath = startBenchLab({args[0], QStringLiteral("7"), QStringLiteral("0.02"), args[1] + QStringLiteral("/lab")}, &lab);
    if (projectPath.isEmpty())
        return 1;
    int code = 1;
    {
        QString error;
        std::optional<Project> project = Project::load(projectPath, &error);
        project->installerPackage = args[2];
        const ClusterLoader::Result loaded = project->loadCluster();
        if (!PackageDigest::compute(args[2], &error).isEmpty()) {
            const double rate = args[4].toDouble() * 1024 * 1024;
            code = 0;
            const QStringList modes = args.size() == 6 ? args[5].split(QLatin1Char(',')) : QStringList{"one", "direct", "fan-out"};
            for (const QString &mode : modes) {
                if (!run(mode, *project, loaded, lab.directory, args[3].toInt(), rate))
                    code = 1;
            }
        } else {
            QTextStream(stderr) << error << '\n';
        }
    }
    QStringList stopped;
    LabEnvironment::down(lab.directory, &stopped);
    return code;
}
