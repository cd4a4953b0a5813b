#include "cli/PlanRunPrinter.h"

#include "cli/Command.h"
#include "cli/ProgressPrinter.h"
#include "exec/InstallExecutor.h"
#include "ops/PlanRun.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>
#include <atomic>
#include <csignal>
#include <memory>

namespace {
std::atomic_bool interrupted{false};
extern "C" void onInterrupt(int)
{
    interrupted = true;
    std::signal(SIGINT, SIG_DFL); // a second Ctrl-C ends the program at once
}
} // namespace

PlanRunPrinter::PlanRunPrinter(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

bool PlanRunPrinter::run(const QString &command, Project *project, const InstallPlan &plan, const QList<NodeTarget> &targets,
                         const InstallSecrets &secrets, const ExecutorSettings &settings, bool verbose)
{
    const auto warn = [&](const QString &warning) { m_err << Command::kProgram << ' ' << command << ": " << warning << Qt::endl; };
    std::unique_ptr<InstallExecutor> executor(PlanRun::executor(project, plan, targets, secrets, settings, warn));
    ProgressPrinter printer(executor.get(), verbose, m_out, m_err);
    bool succeeded = false;
    QString summary;
    QEventLoop loop;
    QObject::connect(executor.get(), &InstallExecutor::finished, &loop, [&](bool ok, const QString &text) {
        succeeded = ok;
        summary = text;
        loop.quit();
    });
    QString error;
    if (!executor->start(&error)) {
        warn(error);
        return false;
    }
    m_out << "journal: " << settings.journalPath << "\nlogs: " << settings.logDir << Qt::endl;
    interrupted = false;
    std::signal(SIGINT, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, executor.get(), [&] {
        if (interrupted.exchange(false)) {
            m_err << "interrupted: stopping the running steps; run " << command << " again to resume" << Qt::endl;
            executor->abort();
        }
    });
    interruptPoll.start(200);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    (succeeded ? m_out : m_err) << command << (succeeded ? " complete: " : " FAILED: ") << summary << '\n';
    if (!succeeded) {
        for (const NodeProgress &p : executor->progress()) {
            if (p.state == NodeProgress::State::Failed)
                m_err << "  " << p.hostname << ": " << p.message << "\n    log: " << QDir(settings.logDir).filePath(p.hostname + QStringLiteral(".log")) << '\n';
        }
    }
    m_out.flush();
    m_err.flush();
    return succeeded;
}
