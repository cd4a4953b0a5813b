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

QString PlanStep::inputDescription(Input input)
{
    switch (input) {
    case Input::None: return {};
    case Input::AdminPassword: return QStringLiteral("the admin password");
    case Input::RelayPublicKey: return QStringLiteral("the public half of this run's one-time relay key");
    case Input::RelayPrivateKey: return QStringLiteral("the receiving node's pinned host key, then this run's one-time relay key");
    }
    return {};
}
