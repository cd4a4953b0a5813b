#include "exec/NodeWorker.h"

#include "ssh/DetachedStep.h"
#include "ssh/SshSession.h"
#include "exec/StepRunner.h"
#include "util/BackgroundPriority.h"

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
    QMetaObject::invokeMethod(this, [] { BackgroundPriority::lowerCurrentThread(); }, Qt::QueuedConnection); // first in its thread
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
        m_peer.reset();
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

bool NodeWorker::ensureConnected(QString *error, bool *hostKeyChanged)
{
    if (m_session && m_session->isConnected())
        return true;
    SshEndpoint endpoint = m_target.endpoint;
    if (!m_seenFingerprint.isEmpty()) {
        // A reconnect trusts exactly the key this run already verified, nothing new.
        endpoint.pinnedFingerprint = m_seenFingerprint;
        endpoint.acceptedFingerprints.clear();
        endpoint.acceptNewHostKeys = false;
        endpoint.jumpHostAccepted.clear();
        for (auto it = m_acceptedJumpKeys.cbegin(); it != m_acceptedJumpKeys.cend(); ++it)
            endpoint.jumpHostPins.insert(it.key(), it.value());
    }
    m_session = std::make_unique<SshSession>(endpoint, SshCredentials{m_settings.sshPassword, {}});
    log(NodeWorker::tr("connecting to %1%2").arg(m_target.endpoint.host,
                                                 m_target.endpoint.port > 0 ? QStringLiteral(":%1").arg(m_target.endpoint.port) : QString()));
    if (!m_session->connect()) {
        *error = m_session->error();
        if (!m_seenFingerprint.isEmpty() && m_session->hostKeyRefusal() != SshSession::HostKeyRefusal::None) {
            *error = NodeWorker::tr("the host key changed since this install connected (%1 then): %2").arg(m_seenFingerprint, *error);
            if (hostKeyChanged)
                *hostKeyChanged = true;
        }
        m_session.reset();
        return false;
    }
    log(NodeWorker::tr("connected as %1; host key %2").arg(m_session->description(), m_session->serverFingerprint()));
    if (m_seenFingerprint.isEmpty() && m_session->shouldPin())
        Q_EMIT hostKeyAccepted(m_target.hostname, m_session->hostKeyId(), m_session->serverFingerprint());
    for (const auto &jump : m_session->acceptedJumpPins()) {
        m_acceptedJumpKeys.insert(jump.first, jump.second);
        Q_EMIT hostKeyAccepted(m_target.hostname, jump.first, jump.second);
    }
    m_seenFingerprint = m_session->serverFingerprint();
    return true;
}

StepContext NodeWorker::contextFor(const PlanStep &step, DetachedState *detached)
{
    StepContext context;
    context.stagingDir = m_settings.stagingDir;
    context.adminPassword = m_settings.adminPassword;
    context.sudoPassword = m_settings.sudoPassword;
    context.timeoutMs = step.id.endsWith(QLatin1String("/install")) ? m_settings.installTimeoutMs : m_settings.stepTimeoutMs;
    context.cancel = step.cleanup ? nullptr : &m_cancel; // a credential is revoked even when the run is cancelled
    if (step.input == PlanStep::Input::RelayPublicKey)
        context.relayInput = m_settings.relayPublicKey.toLatin1() + '\n';
    else if (step.input == PlanStep::Input::RelayPrivateKey && m_session)
        // The pin is the key this run verified for the node: the relay trusts nothing else.
        context.relayInput = m_target.hostname.toUtf8() + ' ' + m_session->serverPublicKey().toLatin1() + '\n' + m_settings.relayPrivateKey;
    if (m_settings.detachSteps && !m_target.installerDir.isEmpty())
        context.stepStateRoot = DetachedStep::stateRootFor(m_target.installerDir);
    context.detached = detached;
    context.livenessTimeoutMs = m_settings.livenessSeconds * 1000;
    const QString host = m_target.hostname;
    context.onLine = [this, host, step, detached](const QString &line) {
        const QString clean = m_redactor.redact(line);
        log(QStringLiteral("  ") + clean);
        if (detached)
            saveStream(step.id, *detached); // after the line: a crash between the two shows it once more, never loses it
        Q_EMIT stepLine(host, step.id, clean);
    };
    context.onPercent = [this, host, step](int percent) { Q_EMIT stepPercent(host, step.id, percent); };
    context.onNote = [this](const QString &note) { log(QStringLiteral("  (") + note + QLatin1Char(')')); };
    return context;
}

