#pragma once

#include <QString>

// What the install page and the CLI show for one node: its live row.
struct NodeProgress {
    enum class State { Waiting, Running, Done, Failed, Skipped };

    QString hostname;
    int phase = -1;          // the phase the node is in (or last was)
    State state = State::Waiting;
    QString stepId;
    QString stepTitle;
    int stepIndex = 0;       // 1-based within the node's steps of this phase
    int stepCount = 0;
    int percent = 0;         // of the node's steps in this phase
    QString lastLine;
    qint64 startedMsecsSinceEpoch = 0;
    QString message;         // why it failed or was skipped
    QString reconnecting;    // while the connection is being re-established: "attempt 2 of 8, next in 2 s"
};
