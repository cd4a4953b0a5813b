#pragma once

#include "ssh/DetachedState.h"
#include "ssh/DetachedStep.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

class SshSession;

// Runs one command detached on a node (DetachedStep's script) and follows its log until it
// exits: lines are delivered whole and counted in bytes, so a follower that comes back after a
// dropped connection (state carries the run and the offset) shows neither a line twice nor one
// less. A connection that drops or stops answering ends the call with connectionLost and leaves
// the command running; the caller reconnects and calls again in Resume mode.
class DetachedCommand
{
public:
    struct Options {
        QByteArray stdinData;        // a secret for the command: through the node's one-shot FIFO
        int timeoutMs = 0;           // 0: wait as long as it runs
        int livenessTimeoutMs = 60000;
        const std::atomic_bool *cancel = nullptr;
        std::function<void(const QString &line)> onLine; // the command's output, and re-attach notes
        std::function<void(const QString &note)> onNote; // for a log only
    };
    struct Result {
        std::optional<int> exitStatus; // the node reported how the command ended
        bool adopted = false;          // it had ended before this call: its result was taken over
        bool alreadyDone = false;      // skipWhen said the work is there; not started
        bool connectionLost = false;
        bool timedOut = false;
        bool cancelled = false;
        QString refusal;               // busy, lost, missing or error: why there is no status, for people
        QString error;                 // the transport's words when the connection went
        QStringList tail;              // the last lines of output
        QString stateDir;
    };

    // request's mode, run id and offset come from state, which is updated as the run goes.
    static Result run(SshSession &session, DetachedStep::Request request, DetachedState &state, const Options &options);
};
