// Benchmark: what running a step detached costs against running it inside the SSH session.
// On one lab node, directly on loopback or through DelayProxy (delay each way), it runs the same
// short command RUNS times as a plain exec and RUNS times as a detached step (DetachedStepRunner:
// start in its own session, follow its log, read its exit status). Prints
//   plain_ms detached_ms extra_ms ratio
// as medians. Usage: agilesec-bench-detach PROJECT NODE DELAY_MS RUNS
#include "ProxiedEndpoint.h"
#include "exec/DetachedStepRunner.h"
#include "ssh/DetachedStep.h"
#include "project/Project.h"
#include "ssh/SshSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values[values.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        QTextStream(stderr) << "usage: agilesec-bench-detach PROJECT NODE DELAY_MS RUNS\n";
        return 2;
    }
    QString error;
    const std::optional<Project> project = Project::load(args[1], &error);
    const ClusterLoader::Result cluster = project ? project->loadCluster() : ClusterLoader::Result();
    const Node *node = project ? cluster.cluster.findByHostname(args[2]) : nullptr;
    if (!node) {
        QTextStream(stderr) << "no project or no node " << args[2] << ' ' << error << '\n';
        return 1;
    }
    const int delay = args[3].toInt();
    const int runs = std::max(1, args[4].toInt());
    const ProxiedEndpoint route(project->endpointFor(*node), delay);
    if (!route.ok())
        return 1;
    int code = 1;
    {
        SshSession session(route.endpoint(), {});
        if (session.connect()) {
            const QString installerDir = project->accessFor(*node).installerDir;
            QList<double> plain, detached;
            bool ok = true;
            for (int i = 0; i < runs && ok; ++i) {
                PlanStep step;
                step.id = QStringLiteral("%1/bench-%2").arg(node->hostname).arg(i);
                step.command = QStringLiteral("cd %1 && echo bench").arg(installerDir);
                QElapsedTimer clock;
                clock.start();
                ok = session.exec(step.command).ok();
                plain << double(clock.nsecsElapsed()) / 1e6;
                StepContext context;
                context.stepStateRoot = DetachedStep::stateRootFor(installerDir);
                clock.restart();
                ok = ok && DetachedStepRunner::run(session, step, step.command, {}, context).ok;
                detached << double(clock.nsecsElapsed()) / 1e6;
            }
            session.exec(QStringLiteral("rm -rf %1/.agilesec-steps/%2.bench-*").arg(installerDir, node->hostname));
            if (ok) {
                const double p = median(plain), d = median(detached);
                QTextStream(stdout) << QString::number(p, 'f', 1) << ' ' << QString::number(d, 'f', 1) << ' ' << QString::number(d - p, 'f', 1) << ' '
                                    << QString::number(d / p, 'f', 2) << '\n';
                code = 0;
            }
        } else {
            QTextStream(stderr) << session.error() << '\n';
        }
    }
    return code;
}
