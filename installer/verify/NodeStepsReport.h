#pragma once

#include "ssh/DetachedStep.h"

#include <QList>
#include <QString>

// What one node keeps of the installer's detached steps (the last run of each), for diagnosis.
struct NodeStepsReport {
    QString hostname;
    QString stateRoot; // <installer dir>/.agilesec-steps
    QString error;     // could not ask the node
    QList<DetachedStep::Record> steps;
};
