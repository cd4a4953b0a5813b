#include "ops/PlanText.h"

#include <QStringList>

namespace {
QString commandLine(const PlanNode &node, const PlanStep &step)
{
    if (!step.runsOn.isEmpty())
        return QStringLiteral("%1: (on %2) $ %3").arg(node.hostname, step.runsOn, step.command);
    return node.hostname + (step.kind == PlanStep::Kind::Upload ? QStringLiteral(": local> ") : QStringLiteral(": $ ")) + step.command;
}
} // namespace

QString PlanText::dryRun(const InstallPlan &plan)
{
    QString text = QStringLiteral("# dry run: %1 nodes, %2 phases, %3 steps; nothing is changed\n").arg(plan.nodeCount()).arg(plan.phases.size()).arg(plan.stepCount());
    for (const PlanPhase &phase : plan.phases) {
        text += QStringLiteral("# phase %1: %2\n").arg(phase.index).arg(phase.title);
        for (const PlanNode &node : phase.nodes) {
            for (const PlanStep &step : node.steps) {
                text += commandLine(node, step);
                if (step.input != PlanStep::Input::None)
                    text += QStringLiteral("   # stdin: ") + PlanStep::inputDescription(step.input);
                text += QLatin1Char('\n');
            }
        }
        text += QStringLiteral("# wait for: %1\n").arg(phase.waitFor);
    }
    return text;
}

QString PlanText::commands(const InstallPlan &plan)
{
    QString text;
    for (const PlanPhase &phase : plan.phases) {
        text += QStringLiteral("phase %1: %2\n").arg(phase.index).arg(phase.title);
        for (const PlanNode &node : phase.nodes) {
            for (const PlanStep &step : node.steps)
                text += QStringLiteral("  ") + commandLine(node, step) + QLatin1Char('\n');
        }
    }
    return text;
}

QString PlanText::order(const InstallPlan &plan)
{
    QString text;
    for (const PlanPhase &phase : plan.phases) {
        QStringList hosts;
        for (const PlanNode &n : phase.nodes)
            hosts << n.hostname;
        text += QStringLiteral("phase %1: %2: %3\n").arg(phase.index).arg(phase.title, hosts.join(QStringLiteral(", ")));
    }
    return text;
}