// Where the follower of each node's current detached step is, so that an installer started
// after a crash shows the rest of the output and not all of it again.
void NodeWorker::saveStream(const QString &stepId, const DetachedState &state)
{
    if (m_settings.logPath.isEmpty())
        return;
    QFile f(m_settings.logPath + QStringLiteral(".stream"));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QStringLiteral("%1 %2 %3\n").arg(stepId, state.runId).arg(state.offset).toUtf8());
}

DetachedState NodeWorker::resumeState(const PlanStep &step) const
{
    DetachedState state;
    // A per-run step is safe to start again (its skipWhen decides); starting still attaches to
    // a run of it that goes on, or adopts one that ended well.
    if (!m_settings.interruptedSteps.contains(step.id) || step.perRun)
        return state;
    state.mode = DetachedStep::Mode::Resume;
    QFile f(m_settings.logPath + QStringLiteral(".stream"));
    if (!m_settings.logPath.isEmpty() && f.open(QIODevice::ReadOnly)) {
        const QStringList fields = QString::fromUtf8(f.readAll()).trimmed().split(QLatin1Char(' '));
        if (fields.size() == 3 && fields[0] == step.id) {
            state.runId = fields[1];
            state.offset = fields[2].toLongLong();
        }
    }
    return state;
}

bool NodeWorker::reconnect(const PlanStep &step, const QString &why, QString *error)
{
    const QDateTime lostAt = QDateTime::currentDateTime();
    m_session.reset();
    int delay = 1;
    for (int attempt = 1; attempt <= m_settings.reconnectAttempts; ++attempt, delay = std::min(60, delay * 2)) {
        Q_EMIT reconnecting(m_target.hostname, step.id, attempt, m_settings.reconnectAttempts, delay, why);
        log(NodeWorker::tr("connection lost (%1): reconnecting, attempt %2 of %3 in %4 s").arg(why).arg(attempt).arg(m_settings.reconnectAttempts).arg(delay));
        for (int waited = 0; waited < delay * 10; ++waited) {
            if (m_cancel)
                break;
            QThread::msleep(100);
        }
        if (m_cancel) {
            *error = NodeWorker::tr("cancelled while reconnecting");
            return false;
        }
        QString failure;
        bool hostKeyChanged = false;
        if (ensureConnected(&failure, &hostKeyChanged)) {
            log(NodeWorker::tr("reconnected after %1 s").arg(lostAt.secsTo(QDateTime::currentDateTime())));
            return true;
        }
        log(NodeWorker::tr("reconnect attempt %1 failed: %2").arg(attempt).arg(failure));
        if (hostKeyChanged) {
            *error = failure;
            return false;
        }
    }
    *error = NodeWorker::tr("lost the connection at %1 (%2) and %3 reconnect attempts over %4 s failed")
                 .arg(lostAt.toString(QStringLiteral("HH:mm:ss")), why)
                 .arg(m_settings.reconnectAttempts)
                 .arg(lostAt.secsTo(QDateTime::currentDateTime()));
    return false;
}

StepOutcome NodeWorker::runStep(const PlanStep &step)
{
    DetachedState detached = resumeState(step);
    if (detached.mode == DetachedStep::Mode::Resume)
        log(NodeWorker::tr("  (the last install stopped during this step: asking the node before anything runs)"));
    while (true) {
        const StepContext context = contextFor(step, &detached);
        StepOutcome outcome = step.runsOn.isEmpty() ? StepRunner::run(*m_session, step, context) : runOnPeer(step, &detached);
        if (!outcome.connectionLost || m_cancel)
            return outcome;
        // The step goes on (or is finished) on the node; its fate is asked again after the reconnect.
        detached.mode = DetachedStep::Mode::Resume;
        QString error;
        if (!reconnect(step, outcome.message, &error)) {
            outcome.connectionLost = false;
            outcome.message = step.kind == PlanStep::Kind::Run && m_settings.detachSteps
                                  ? NodeWorker::tr("%1. The step may still be running on the node: a new install re-attaches to it").arg(error)
                                  : error;
            return outcome;
        }
    }
}

