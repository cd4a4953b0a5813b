#pragma once

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>

// What StepRunner needs besides the step and the session.
struct StepContext {
    QString stagingDir;         // Upload steps' relative local paths resolve here
    QByteArray adminPassword;   // for Input::AdminPassword steps (stdin)
    QByteArray sudoPassword;    // empty: NOPASSWD
    int timeoutMs = 0;          // 0: none
    const std::atomic_bool *cancel = nullptr;
    std::function<void(const QString &line)> onLine;
    std::function<void(int percent)> onPercent;
};
