#pragma once

#include "plan/PlanStep.h"
#include "exec/StepContext.h"
#include "exec/StepOutcome.h"

class SshSession;

// Runs one Run step detached on its node (DetachedStep) and follows its log until it exits:
// lines are delivered whole and counted in bytes, so a follower that comes back after a
// dropped connection (context.detached carries the offset) shows neither a line twice nor
// one less. A connection that drops or stops answering ends the call with connectionLost and
// leaves the step running; the caller reconnects and calls again in Resume mode.
class DetachedStepRunner
{
public:
    static StepOutcome run(SshSession &session, const PlanStep &step, const QString &command, const QByteArray &stdinData,
                           const StepContext &context);
};
