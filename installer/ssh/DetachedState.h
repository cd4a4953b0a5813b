#pragma once

#include "ssh/DetachedStep.h"

#include <QString>

// What the installer knows of one detached step while it follows it, kept across reconnects
// (and, through the node log's .stream file, across a crash of the installer).
struct DetachedState {
    DetachedStep::Mode mode = DetachedStep::Mode::Start;
    QString runId;     // the node's id of the run being followed
    qint64 offset = 0; // bytes of the node-side log delivered as complete lines
    QString pid;       // the runner's pid on the node
};
