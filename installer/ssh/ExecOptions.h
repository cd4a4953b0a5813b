#pragma once

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>

// How to run one remote command.
struct ExecOptions {
    enum class Stream { Stdout, Stderr };

    QByteArray stdinData;  // written to the command, then end of file
    std::function<void(Stream, const QString &line)> onLine; // each line as it arrives
    // The raw bytes as they arrive, before line splitting (a caller that counts bytes, such as
    // a detached step's follower, needs exact offsets). Either or both may be set.
    std::function<void(Stream, const char *data, int size)> onData;
    bool capture = false;  // also keep stdout and stderr in the result
    int timeoutMs = 0;     // 0: none. Silence is never a failure; only this overall limit is.
    const std::atomic_bool *cancel = nullptr; // set to stop waiting and close the channel
    // 0: none. No byte at all for this long means the node or the path to it is gone (a frozen
    // sshd, a laptop that slept): the call ends with connectionLost. Only for commands that
    // promise regular output, such as a detached step's follower with its heartbeat.
    int livenessTimeoutMs = 0;
};
