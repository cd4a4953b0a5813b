#include "plan/PlanStep.h"

QString PlanStep::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Upload: return QStringLiteral("upload");
    case Kind::Run: return QStringLiteral("run");
    case Kind::Check: return QStringLiteral("check");
    }
    return {};
}
