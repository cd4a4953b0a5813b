#include "cli/ProgressPrinter.h"

#include "exec/InstallExecutor.h"

#include <QDateTime>

ProgressPrinter::ProgressPrinter(InstallExecutor *executor, bool showOutput, QTextStream &out, QTextStream &err)
    : QObject(executor)
    , m_out(out)
    , m_err(err)
{
    const int phases = int(executor->plan().phases.size());
    connect(executor, &InstallExecutor::phaseStarted, this, [=, this](int index, const QString &title) { m_out << phaseLine(index, phases, title) << Qt::endl; });
    connect(executor, &InstallExecutor::phaseFinished, this, [=, this](int index, bool ok) { m_out << phaseEndLine(index, ok) << Qt::endl; });
    if (showOutput) {
        connect(executor, &InstallExecutor::stepLine, this, [=, this](const QString &host, const QString &, const QString &line) {
            m_out << stamp() << "    " << host << " | " << line << Qt::endl;
        });
    }
    connect(executor, &InstallExecutor::nodeChanged, this, [=, this](const NodeProgress &p) {
        // One line when a step starts: the node, the step and how far the node is.
        if (p.state != NodeProgress::State::Running || p.stepId.isEmpty() || m_lastStep.value(p.hostname) == p.stepId)
            return;
        m_lastStep.insert(p.hostname, p.stepId);
        m_out << stepStartLine(p) << Qt::endl;
    });
    connect(executor, &InstallExecutor::stepFinished, this, [=, this](const QString &host, const PlanStep &step, const StepOutcome &o) {
        (o.ok ? m_out : m_err) << stepEndLine(host, step.title, o.ok, o.alreadyDone, o.message) << Qt::endl;
    });
    connect(executor, &InstallExecutor::kafkaRestarted, this, [=, this](const QString &host, const QString &message) {
        m_out << stamp() << "  " << host << ": KAFKA WATCHDOG: " << message << Qt::endl;
    });
    connect(executor, &InstallExecutor::reconnecting, this, [=, this](const QString &host, const QString &status, const QString &why) {
        m_err << stamp() << "  " << host << ": reconnecting (" << status << "): " << why << Qt::endl;
    });
    connect(executor, &InstallExecutor::notice, this, [=, this](const QString &message) {
        m_err << stamp() << "  note: " << message << Qt::endl;
    });
    connect(executor, &InstallExecutor::hostKeyAccepted, this, [=, this](const QString &host, const QString &id, const QString &fp) {
        m_out << stamp() << "  " << host << ": accepted host key " << fp << " for " << id << "; pinned in the project" << Qt::endl;
    });
}

QString ProgressPrinter::stamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
}

QString ProgressPrinter::phaseLine(int index, int phases, const QString &title)
{
    return QStringLiteral("%1 == phase %2/%3: %4").arg(stamp()).arg(index).arg(phases - 1).arg(title);
}

QString ProgressPrinter::phaseEndLine(int index, bool ok)
{
    return QStringLiteral("%1 == phase %2 %3").arg(stamp()).arg(index).arg(ok ? QStringLiteral("completed") : QStringLiteral("FAILED"));
}

QString ProgressPrinter::stepStartLine(const NodeProgress &p)
{
    return QStringLiteral("%1  %2: [%3/%4] %5").arg(stamp(), p.hostname).arg(p.stepIndex).arg(p.stepCount).arg(p.stepTitle);
}

QString ProgressPrinter::stepEndLine(const QString &hostname, const QString &title, bool ok, bool alreadyDone, const QString &message)
{
    const char *what = ok ? (alreadyDone ? "skipped, already done: " : "ok: ") : "FAILED: ";
    return QStringLiteral("%1  %2: %3%4%5").arg(stamp(), hostname, QLatin1String(what), title, message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message));
}
