#pragma once

#include "plan/PlanStep.h"
#include "exec/StepContext.h"
#include "exec/StepOutcome.h"

class SshSession;

// Runs one Run step detached on its node (ssh/DetachedCommand) and says how it ended, as a
// StepOutcome: the exit status, a result taken over from a run that ended while the installer
// was away (a failure with the node's last lines), or connectionLost for the caller to
// reconnect and follow again (context.detached carries the run and the offset).
class DetachedStepRunner
{
public:
    static StepOutcome run(SshSession &session, const PlanStep &step, const QString &command, const QByteArray &stdinData,
                           const StepContext &context);
};
