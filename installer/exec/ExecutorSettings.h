#pragma once

#include <QString>

// How the executor runs a plan.
struct ExecutorSettings {
    QString stagingDir;        // rendered env files and certificates (Upload steps' local paths)
    QString journalPath;       // the install journal (resume)
    QString logDir;            // one <hostname>.log per node
    int maxParallelNodes = 8;  // nodes of one phase that run at once
    int stepTimeoutMs = 10 * 60 * 1000;
    int installTimeoutMs = 3 * 60 * 60 * 1000;
    int kafkaWatchIntervalMs = 15000; // 0: no Kafka watchdog
    // Run steps start detached on their node (setsid, log and exit status in files there), so
    // a dropped connection or a killed installer never stops or repeats them.
    bool detachSteps = true;
    int livenessSeconds = 60;   // a node silent this long (no heartbeat either) is reconnected
    int reconnectAttempts = 8;  // 1, 2, 4, 8, 16, 32, 60, 60 s apart: about 3 min, then the node fails
    // On a failed node: stop at the end of the phase and wait for retryNode / skipNode / abort
    // (the GUI asks the user), or finish at once with failure (the CLI; a re-run resumes).
    bool waitForDecision = false;
};
