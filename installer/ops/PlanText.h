#pragma once

#include "plan/InstallPlan.h"

#include <QString>

// The plan as text, for people: the same plan object the executor runs, never a re-typed copy.
// (InstallPlan::toText() is the full listing `plan` prints.)
namespace PlanText {
// install --dry-run: every remote command in execution order, with what each phase waits for.
QString dryRun(const InstallPlan &plan);
// add-node: each phase and its nodes' commands ("local>" for an upload).
QString commands(const InstallPlan &plan);
// convert-stretch: the installation order, one line per phase with its hosts.
QString order(const InstallPlan &plan);
} // namespace PlanText
