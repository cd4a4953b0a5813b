#include "exec/StepRunner.h"

#include "core/NodeServiceReport.h"
#include "core/ServiceStatusTable.h"
#include "exec/DetachedStepRunner.h"
#include "ssh/SshSession.h"
#include "ssh/SshUploader.h"

#include <QDir>
#include <QRegularExpression>

namespace {
QString minutes(int ms)
{
    return ms >= 60000 ? QStringLiteral("%1 min").arg(ms / 60000) : QStringLiteral("%1 s").arg(ms / 1000);
}

StepOutcome upload(SshSession &session, const PlanStep &step, const StepContext &context)
{
    StepOutcome outcome;
    const QString local = QDir::isAbsolutePath(step.localPath) ? step.localPath : QDir(context.stagingDir).filePath(step.localPath);
    UploadOptions options;
    options.cancel = context.cancel;
    options.privateFile = step.privateFile;
    options.chunkSize = step.chunkBytes;
    options.livenessTimeoutMs = context.livenessTimeoutMs;
    int lastPercent = -1;
    options.onProgress = [&](const UploadProgress &p) {
        const int percent = p.bytesTotal > 0 ? int(p.bytesDone * 100 / p.bytesTotal) : 100;
        if (percent == lastPercent)
            return;
        lastPercent = percent;
        if (context.onPercent)
            context.onPercent(percent);
    };
    const UploadResult r = SshUploader::upload(session, local, step.remotePath, options);
    outcome.ok = r.ok();
    outcome.alreadyDone = r.skipped;
    outcome.exitStatus = r.ok() ? 0 : -1;
    outcome.cancelled = context.cancel && context.cancel->load();
    outcome.connectionLost = !r.ok() && !outcome.cancelled && (r.connectionLost || !session.isConnected()); // resumable after a reconnect
    if (!r.ok())
        outcome.message = StepRunner::tr("upload of %1 to %2 failed: %3").arg(local, step.remotePath, r.error);
    else if (r.skipped)
        outcome.message = StepRunner::tr("%1 is already on the node (same SHA-256)").arg(step.remotePath);
    else
        outcome.message = StepRunner::tr("uploaded %1 KiB in %2 s%3, SHA-256 verified on the node")
                              .arg(r.bytesTotal / 1024)
                              .arg(r.seconds, 0, 'f', 1)
                              .arg(r.resumed ? StepRunner::tr(" (resumed)") : QString());
    if (context.onLine)
        context.onLine(outcome.message);
    return outcome;
}
} // namespace

int StepRunner::percentFromLine(const QString &line)
{
    static const QRegularExpression counter(QStringLiteral("\\[(\\d+)/(\\d+)\\]"));
    const QRegularExpressionMatch m = counter.match(line);
    if (!m.hasMatch())
        return -1;
    const int total = m.captured(2).toInt();
    return total > 0 ? std::min(100, m.captured(1).toInt() * 100 / total) : -1;
}

std::optional<StepOutcome> StepRunner::alreadyDone(SshSession &session, const PlanStep &step, const StepContext &context)
{
    if (step.skipWhen.isEmpty())
        return std::nullopt;
    ExecOptions probe;
    probe.cancel = context.cancel;
    probe.timeoutMs = 120000;
    const ExecResult already = session.exec(step.skipWhen, probe);
    StepOutcome outcome;
    if (already.connectionLost) {
        outcome.connectionLost = true;
        outcome.message = already.error;
        return outcome;
    }
    if (!already.ok())
        return std::nullopt;
    outcome = StepOutcome::alreadyThere();
    if (context.onLine)
        context.onLine(outcome.message);
    return outcome;
}

StepOutcome StepRunner::run(SshSession &session, const PlanStep &step, const StepContext &context)
{
    StepOutcome outcome;
    ExecOptions options;
    options.cancel = context.cancel;
    options.timeoutMs = context.timeoutMs;
    // Each output line, and the progress a "[k/n]" line carries, whichever way the step runs.
    const auto showLine = [&context](const QString &line) {
        if (context.onLine)
            context.onLine(line);
        const int percent = percentFromLine(line);
        if (percent >= 0 && context.onPercent)
            context.onPercent(percent);
    };
    const QByteArray input = step.input == PlanStep::Input::AdminPassword ? context.adminPassword + '\n'
                             : step.input == PlanStep::Input::None     ? QByteArray()
                                                                       : context.relayInput;
    const bool sudo = step.sudoPasswordOnStdin(!context.sudoPassword.isEmpty());
    if (step.kind == PlanStep::Kind::Run && !context.stepStateRoot.isEmpty()) {
        // The node decides (skipWhen included): a step is never started twice.
        StepContext detached = context;
        detached.onLine = showLine;
        return DetachedStepRunner::run(session, step, sudo ? SshSession::sudoWrapper(step.command) : step.command,
                                       sudo ? context.sudoPassword + '\n' : input, detached);
    }
    if (const std::optional<StepOutcome> done = alreadyDone(session, step, context))
        return *done;
    if (step.kind == PlanStep::Kind::Upload)
        return upload(session, step, context);
    options.capture = step.kind == PlanStep::Kind::Check;
    options.onLine = [&](ExecOptions::Stream, const QString &line) { showLine(line); };
    options.stdinData = input;
    const ExecResult r = sudo ? session.execWithSudo(step.command, context.sudoPassword, options) : session.exec(step.command, options);
    outcome.exitStatus = r.exitStatus;
    outcome.cancelled = r.cancelled;
    if (r.timedOut) {
        outcome.message = StepRunner::tr("timed out after %1 waiting for: %2").arg(minutes(context.timeoutMs), step.title);
        return outcome;
    }
    if (r.cancelled) {
        outcome.message = StepRunner::tr("cancelled during: %1").arg(step.title);
        return outcome;
    }
    if (!r.error.isEmpty()) {
        outcome.message = r.error;
        outcome.connectionLost = r.connectionLost;
        return outcome;
    }
    if (r.exitStatus != 0) {
        outcome.message = step.kind == PlanStep::Kind::Check
                              ? StepRunner::tr("check failed (exit %1): expected %2").arg(r.exitStatus).arg(step.expectation)
                              : StepRunner::tr("exited with status %1").arg(r.exitStatus);
        return outcome;
    }
    if (!step.expectedServices.isEmpty()) {
        NodeServiceReport report;
        report.expected = step.expectedServices;
        report.actual = ServiceStatusTable::parse(QString::fromUtf8(r.stdoutData));
        if (!report.ok()) {
            outcome.message = StepRunner::tr("services not as expected: %1").arg(report.summary());
            return outcome;
        }
        outcome.message = report.summary();
    }
    outcome.ok = true;
    return outcome;
}
