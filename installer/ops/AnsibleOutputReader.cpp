#include "ops/AnsibleOutputReader.h"

#include "export/AnsibleRenderer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

AnsibleOutputReader::AnsibleOutputReader(const InstallPlan &plan)
{
    for (const PlanPhase &phase : plan.phases) {
        for (const PlanNode &node : phase.nodes) {
            for (const PlanStep &step : node.steps)
                m_steps[AnsibleRenderer::slot(phase.index, step)].insert(node.hostname, step);
        }
    }
}

QList<AnsibleOutputReader::Event> AnsibleOutputReader::read(const QString &line)
{
    static const QRegularExpression play(QStringLiteral("^PLAY \\[Phase (\\d+): (.*)\\] \\**$"));
    static const QRegularExpression task(QStringLiteral("^TASK \\[Phase (\\d+) (\\w+): (.*)\\] \\**$"));
    static const QRegularExpression otherTask(QStringLiteral("^(TASK|PLAY) \\["));
    static const QRegularExpression result(QStringLiteral("^(ok|changed|fatal|failed): \\[([^\\]]+)\\](: FAILED! => (.*))?"));
    QList<Event> events;
    QRegularExpressionMatch m = play.match(line);
    if (m.hasMatch()) {
        m_slot.clear();
        return {Event{Event::Kind::PhaseStarted, m.captured(1).toInt(), {}, {}, true, m.captured(2)}};
    }
    m = task.match(line);
    if (m.hasMatch()) {
        // An upload's directory is made before it: not the step itself.
        const QString key = QStringLiteral("p%1_%2").arg(m.captured(1), m.captured(2));
        m_slot = m.captured(3).endsWith(QLatin1String("(its directory)")) || !m_steps.contains(key) ? QString() : key;
        m_phase = m.captured(1).toInt();
        if (!m_slot.isEmpty()) {
            for (auto it = m_steps[m_slot].cbegin(); it != m_steps[m_slot].cend(); ++it)
                events << Event{Event::Kind::StepStarted, m.captured(1).toInt(), it.key(), it.value(), true, {}};
        }
        return events;
    }
    if (otherTask.match(line).hasMatch()) {
        m_slot.clear();
        return {};
    }
    m = result.match(line);
    if (!m.hasMatch())
        return {};
    const bool ok = m.captured(1) == QLatin1String("ok") || m.captured(1) == QLatin1String("changed");
    QString message;
    if (!ok) {
        const QJsonObject detail = QJsonDocument::fromJson(m.captured(4).toUtf8()).object();
        message = detail.value(QStringLiteral("msg")).toString();
        const QString output = (detail.value(QStringLiteral("stdout")).toString() + QLatin1Char('\n') + detail.value(QStringLiteral("stderr")).toString()).trimmed();
        const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!lines.isEmpty())
            message += QStringLiteral(": ") + lines.mid(std::max<qsizetype>(0, lines.size() - 3)).join(QStringLiteral(" | "));
        if (message.isEmpty())
            message = QStringLiteral("failed (its output is hidden: the task carries a secret; see verify --steps)");
    }
    const QString host = m.captured(2);
    if (!m_slot.isEmpty() && m_steps[m_slot].contains(host))
        return {Event{Event::Kind::StepFinished, m_phase, host, m_steps[m_slot].value(host), ok, message}};
    if (!ok)
        return {Event{Event::Kind::Failure, -1, host, {}, false, message}};
    return {};
}