bool NodeWorker::ensurePeer(const QString &hostname, QString *error)
{
    if (m_peer && m_peer->isConnected() && m_peerHost == hostname)
        return true;
    m_peer.reset();
    if (!m_settings.peers.contains(hostname)) {
        *error = NodeWorker::tr("no SSH access to %1 for this step").arg(hostname);
        return false;
    }
    m_peerHost = hostname;
    m_peer = std::make_unique<SshSession>(m_settings.peers.value(hostname).endpoint, SshCredentials{m_settings.sshPassword, {}});
    if (!m_peer->connect()) {
        *error = NodeWorker::tr("cannot connect to %1: %2").arg(hostname, m_peer->error());
        m_peer.reset();
        return false;
    }
    log(NodeWorker::tr("connected to %1 as %2 for the relay; host key %3").arg(hostname, m_peer->description(), m_peer->serverFingerprint()));
    return true;
}

StepOutcome NodeWorker::runOnPeer(const PlanStep &step, DetachedState *detached)
{
    // Asked on the step's own node: whether the work is there is that node's to say.
    if (const std::optional<StepOutcome> done = StepRunner::alreadyDone(*m_session, step, contextFor(step, detached)))
        return *done;
    PlanStep remote = step;
    remote.skipWhen.clear(); // asked here, on the step's own node
    const NodeTarget peer = m_settings.peers.value(step.runsOn);
    int delay = 1;
    for (int attempt = 0;; ++attempt, delay = std::min(60, delay * 2)) {
        QString error;
        if (ensurePeer(step.runsOn, &error)) {
            StepContext context = contextFor(step, detached);
            context.stepStateRoot = m_settings.detachSteps && !peer.installerDir.isEmpty() ? DetachedStep::stateRootFor(peer.installerDir) : QString();
            StepOutcome outcome = StepRunner::run(*m_peer, remote, context);
            if (!outcome.connectionLost || m_cancel)
                return outcome;
            error = outcome.message;
            detached->mode = DetachedStep::Mode::Resume; // the step goes on there; ask again
            m_peer.reset();
        }
        if (attempt >= m_settings.reconnectAttempts || m_cancel) {
            StepOutcome outcome;
            outcome.message = NodeWorker::tr("%1 (the relay %2 was tried %3 time(s))").arg(error, step.runsOn).arg(attempt + 1);
            return outcome;
        }
        log(NodeWorker::tr("relay %1: %2; again in %3 s").arg(step.runsOn, error).arg(delay));
        for (int waited = 0; waited < delay * 10 && !m_cancel; ++waited)
            QThread::msleep(100);
    }
}

StepOutcome NodeWorker::runOne(const PlanStep &step, int phase)
{
    const QString &host = m_target.hostname;
    Q_EMIT stepStarted(host, phase, step);
    log(QStringLiteral("step %1: %2").arg(step.id, step.title));
    log((step.kind == PlanStep::Kind::Upload ? QStringLiteral("local> ") : step.runsOn.isEmpty() ? QStringLiteral("$ ") : step.runsOn + QStringLiteral("$ "))
        + step.command);
    const StepOutcome outcome = runStep(step);
    StepOutcome shown = outcome;
    shown.message = m_redactor.redact(outcome.message);
    log(QStringLiteral("step %1: %2%3").arg(step.id, outcome.ok ? QStringLiteral("ok") : QStringLiteral("FAILED"),
                                            shown.message.isEmpty() ? QString() : QStringLiteral(": ") + shown.message));
    Q_EMIT stepFinished(host, phase, step, shown);
    return shown;
}

void NodeWorker::execute(const QList<PlanStep> &steps, int phase)
{
    const QString &host = m_target.hostname;
    QString error;
    if (!ensureConnected(&error)) {
        log(NodeWorker::tr("cannot connect: %1").arg(error));
        Q_EMIT jobFinished(host, phase, false, NodeWorker::tr("cannot connect: %1").arg(error));
        return;
    }
    QString failure;
    for (const PlanStep &step : steps) {
        if (!failure.isEmpty()) {
            // After a failure only what revokes a credential still runs.
            if (step.cleanup && (m_session || ensureConnected(&error)))
                runOne(step, phase);
            continue;
        }
        if (m_cancel) {
            failure = NodeWorker::tr("cancelled before %1").arg(step.title);
            if (step.cleanup)
                runOne(step, phase);
            continue;
        }
        const StepOutcome outcome = runOne(step, phase);
        if (!outcome.ok) {
            if (m_session && !m_session->isConnected())
                m_session.reset(); // reconnect on the next job
            failure = QStringLiteral("%1: %2").arg(step.title, outcome.message);
        }
    }
    m_peer.reset(); // the relay's session ends with the job
    if (!failure.isEmpty()) {
        Q_EMIT jobFinished(host, phase, false, failure);
        return;
    }
    Q_EMIT jobFinished(host, phase, true, {});
}
