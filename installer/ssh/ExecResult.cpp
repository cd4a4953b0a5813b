#include "ssh/ExecResult.h"

QString ExecResult::describe() const
{
    if (!error.isEmpty())
        return error;
    if (cancelled)
        return QStringLiteral("cancelled");
    if (timedOut)
        return QStringLiteral("timed out");
    if (exitStatus < 0)
        return QStringLiteral("ended without an exit status");
    return QStringLiteral("exit status %1").arg(exitStatus);
}
