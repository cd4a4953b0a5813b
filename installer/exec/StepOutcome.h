#pragma once

#include <QString>

// How one plan step ended on its node.
struct StepOutcome {
    bool ok = false;
    bool alreadyDone = false; // skipWhen said the work is there, or the upload was identical
    bool cancelled = false;
    bool connectionLost = false; // the step's fate is unknown here: reconnect and follow again
    int exitStatus = -1;
    QString message;          // for people: what happened or what is wrong and what to do

    // skipWhen said the step's work is on the node already.
    static StepOutcome alreadyThere()
    {
        StepOutcome outcome;
        outcome.ok = true;
        outcome.alreadyDone = true;
        outcome.exitStatus = 0;
        outcome.message = QStringLiteral("already done on the node; not run again");
        return outcome;
    }
};
