#include "ops/AnsibleProgress.h"

AnsibleProgress::AnsibleProgress(const InstallPlan &plan)
{
    for (const PlanPhase &phase : plan.phases) {
        for (const PlanNode &node : phase.nodes) {
            QStringList &ids = m_stepIds[key(phase.index, node.hostname)];
            for (const PlanStep &step : node.steps)
                ids << step.id;
            NodeProgress p;
            p.hostname = node.hostname;
            p.phase = phase.index;
            p.stepCount = int(ids.size());
            m_rows.insert(key(phase.index, node.hostname), p);
        }
    }
}

QString AnsibleProgress::key(int phase, const QString &hostname)
{
    return QStringLiteral("%1/%2").arg(phase).arg(hostname);
}

QList<NodeProgress> AnsibleProgress::apply(const AnsibleOutputReader::Event &event, qint64 nowMsecs)
{
    using Kind = AnsibleOutputReader::Event::Kind;
    if (event.kind == Kind::PhaseStarted || event.hostname.isEmpty())
        return {};
    const int phase = event.phase >= 0 ? event.phase : m_phaseOf.value(event.hostname, -1);
    const QString row = key(phase, event.hostname);
    if (!m_rows.contains(row))
        return {};
    m_phaseOf.insert(event.hostname, phase);
    NodeProgress &p = m_rows[row];
    const QStringList &ids = m_stepIds.value(row);
    const int index = int(ids.indexOf(event.step.id)); // -1 for a failure outside a step
    switch (event.kind) {
    case Kind::StepStarted:
        if (p.startedMsecsSinceEpoch <= 0)
            p.startedMsecsSinceEpoch = nowMsecs;
        p.state = NodeProgress::State::Running;
        p.stepId = event.step.id;
        p.stepTitle = event.step.title;
        p.stepIndex = index + 1;
        p.percent = p.stepCount > 0 ? 100 * index / p.stepCount : 0;
        break;
    case Kind::StepFinished:
        if (!event.ok) {
            p.state = NodeProgress::State::Failed;
            p.message = event.message;
            break;
        }
        p.percent = p.stepCount > 0 ? 100 * (index + 1) / p.stepCount : 100;
        if (index + 1 >= p.stepCount) {
            p.state = NodeProgress::State::Done;
            p.stepTitle.clear();
        }
        break;
    case Kind::Failure:
        p.state = NodeProgress::State::Failed;
        p.message = event.message;
        break;
    case Kind::PhaseStarted:
        break;
    }
    p.lastLine = logLine(event);
    return {p};
}

QList<NodeProgress> AnsibleProgress::finish(bool ok, const QString &reason)
{
    QStringList failed;
    for (const NodeProgress &p : std::as_const(m_rows)) {
        if (p.state == NodeProgress::State::Failed && !failed.contains(p.hostname))
            failed << p.hostname;
    }
    failed.sort();
    QList<NodeProgress> changed;
    for (NodeProgress &p : m_rows) {
        if (p.state != NodeProgress::State::Running)
            continue;
        p.state = ok ? NodeProgress::State::Done : NodeProgress::State::Failed;
        if (!ok) {
            p.message = failed.isEmpty() || failed.contains(p.hostname)
                            ? reason
                            : QStringLiteral("stopped: a step failed on %1 and the playbook ends every host of a phase then (any_errors_fatal)")
                                  .arg(failed.join(QStringLiteral(", ")));
            p.lastLine = p.message;
        }
        changed << p;
    }
    return changed;
}

QString AnsibleProgress::logLine(const AnsibleOutputReader::Event &event)
{
    using Kind = AnsibleOutputReader::Event::Kind;
    switch (event.kind) {
    case Kind::PhaseStarted: return QStringLiteral("# phase %1: %2").arg(event.phase).arg(event.message);
    case Kind::StepStarted: return QStringLiteral("%1 ...").arg(event.step.title);
    case Kind::StepFinished:
        return event.ok ? QStringLiteral("done: %1").arg(event.step.title) : QStringLiteral("FAILED: %1: %2").arg(event.step.title, event.message);
    case Kind::Failure: return QStringLiteral("FAILED: %1").arg(event.message);
    }
    return {};
}
