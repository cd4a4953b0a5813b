#pragma once

#include <QString>

// How one plan step ended on its node.
struct StepOutcome {
    bool ok = false;
    bool alreadyDone = false; // skipWhen said the work is there, or the upload was identical
    bool cancelled = false;
    int exitStatus = -1;
    QString message;          // for people: what happened or what is wrong and what to do
};
