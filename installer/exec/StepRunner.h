#pragma once

#include <QCoreApplication>
#include "plan/PlanStep.h"
#include "exec/StepContext.h"
#include "exec/StepOutcome.h"

#include <optional>

class SshSession;

// Runs one plan step on a connected session: an upload, a command (with sudo's password and
// the admin password on stdin when the step asks), or a check, whose failure says what was
// expected. Steps with skipWhen are not run when the node already has their work. The exact
// command run is PlanStep::command, so the dry run shows what runs.
class StepRunner
{
    Q_DECLARE_TR_FUNCTIONS(StepRunner) // messages in the wizard's language, English in the CLI

public:
    static StepOutcome run(SshSession &session, const PlanStep &step, const StepContext &context);
    // Asks the node whether the step's work is there (its skipWhen): the outcome when it is, or
    // when the connection was lost asking; nothing when the step has to run.
    static std::optional<StepOutcome> alreadyDone(SshSession &session, const PlanStep &step, const StepContext &context);
    // "[7/20] Installing kafka" -> 35; -1 when the line carries no such counter.
    static int percentFromLine(const QString &line);
};
