// Benchmark: the wizard's install page while a lab of N nodes streams its logs, printing
//   max_stall_ms p99_stall_ms lines rss_mb peak_rss_mb wall_s nodes peer_max_stall_ms
// A stall is how late a 5 ms timer fires on the GUI thread (the event loop was busy that
// long). The node row of the busiest node is selected, so its live log is painted too. The three
// receivers/events with the longest single delivery go to WORKDIR/contributors.txt.
// Usage: agilesec-bench-gui TOPOLOGY STEP_SECONDS WORKDIR   (QT_QPA_PLATFORM=offscreen)
#include "ClusterSession.h"
#include "jobs/InstallJob.h"
#include "exec/InstallExecutor.h"
#include "InstallWizard.h"
#include "BenchLab.h"
#include "lab/LabEnvironment.h"
#include "TimedApplication.h"
#include "WizardWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>

namespace {
// Resident and peak resident memory in MiB (Linux /proc; the lab is Linux-only anyway).
std::pair<double, double> memoryMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    double rss = 0, peak = 0;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2 && parts[0] == "VmRSS:")
                rss = parts[1].toDouble() / 1024.0;
            if (parts.size() >= 2 && parts[0] == "VmHWM:")
                peak = parts[1].toDouble() / 1024.0;
        }
    }
    return {rss, peak};
}
} // namespace

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: agilesec-bench-gui TOPOLOGY STEP_SECONDS WORKDIR\n";
        return 2;
    }
    QCoreApplication::setOrganizationName(QStringLiteral("AgileSecBench"));
    LabEnvironment::Options options;
    const QString projectPath = startBenchLab(args, &options);
    if (projectPath.isEmpty())
        return 1;
    lowerLabPriority(options.directory);
    int code = 1;
    {
        WizardWindow window;
        window.resize(1366, 768);
        window.show();
        window.session()->install()->setMaxParallelNodes(64); // every node of a phase at once: the most output
        if (window.openProjectFile(projectPath)) {
            qint64 lines = 0;
            QElapsedTimer wall;
            InstallJob *install = window.session()->install();
            QObject::connect(install, &InstallJob::stepLine, &window, [&] { ++lines; });
            if (qEnvironmentVariableIsSet("GUI_BENCH_TRACE")) {
                QObject::connect(install, &InstallJob::starting, &window, [&] { QTextStream(stderr) << "executor starting at " << wall.elapsed() << " ms\n"; });
                QObject::connect(install, &InstallJob::phaseStarted, &window,
                                 [&](int index) { QTextStream(stderr) << "phase " << index << " at " << wall.elapsed() << " ms\n"; });
            }
            // Stall probe: a 5 ms timer; how late each tick comes is how long the loop was busy.
            QList<double> stalls;
            QElapsedTimer sinceTick;
            QTimer probe;
            probe.setTimerType(Qt::PreciseTimer);
            probe.setInterval(5);
            QObject::connect(&probe, &QTimer::timeout, [&] {
                if (sinceTick.isValid()) {
                    stalls << std::max(0.0, double(sinceTick.nsecsElapsed()) / 1e6 - 5.0);
                    if (qEnvironmentVariableIsSet("GUI_BENCH_TRACE") && stalls.last() > 15)
                        QTextStream(stderr) << "stall " << stalls.last() << " ms at " << wall.elapsed() << " ms\n";
                }
                sinceTick.restart();
            });
            bool ok = false;
            QString summary;
            QEventLoop loop;
            QObject::connect(window.session()->install(), &InstallJob::finished, &loop, [&](bool success, const QString &text) {
                ok = success;
                summary = text;
                loop.quit();
            });
            QObject::connect(window.session()->install(), &InstallJob::failedToStart, &loop, [&](const QString &text) {
                summary = text;
                loop.quit();
            });
            // The window shown and painted first (the page the project opens on), as a user's
            // has been through the pages before Install: the font and glyph caches are warm, and
            // a cold process's first paint is not counted as the install page's.
            QElapsedTimer warm;
            warm.start();
            while (warm.elapsed() < 300)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            InstallWizard *wizard = window.wizard();
            wizard->setStartId(InstallWizard::Install);
            wall.start();
            wizard->restart(); // the install page starts the install
            // Follow the last node's log: the worst case for painting.
            if (auto *tree = wizard->findChild<QTreeWidget *>(QStringLiteral("installTree")); tree && tree->topLevelItemCount() > 0) {
                QTreeWidgetItem *last = tree->topLevelItem(tree->topLevelItemCount() - 1);
                tree->setCurrentItem(last->child(last->childCount() - 1));
            }
            // The peer: the same probe on an idle thread of this process. Its stalls are the
            // machine's (scheduling on a loaded 2-core box), not the wizard's work.
            QThread peerThread;
            double peerMax = 0;
            QTimer peerProbe;
            QElapsedTimer peerSince;
            peerProbe.setTimerType(Qt::PreciseTimer);
            peerProbe.setInterval(5);
            peerProbe.moveToThread(&peerThread);
            QObject::connect(&peerProbe, &QTimer::timeout, [&] {
                if (peerSince.isValid())
                    peerMax = std::max(peerMax, double(peerSince.nsecsElapsed()) / 1e6 - 5.0);
                peerSince.restart();
            });
            QObject::connect(&peerThread, &QThread::started, &peerProbe, qOverload<>(&QTimer::start));
            peerThread.start();
            probe.start();
            sinceTick.start(); // a freeze before the first tick counts too
            app.record(true);
            loop.exec();
            app.record(false);
            probe.stop();
            QMetaObject::invokeMethod(&peerProbe, &QTimer::stop, Qt::BlockingQueuedConnection);
            peerThread.quit();
            peerThread.wait();
            const double wallSeconds = double(wall.elapsed()) / 1000.0;
            std::sort(stalls.begin(), stalls.end());
            const double maxStall = stalls.isEmpty() ? 0 : stalls.last();
            const double p99 = stalls.isEmpty() ? 0 : stalls.at(qsizetype(double(stalls.size() - 1) * 0.99));
            const auto [rss, peak] = memoryMb();
            if (ok) {
                QTextStream(stdout) << QString::number(maxStall, 'f', 1) << ' ' << QString::number(p99, 'f', 1) << ' ' << lines << ' '
                                    << QString::number(rss, 'f', 0) << ' ' << QString::number(peak, 'f', 0) << ' '
                                    << QString::number(wallSeconds, 'f', 1) << ' ' << window.session()->plan().nodeCount() << ' '
                                    << QString::number(peerMax, 'f', 1) << '\n';
                // Where the longest stalls went, for bench/run.sh to print beside the figures.
                QFile contributors(QDir(args.at(3)).filePath(QStringLiteral("contributors.txt")));
                if (contributors.open(QIODevice::WriteOnly))
                    contributors.write(app.largest(3).join(QLatin1Char('\n')).toUtf8() + '\n');
                code = 0;
            } else {
                QTextStream(stderr) << "install failed: " << summary << '\n';
            }
        }
    }
    QStringList stopped;
    LabEnvironment::down(options.directory, &stopped);
    return code;
}
