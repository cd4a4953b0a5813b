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
    bool capture = false;  // also keep stdout and stderr in the result
    int timeoutMs = 0;     // 0: none. Silence is never a failure; only this overall limit is.
    const std::atomic_bool *cancel = nullptr; // set to stop waiting and close the channel
};
