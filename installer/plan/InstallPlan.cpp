#include "plan/InstallPlan.h"

#include "core/ProfileCatalog.h"

#include <QJsonArray>
#include <QSet>

int InstallPlan::nodeCount() const
{
    QSet<QString> hosts;
    for (const PlanPhase &phase : phases) {
        for (const PlanNode &node : phase.nodes)
            hosts.insert(node.hostname);
    }
    return int(hosts.size());
}

int InstallPlan::stepCount() const
{
    return int(allSteps().size());
}

QList<PlanStep> InstallPlan::stepsFor(const QString &hostname) const
{
    QList<PlanStep> steps;
    for (const PlanPhase &phase : phases) {
        for (const PlanNode &node : phase.nodes) {
            if (node.hostname == hostname)
                steps += node.steps;
        }
    }
    return steps;
}

QList<PlanStep> InstallPlan::allSteps() const
{
    QList<PlanStep> steps;
    for (const PlanPhase &phase : phases) {
        for (const PlanNode &node : phase.nodes)
            steps += node.steps;
    }
    return steps;
}

QJsonObject InstallPlan::toJson() const
{
    QJsonArray phaseArray;
    for (const PlanPhase &phase : phases) {
        QJsonArray nodeArray;
        for (const PlanNode &node : phase.nodes) {
            QJsonArray stepArray;
            for (const PlanStep &step : node.steps) {
                QJsonObject s{{QStringLiteral("id"), step.id},
                              {QStringLiteral("title"), step.title},
                              {QStringLiteral("kind"), PlanStep::kindName(step.kind)},
                              {QStringLiteral("command"), step.command},
                              {QStringLiteral("sudo"), step.usesSudo}};
                if (step.kind == PlanStep::Kind::Upload) {
                    s.insert(QStringLiteral("localPath"), step.localPath);
                    s.insert(QStringLiteral("remotePath"), step.remotePath);
                }
                if (step.input == PlanStep::Input::AdminPassword)
                    s.insert(QStringLiteral("stdin"), QStringLiteral("admin-password"));
                else if (step.input != PlanStep::Input::None)
                    s.insert(QStringLiteral("stdin"), PlanStep::inputDescription(step.input));
                if (!step.runsOn.isEmpty())
                    s.insert(QStringLiteral("runsOn"), step.runsOn);
                if (step.cleanup)
                    s.insert(QStringLiteral("evenAfterAFailure"), true);
                if (!step.expectation.isEmpty())
                    s.insert(QStringLiteral("expectation"), step.expectation);
                if (!step.skipWhen.isEmpty())
                    s.insert(QStringLiteral("skipWhen"), step.skipWhen);
                stepArray.append(s);
            }
            nodeArray.append(QJsonObject{{QStringLiteral("hostname"), node.hostname},
                                         {QStringLiteral("address"), node.address},
                                         {QStringLiteral("profile"), ProfileCatalog::name(node.profile)},
                                         {QStringLiteral("steps"), stepArray}});
        }
        phaseArray.append(QJsonObject{{QStringLiteral("index"), phase.index},
                                      {QStringLiteral("kind"), PlanPhase::kindName(phase.kind)},
                                      {QStringLiteral("title"), phase.title},
                                      {QStringLiteral("waitFor"), phase.waitFor},
                                      {QStringLiteral("nodes"), nodeArray}});
    }
    return QJsonObject{{QStringLiteral("user"), options.user},
                       {QStringLiteral("installerDir"), options.installerDir},
                       {QStringLiteral("installationDir"), options.installationDir},
                       {QStringLiteral("phases"), phaseArray}};
}

QString InstallPlan::toText() const
{
    QString out;
    out += QStringLiteral("Install plan: %1 nodes, %2 phases, %3 steps (user %4, installer directory %5, installation directory %6)\n")
               .arg(nodeCount())
               .arg(phases.size())
               .arg(stepCount())
               .arg(options.user, options.installerDir, options.installationDir);
    for (const PlanPhase &phase : phases) {
        out += QStringLiteral("\nPhase %1: %2\n").arg(phase.index).arg(phase.title);
        for (const PlanNode &node : phase.nodes) {
            out += QStringLiteral("  %1 (%2, %3)\n").arg(node.hostname, node.address, ProfileCatalog::name(node.profile));
            int n = 0;
            for (const PlanStep &step : node.steps) {
                out += QStringLiteral("    %1. %2\n").arg(++n).arg(step.title);
                const QString prefix = step.kind == PlanStep::Kind::Upload ? QStringLiteral("       local> ") : QStringLiteral("       $ ");
                out += prefix + step.command + QLatin1Char('\n');
                if (!step.skipWhen.isEmpty())
                    out += QStringLiteral("       skipped when this succeeds: ") + step.skipWhen + QLatin1Char('\n');
                if (!step.expectation.isEmpty())
                    out += QStringLiteral("       expect: ") + step.expectation + QLatin1Char('\n');
            }
        }
        out += QStringLiteral("  Before the next phase: %1\n").arg(phase.waitFor);
    }
    return out;
}

InstallPlan InstallPlan::withoutRelay() const
{
    InstallPlan out;
    out.options = options;
    for (PlanPhase phase : phases) {
        QList<PlanNode> nodes;
        for (PlanNode node : phase.nodes) {
            node.steps.removeIf([](const PlanStep &s) { return s.viaRelay; });
            if (!node.steps.isEmpty())
                nodes << node;
        }
        out.addPhase(phase.kind, phase.title, phase.waitFor, nodes);
        if (!nodes.isEmpty())
            out.phases.last().maxParallel = phase.maxParallel;
    }
    return out;
}

void InstallPlan::addPhase(PlanPhase::Kind kind, const QString &title, const QString &waitFor, const QList<PlanNode> &nodes)
{
    if (nodes.isEmpty())
        return;
    PlanPhase phase;
    phase.index = int(phases.size());
    phase.kind = kind;
    phase.title = title;
    phase.waitFor = waitFor;
    phase.nodes = nodes;
    phases << phase;
}
