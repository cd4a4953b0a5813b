#include "exec/NodeWorker.h"

#include "ssh/SshSession.h"
#include "exec/StepRunner.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

NodeWorker::NodeWorker(NodeTarget target, Settings settings)
    : m_target(std::move(target))
    , m_settings(std::move(settings))
{
    qRegisterMetaType<PlanStep>();
    qRegisterMetaType<StepOutcome>();
    m_redactor.addSecret(m_settings.adminPassword);
    m_redactor.addSecret(m_settings.sudoPassword);
    m_redactor.addSecret(m_settings.sshPassword);
    m_thread.setObjectName(QStringLiteral("node ") + m_target.hostname);
    moveToThread(&m_thread);
    m_thread.start();
}

NodeWorker::~NodeWorker()
{
    shutdown();
}

void NodeWorker::runSteps(const QList<PlanStep> &steps, int phase)
{
    m_cancel = false;
    QMetaObject::invokeMethod(this, [this, steps, phase] { execute(steps, phase); }, Qt::QueuedConnection);
}

void NodeWorker::cancel()
{
    m_cancel = true;
}

void NodeWorker::shutdown()
{
    if (!m_thread.isRunning())
        return;
    m_cancel = true;
    QMetaObject::invokeMethod(this, [this] {
        m_session.reset();
        m_log.close();
        moveToThread(nullptr); // the thread ends; the owner deletes this object
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void NodeWorker::log(const QString &text)
{
    if (m_settings.logPath.isEmpty())
        return;
    if (!m_log.isOpen()) {
        QDir().mkpath(QFileInfo(m_settings.logPath).absolutePath());
        m_log.setFileName(m_settings.logPath);
        if (!m_log.open(QIODevice::Append | QIODevice::Text))
            return;
    }
    const QString stamp = QDateTime::currentDateTime().toString(Qt::ISODateWithMs);
    m_log.write((stamp + QLatin1Char(' ') + m_redactor.redact(text) + QLatin1Char('\n')).toUtf8());
    m_log.flush(); // a crash must not lose the lines that explain it
}

bool NodeWorker::ensureConnected(QString *error)
{
    if (m_session && m_session->isConnected())
        return true;
    m_session = std::make_unique<SshSession>(m_target.endpoint, SshCredentials{m_settings.sshPassword, {}});
    log(QStringLiteral("connecting to %1%2").arg(m_target.endpoint.host,
                                                 m_target.endpoint.port > 0 ? QStringLiteral(":%1").arg(m_target.endpoint.port) : QString()));
    if (!m_session->connect()) {
        *error = m_session->error();
        m_session.reset();
        return false;
    }
    log(QStringLiteral("connected as %1; host key %2").arg(m_session->description(), m_session->serverFingerprint()));
    if (m_session->shouldPin())
        Q_EMIT hostKeyAccepted(m_target.hostname, m_session->hostKeyId(), m_session->serverFingerprint());
    return true;
}

void NodeWorker::execute(const QList<PlanStep> &steps, int phase)
{
    const QString &host = m_target.hostname;
    QString error;
    if (!ensureConnected(&error)) {
        log(QStringLiteral("cannot connect: %1").arg(error));
        Q_EMIT jobFinished(host, phase, false, QStringLiteral("cannot connect: %1").arg(error));
        return;
    }
    for (const PlanStep &step : steps) {
        if (m_cancel) {
            Q_EMIT jobFinished(host, phase, false, QStringLiteral("cancelled before %1").arg(step.title));
            return;
        }
        Q_EMIT stepStarted(host, phase, step);
        log(QStringLiteral("step %1: %2").arg(step.id, step.title));
        log((step.kind == PlanStep::Kind::Upload ? QStringLiteral("local> ") : QStringLiteral("$ ")) + step.command);
        StepContext context;
        context.stagingDir = m_settings.stagingDir;
        context.adminPassword = m_settings.adminPassword;
        context.sudoPassword = m_settings.sudoPassword;
        context.timeoutMs = step.id.endsWith(QLatin1String("/install")) ? m_settings.installTimeoutMs : m_settings.stepTimeoutMs;
        context.cancel = &m_cancel;
        context.onLine = [&](const QString &line) {
            const QString clean = m_redactor.redact(line);
            log(QStringLiteral("  ") + clean);
            Q_EMIT stepLine(host, step.id, clean);
        };
        context.onPercent = [&](int percent) { Q_EMIT stepPercent(host, step.id, percent); };
        const StepOutcome outcome = StepRunner::run(*m_session, step, context);
        StepOutcome shown = outcome;
        shown.message = m_redactor.redact(outcome.message);
        log(QStringLiteral("step %1: %2%3").arg(step.id, outcome.ok ? QStringLiteral("ok") : QStringLiteral("FAILED"),
                                                shown.message.isEmpty() ? QString() : QStringLiteral(": ") + shown.message));
        Q_EMIT stepFinished(host, phase, step, shown);
        if (!outcome.ok) {
            if (m_session && !m_session->isConnected())
                m_session.reset(); // reconnect on the next job
            Q_EMIT jobFinished(host, phase, false, QStringLiteral("%1: %2").arg(step.title, shown.message));
            return;
        }
    }
    Q_EMIT jobFinished(host, phase, true, {});
}
