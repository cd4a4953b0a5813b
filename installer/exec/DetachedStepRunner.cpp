#include "exec/DetachedStepRunner.h"

#include "exec/InstallJournal.h"
#include "ssh/DetachedCommand.h"

StepOutcome DetachedStepRunner::run(SshSession &session, const PlanStep &step, const QString &command, const QByteArray &stdinData,
                                    const StepContext &context)
{
    DetachedState scratch;
    DetachedState &state = context.detached ? *context.detached : scratch;
    DetachedStep::Request request;
    request.stateRoot = context.stepStateRoot;
    request.stepId = step.id;
    request.command = command;
    request.skipWhen = step.skipWhen;
    request.commandSha = InstallJournal::commandSha256(step);
    DetachedCommand::Options options;
    options.stdinData = stdinData;
    options.timeoutMs = context.timeoutMs;
    options.livenessTimeoutMs = context.livenessTimeoutMs;
    options.cancel = context.cancel;
    options.onLine = context.onLine;
    options.onNote = context.onNote;
    const DetachedCommand::Result r = DetachedCommand::run(session, request, state, options);

    StepOutcome outcome;
    outcome.cancelled = r.cancelled;
    outcome.connectionLost = r.connectionLost;
    if (r.exitStatus) {
        outcome.exitStatus = *r.exitStatus;
        outcome.ok = outcome.exitStatus == 0;
        if (outcome.ok)
            outcome.message = r.adopted ? QStringLiteral("finished on the node while the installer was away; not run again") : QString();
        else if (r.adopted)
            outcome.message = QStringLiteral("exited with status %1 (it finished on the node while the installer was away); last lines on the node: %2")
                                  .arg(outcome.exitStatus)
                                  .arg(r.tail.join(QStringLiteral(" | ")));
        else
            outcome.message = QStringLiteral("exited with status %1").arg(outcome.exitStatus);
        return outcome;
    }
    if (r.alreadyDone) {
        outcome = StepOutcome::alreadyThere();
        if (context.onLine)
            context.onLine(outcome.message);
        return outcome;
    }
    const QString running = state.pid.isEmpty() ? QString() : QStringLiteral(" (pid %1)").arg(state.pid);
    if (r.timedOut)
        outcome.message = QStringLiteral("still running on the node after %1 min%2; not waited for longer. Its output: %3/log")
                              .arg(context.timeoutMs / 60000)
                              .arg(running, r.stateDir);
    else if (r.cancelled)
        outcome.message = QStringLiteral("stopped following %1; it goes on running on the node%2, and a new install re-attaches to it").arg(step.title, running);
    else if (!r.refusal.isEmpty())
        outcome.message = r.tail.isEmpty() ? r.refusal : QStringLiteral("%1; last lines on the node: %2").arg(r.refusal, r.tail.join(QStringLiteral(" | ")));
    else
        outcome.message = r.error.isEmpty() ? QStringLiteral("the connection ended while following %1").arg(step.title) : r.error;
    return outcome;
}
