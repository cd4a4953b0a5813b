#pragma once

#include "ssh/DetachedState.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>

// What StepRunner needs besides the step and the session.
struct StepContext {
    QString stagingDir;         // Upload steps' relative local paths resolve here
    QByteArray adminPassword;   // for Input::AdminPassword steps (stdin)
    QByteArray sudoPassword;    // empty: NOPASSWD
    QByteArray relayInput;      // for Input::RelayPublicKey / RelayPrivateKey steps (stdin), made by the worker
    int timeoutMs = 0;          // 0: none
    const std::atomic_bool *cancel = nullptr;
    // Set: Run steps start detached on the node, their state under this directory, and are
    // followed (DetachedStepRunner). Empty: they run inside the SSH session as plain commands.
    QString stepStateRoot;
    DetachedState *detached = nullptr; // in and out: the mode, run and offset to follow from
    int livenessTimeoutMs = 60000;     // a follower silent this long means the node is gone
    std::function<void(const QString &line)> onLine;
    std::function<void(int percent)> onPercent;
    std::function<void(const QString &note)> onNote; // for the node's log only, not the output
};
