#include "ssh/DetachedCommand.h"

#include "ssh/SshSession.h"

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
} // namespace

DetachedCommand::Result DetachedCommand::run(SshSession &session, DetachedStep::Request request, DetachedState &state, const Options &options)
{
    request.mode = state.mode;
    request.runId = state.runId;
    request.offset = state.offset;
    request.withInput = !options.stdinData.isEmpty();
    request.heartbeatSeconds = std::max(1, options.livenessTimeoutMs / 4000);
    Result result;
    result.stateDir = DetachedStep::stateDir(request.stateRoot, request.stepId);
    QString verdict, detail;
    ByteLines out, err;
    const auto deliver = [&](const QString &line) {
        result.tail << line;
        if (result.tail.size() > 3)
            result.tail.removeFirst();
        if (options.onLine)
            options.onLine(line);
    };
    const auto onMarker = [&](const DetachedStep::Marker &m) {
        if (m.kind == QLatin1String("alive"))
            return;
        if (m.kind == QLatin1String("run")) {
            state.runId = m.value;
        } else if (m.kind == QLatin1String("started")) {
            state.pid = m.value;
            if (options.onNote)
                options.onNote(QStringLiteral("started detached on the node (pid %1, log %2/log)").arg(m.value, result.stateDir));
        } else if (m.kind == QLatin1String("attached")) {
            state.pid = m.value;
            deliver(QStringLiteral("re-attached to the step still running on the node (pid %1)").arg(m.value));
        } else if (m.kind == QLatin1String("adopted")) {
            result.adopted = true;
        } else if (m.kind == QLatin1String("restarted")) {
            deliver(QStringLiteral("the earlier run of this step on the node ended without an exit status (%1): starting it again").arg(m.value));
        } else if (m.kind == QLatin1String("status")) {
            bool ok = false;
            const int status = m.value.toInt(&ok);
            result.exitStatus = ok ? status : -1;
        } else {
            verdict = m.kind;
            detail = m.value;
        }
    };
    ExecOptions exec;
    exec.cancel = options.cancel;
    exec.timeoutMs = options.timeoutMs;
    exec.livenessTimeoutMs = options.livenessTimeoutMs;
    exec.stdinData = options.stdinData;
    exec.onData = [&](ExecOptions::Stream stream, const char *data, int size) {
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
    const ExecResult r = session.exec(DetachedStep::script(request), exec);
    result.cancelled = r.cancelled;
    result.timedOut = r.timedOut;
    result.error = r.error;
    if (result.exitStatus) {
        // Every byte before the status has arrived; a last line without a newline is whole too.
        const QByteArray rest = out.takeRest();
        if (!rest.isEmpty()) {
            state.offset += rest.size();
            deliver(text(rest));
        }
        return result;
    }
    if (verdict == QLatin1String("already")) {
        result.alreadyDone = true;
    } else if (verdict == QLatin1String("lost")) {
        result.refusal = QStringLiteral("the step stopped on the node without an exit status (killed, or the node restarted)");
    } else if (verdict == QLatin1String("busy") || verdict == QLatin1String("error")) {
        result.refusal = QStringLiteral("not started on the node: %1").arg(detail);
    } else if (verdict == QLatin1String("missing")) {
        result.refusal = QStringLiteral("the step's files on the node are gone (%1): its result is unknown").arg(result.stateDir);
    } else if (!r.timedOut && !r.cancelled) {
        result.connectionLost = true; // the follower ended without a verdict: the connection or its far end went away
    }
    return result;
}
