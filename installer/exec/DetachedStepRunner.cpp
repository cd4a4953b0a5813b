#include "exec/DetachedStepRunner.h"

#include "exec/DetachedStep.h"
#include "exec/InstallJournal.h"
#include "ssh/SshSession.h"

#include <QStringList>

namespace {
// Splits a byte stream into lines; complete lines only, the rest waits for more bytes.
class ByteLines
{
public:
    template<typename Deliver>
    void feed(const char *data, int size, Deliver deliver)
    {
        m_pending.append(data, size);
        qsizetype newline;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            QByteArray line = m_pending.left(newline);
            m_pending.remove(0, newline + 1);
            deliver(line, newline + 1);
        }
    }
    QByteArray takeRest() { return std::exchange(m_pending, {}); }

private:
    QByteArray m_pending;
};

QString text(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

QString lastLines(const QStringList &tail)
{
    return tail.isEmpty() ? QString() : QStringLiteral("; last lines on the node: ") + tail.join(QStringLiteral(" | "));
}

struct Follow {
    QStringList tail;          // the last lines of output, for a failure's message
    std::optional<int> status; // the node reported an exit status
    QString verdict;           // lost, missing, busy, already, error (with detail)
    QString detail;
    bool adopted = false;
};
} // namespace

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
    request.mode = state.mode;
    request.runId = state.runId;
    request.offset = state.offset;
    request.heartbeatSeconds = std::max(1, context.livenessTimeoutMs / 4000);
    request.withInput = !stdinData.isEmpty();
    const QString dir = DetachedStep::stateDir(context.stepStateRoot, step.id);

    Follow follow;
    ByteLines out, err;
    const auto deliver = [&](const QString &line) {
        follow.tail << line;
        if (follow.tail.size() > 3)
            follow.tail.removeFirst();
        if (context.onLine)
            context.onLine(line);
    };
    const auto onMarker = [&](const DetachedStep::Marker &m) {
        if (m.kind == QLatin1String("alive"))
            return;
        if (m.kind == QLatin1String("run")) {
            state.runId = m.value;
        } else if (m.kind == QLatin1String("started")) {
            state.pid = m.value;
            if (context.onNote)
                context.onNote(QStringLiteral("started detached on the node (pid %1, log %2/log)").arg(m.value, dir));
        } else if (m.kind == QLatin1String("attached")) {
            state.pid = m.value;
            deliver(QStringLiteral("re-attached to the step still running on the node (pid %1)").arg(m.value));
        } else if (m.kind == QLatin1String("adopted")) {
            follow.adopted = true;
        } else if (m.kind == QLatin1String("restarted")) {
            deliver(QStringLiteral("the earlier run of this step on the node ended without an exit status (%1): starting it again").arg(m.value));
        } else if (m.kind == QLatin1String("status")) {
            bool ok = false;
            const int status = m.value.toInt(&ok);
            follow.status = ok ? status : -1;
        } else {
            follow.verdict = m.kind;
            follow.detail = m.value;
        }
    };
    ExecOptions options;
    options.cancel = context.cancel;
    options.timeoutMs = context.timeoutMs;
    options.livenessTimeoutMs = context.livenessTimeoutMs;
    options.stdinData = stdinData;
    options.onData = [&](ExecOptions::Stream stream, const char *data, int size) {
        if (stream == ExecOptions::Stream::Stdout) {
            out.feed(data, size, [&](const QByteArray &line, qsizetype bytes) {
                state.offset += bytes; // counted before the line is shown: a record of it holds the line
                deliver(text(line));
            });
            return;
        }
        err.feed(data, size, [&](const QByteArray &line, qsizetype) {
            const QString shown = text(line);
            if (const std::optional<DetachedStep::Marker> m = DetachedStep::marker(shown))
                onMarker(*m);
            else
                deliver(shown);
        });
    };
    const ExecResult r = session.exec(DetachedStep::script(request), options);

    StepOutcome outcome;
    outcome.cancelled = r.cancelled;
    if (follow.status) {
        // Every byte before the status has arrived; a last line without a newline is whole too.
        const QByteArray rest = out.takeRest();
        if (!rest.isEmpty()) {
            state.offset += rest.size();
            deliver(text(rest));
        }
        outcome.exitStatus = *follow.status;
        outcome.ok = outcome.exitStatus == 0;
        const QString away = follow.adopted ? QStringLiteral(" (it finished on the node while the installer was away)") : QString();
        outcome.message = outcome.ok ? (follow.adopted ? QStringLiteral("finished on the node while the installer was away; not run again") : QString())
                                     : QStringLiteral("exited with status %1%2%3").arg(outcome.exitStatus).arg(away, follow.adopted ? lastLines(follow.tail) : QString());
        return outcome;
    }
    if (follow.verdict == QLatin1String("already")) {
        outcome = StepOutcome::alreadyThere();
        if (context.onLine)
            context.onLine(outcome.message);
        return outcome;
    }
    const QString running = state.pid.isEmpty() ? QString() : QStringLiteral(" (pid %1)").arg(state.pid);
    if (r.timedOut) {
        outcome.message = QStringLiteral("still running on the node after %1 min%2; not waited for longer. Its output: %3/log")
                              .arg(context.timeoutMs / 60000).arg(running, dir);
    } else if (r.cancelled) {
        outcome.message = QStringLiteral("stopped following %1; it goes on running on the node%2, and a new install re-attaches to it")
                              .arg(step.title, running);
    } else if (follow.verdict == QLatin1String("lost")) {
        outcome.message = QStringLiteral("the step stopped on the node without an exit status (killed, or the node restarted)%1").arg(lastLines(follow.tail));
    } else if (follow.verdict == QLatin1String("busy") || follow.verdict == QLatin1String("error")) {
        outcome.message = QStringLiteral("not started on the node: %1").arg(follow.detail);
    } else if (follow.verdict == QLatin1String("missing")) {
        outcome.message = QStringLiteral("the step's files on the node are gone (%1): its result is unknown").arg(dir);
    } else {
        // The follower ended without a verdict: the connection or its far end went away.
        outcome.connectionLost = true;
        outcome.message = r.error.isEmpty() ? QStringLiteral("the connection ended while following %1").arg(step.title) : r.error;
    }
    return outcome;
}
