#include "plan/PlanPhase.h"

QString PlanPhase::kindName(Kind kind)
{
    switch (kind) {
    case Kind::PackageRelay: return QStringLiteral("package-relay");
    case Kind::Prepare: return QStringLiteral("prepare");
    case Kind::PrimaryBackend: return QStringLiteral("primary-backend");
    case Kind::SecondBackend: return QStringLiteral("second-backend");
    case Kind::BackendsAndQuorum: return QStringLiteral("backends-and-quorum");
    case Kind::FrontendsAndScan: return QStringLiteral("frontends-and-scan");
    case Kind::JoinNode: return QStringLiteral("join-node");
    case Kind::PatchFrontend: return QStringLiteral("patch-frontend");
    }
    return {};
}
