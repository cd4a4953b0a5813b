#include "exec/InstallExecutor.h"

#include "util/AsyncFileWriter.h"

#include "exec/KafkaWatchdog.h"
#include "exec/NodeWorker.h"
#include "core/ProfileCatalog.h"
#include "ssh/OneTimeKey.h"

#include <QDateTime>
#include <QDir>

void InstallExecutor::registerMetaTypes()
{
    qRegisterMetaType<PlanStep>();
    qRegisterMetaType<StepOutcome>();
    qRegisterMetaType<NodeProgress>();
}

InstallExecutor::InstallExecutor(InstallPlan plan, QList<NodeTarget> targets, InstallSecrets secrets, ExecutorSettings settings, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_secrets(std::move(secrets))
    , m_settings(std::move(settings))
{
    registerMetaTypes();
    for (const NodeTarget &t : targets)
        m_targets.insert(t.hostname, t);
    for (const PlanPhase &phase : std::as_const(m_plan.phases)) {
        for (const PlanNode &node : phase.nodes) {
            if (!m_progress.contains(node.hostname)) {
                NodeProgress p;
                p.hostname = node.hostname;
                m_progress.insert(node.hostname, p);
                m_nodeOrder << node.hostname;
            }
        }
    }
}

InstallExecutor::~InstallExecutor()
{
    m_relayPrivateKey.fill('\0');
    stopWatchdog();
    for (NodeWorker *w : std::as_const(m_workers)) {
        w->shutdown();
        delete w;
    }
}

QList<NodeProgress> InstallExecutor::progress() const
{
    QList<NodeProgress> out;
    for (const QString &host : m_nodeOrder)
        out << m_progress.value(host);
    return out;
}

bool InstallExecutor::start(QString *error)
{
    for (const QString &host : std::as_const(m_nodeOrder)) {
        if (!m_targets.contains(host)) {
            *error = InstallExecutor::tr("no SSH access configured for %1").arg(host);
            return false;
        }
    }
    m_journal = InstallJournal::load(m_settings.journalPath, error);
    if (!m_journal)
        return false;
    const QString saved = m_journal->save(); // fail now, not after the first step, if it cannot be written
    if (!saved.isEmpty()) {
        *error = InstallExecutor::tr("cannot write the install journal: %1").arg(saved);
        return false;
    }
    m_journalWriter = std::make_unique<AsyncFileWriter>(m_settings.journalPath);
    const QList<PlanStep> all = m_plan.allSteps();
    if (std::any_of(all.begin(), all.end(), [](const PlanStep &s) { return s.input == PlanStep::Input::RelayPrivateKey; })) {
        // The package relay's credential: made for this run, held only in memory.
        const OneTimeKey key = OneTimeKey::generate(error);
        if (key.isNull())
            return false;
        m_relayPublicKey = key.publicLine();
        m_relayPrivateKey = key.privateKey();
    }
    // Steps the last run left running: each node is asked about them before anything starts.
    for (const PlanPhase &phase : m_plan.phases) {
        for (const PlanNode &node : phase.nodes) {
            for (const PlanStep &step : node.steps) {
                if (m_journal->wasRunning(step))
                    m_interrupted << step.id;
            }
        }
    }
    m_running = true;
    QMetaObject::invokeMethod(this, [this] { runPhase(0); }, Qt::QueuedConnection);
    return true;
}

NodeWorker *InstallExecutor::worker(const QString &hostname)
{
    if (NodeWorker *w = m_workers.value(hostname))
        return w;
    NodeWorker::Settings s;
    s.stagingDir = m_settings.stagingDir;
    s.logPath = m_settings.logDir.isEmpty() ? QString() : QDir(m_settings.logDir).filePath(hostname + QStringLiteral(".log"));
    s.adminPassword = m_secrets.adminPassword;
    s.sudoPassword = m_secrets.sudoPassword;
    s.sshPassword = m_secrets.sshPassword;
    s.stepTimeoutMs = m_settings.stepTimeoutMs;
    s.installTimeoutMs = m_settings.installTimeoutMs;
    s.detachSteps = m_settings.detachSteps;
    s.livenessSeconds = m_settings.livenessSeconds;
    s.reconnectAttempts = m_settings.reconnectAttempts;
    s.interruptedSteps = m_interrupted;
    s.relayPublicKey = m_relayPublicKey;
    s.relayPrivateKey = m_relayPrivateKey;
    s.peers = m_targets;
    auto *w = new NodeWorker(m_targets.value(hostname), s);
    connect(w, &NodeWorker::hostKeyAccepted, this, &InstallExecutor::hostKeyAccepted);
    connect(w, &NodeWorker::stepStarted, this, &InstallExecutor::onStepStarted);
    connect(w, &NodeWorker::stepFinished, this, &InstallExecutor::onStepFinished);
    connect(w, &NodeWorker::jobFinished, this, &InstallExecutor::onJobFinished);
    connect(w, &NodeWorker::stepLine, this, [this](const QString &host, const QString &stepId, const QString &line) {
        update(host, [&](NodeProgress &p) {
            p.lastLine = line;
            p.reconnecting.clear();
        });
        Q_EMIT stepLine(host, stepId, line);
    });
    connect(w, &NodeWorker::reconnecting, this,
            [this](const QString &host, const QString &, int attempt, int attempts, int delay, const QString &why) {
                const QString status = InstallExecutor::tr("attempt %1 of %2, next in %3 s").arg(attempt).arg(attempts).arg(delay);
                update(host, [&](NodeProgress &p) { p.reconnecting = status; });
                Q_EMIT reconnecting(host, status, why);
            });
    connect(w, &NodeWorker::stepPercent, this, [this](const QString &host, const QString &, int percent) {
        update(host, [&](NodeProgress &p) {
            if (p.stepCount > 0)
                p.percent = ((p.stepIndex - 1) * 100 + percent) / p.stepCount;
        });
    });
    m_workers.insert(hostname, w);
    return w;
}

QList<PlanStep> InstallExecutor::remainingSteps(const PlanNode &node) const
{
    QList<PlanStep> steps;
    for (const PlanStep &s : node.steps) {
        if (!m_journal->isDone(s) || s.perRun)
            steps << s;
    }
    return steps;
}

void InstallExecutor::update(const QString &hostname, const std::function<void(NodeProgress &)> &change)
{
    NodeProgress &p = m_progress[hostname];
    change(p);
    Q_EMIT nodeChanged(p);
}

void InstallExecutor::journal(const PlanStep &step, InstallJournal::State state, const QString &message)
{
    // The serializing and the disk write happen on the writer's thread: a phase starting a dozen
    // nodes at once must not stall the GUI thread for a dozen fsyncs. The copy is cheap (shared
    // until the next update changes it).
    m_journal->update(step, state, message);
    m_journalWriter->write([snapshot = *m_journal] { return snapshot.serialize(); });
    const QString failure = m_journalWriter->takeError();
    if (!failure.isEmpty())
        Q_EMIT notice(InstallExecutor::tr("could not update the install journal (a resume may redo this step): %1").arg(failure));
}

void InstallExecutor::runPhase(int index)
{
    if (m_aborting)
        return;
    if (index >= m_plan.phases.size()) {
        int done = 0;
        for (const NodeProgress &p : std::as_const(m_progress))
            done += p.state == NodeProgress::State::Done ? 1 : 0;
        const QString summary = m_skipped.isEmpty()
                                    ? InstallExecutor::tr("%1 node(s) done, every phase completed").arg(done)
                                    : InstallExecutor::tr("completed with %1 node(s) left out: %2").arg(m_skipped.size()).arg(QStringList(m_skipped.values()).join(QStringLiteral(", ")));
        finish(m_skipped.isEmpty(), summary);
        return;
    }
    m_phase = index;
    m_queue.clear();
    m_failed.clear();
    const PlanPhase &phase = m_plan.phases[index];
    Q_EMIT phaseStarted(index, phase.title);
    for (const PlanNode &node : phase.nodes) {
        if (m_skipped.contains(node.hostname))
            continue;
        const QList<PlanStep> steps = remainingSteps(node);
        update(node.hostname, [&](NodeProgress &p) {
            p.phase = index;
            p.stepCount = int(node.steps.size());
            p.stepIndex = int(node.steps.size() - steps.size());
            p.percent = steps.isEmpty() ? 100 : int(p.stepIndex * 100 / std::max(1, p.stepCount));
            p.state = steps.isEmpty() ? NodeProgress::State::Done : NodeProgress::State::Waiting;
            p.message = steps.isEmpty() ? InstallExecutor::tr("done earlier (journal)") : QString();
        });
        if (!steps.isEmpty())
            m_queue << node.hostname;
    }
    startWatchdog(phase);
    pump();
}

void InstallExecutor::pump()
{
    const int phaseLimit = m_phase >= 0 && m_phase < m_plan.phases.size() ? m_plan.phases[m_phase].maxParallel : 0;
    const int limit = std::max(1, phaseLimit > 0 ? std::min(phaseLimit, m_settings.maxParallelNodes) : m_settings.maxParallelNodes);
    while (!m_aborting && !m_queue.isEmpty() && m_active.size() < limit) {
        const QString host = m_queue.takeFirst();
        const PlanPhase &phase = m_plan.phases[m_phase];
        const auto node = std::find_if(phase.nodes.begin(), phase.nodes.end(), [&](const PlanNode &n) { return n.hostname == host; });
        const QList<PlanStep> steps = remainingSteps(*node);
        m_active.insert(host);
        update(host, [&](NodeProgress &p) {
            p.state = NodeProgress::State::Running;
            p.startedMsecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
            p.message.clear();
        });
        worker(host)->runSteps(steps, m_phase);
    }
    if (m_active.isEmpty() && m_queue.isEmpty())
        phaseDone();
}

void InstallExecutor::onStepStarted(const QString &hostname, int phase, const PlanStep &step)
{
    if (phase != m_phase)
        return;
    journal(step, InstallJournal::State::Running);
    const PlanPhase &p = m_plan.phases[phase];
    const auto node = std::find_if(p.nodes.begin(), p.nodes.end(), [&](const PlanNode &n) { return n.hostname == hostname; });
    const int index = int(std::find_if(node->steps.begin(), node->steps.end(), [&](const PlanStep &s) { return s.id == step.id; }) - node->steps.begin());
    update(hostname, [&](NodeProgress &np) {
        np.stepId = step.id;
        np.stepTitle = step.title;
        np.stepIndex = index + 1;
        np.percent = index * 100 / std::max(1, np.stepCount);
    });
}

void InstallExecutor::onStepFinished(const QString &hostname, int phase, const PlanStep &step, const StepOutcome &outcome)
{
    if (phase != m_phase)
        return;
    journal(step, outcome.ok ? InstallJournal::State::Done : InstallJournal::State::Failed, outcome.message);
    update(hostname, [&](NodeProgress &np) {
        np.reconnecting.clear();
        if (outcome.ok)
            np.percent = np.stepIndex * 100 / std::max(1, np.stepCount);
    });
    Q_EMIT stepFinished(hostname, step, outcome);
}

void InstallExecutor::onJobFinished(const QString &hostname, int phase, bool ok, const QString &message)
{
    if (phase != m_phase || !m_active.remove(hostname))
        return;
    update(hostname, [&](NodeProgress &p) {
        p.state = ok ? NodeProgress::State::Done : NodeProgress::State::Failed;
        p.message = message;
        if (ok)
            p.percent = 100;
    });
    if (!ok)
        m_failed << hostname;
    if (m_aborting) {
        if (m_active.isEmpty())
            finish(false, InstallExecutor::tr("aborted; re-run install to resume where it stopped"));
        return;
    }
    pump();
}

void InstallExecutor::phaseDone()
{
    const bool ok = m_failed.isEmpty();
    if (!ok) {
        if (m_settings.waitForDecision) {
            Q_EMIT decisionNeeded(m_failed);
            return; // retryNode / skipNode / abort continue from here
        }
        stopWatchdog();
        Q_EMIT phaseFinished(m_phase, false);
        finish(false, InstallExecutor::tr("phase %1 failed on %2; later phases were not started. Fix the cause and run install again: "
                                     "finished steps are not repeated")
                          .arg(m_phase)
                          .arg(m_failed.join(QStringLiteral(", "))));
        return;
    }
    stopWatchdog();
    Q_EMIT phaseFinished(m_phase, true);
    runPhase(m_phase + 1);
}

void InstallExecutor::retryNode(const QString &hostname)
{
    if (!m_running || !m_failed.removeOne(hostname))
        return;
    m_queue << hostname;
    startWatchdog(m_plan.phases[m_phase]);
    pump();
}

QString InstallExecutor::skipWarning(const QString &hostname) const
{
    for (const PlanPhase &phase : m_plan.phases) {
        for (const PlanNode &node : phase.nodes) {
            if (node.hostname != hostname)
                continue;
            const Profile p = node.profile;
            if (ProfileCatalog::isBackend(p))
                return InstallExecutor::tr("%1 is a backend: without it MongoDB, OpenSearch and Kafka run with one member fewer, so the cluster "
                                      "tolerates one failure less, and later phases may fail for lack of quorum. Install it later with "
                                      "install (finished steps are kept).").arg(hostname);
            if (ProfileCatalog::isQuorumNode(p))
                return InstallExecutor::tr("%1 is the quorum tie-breaker and creates the Kafka topics the frontends need: without it the "
                                      "frontends' installs are expected to fail and a single backend failure loses quorum.").arg(hostname);
            if (p == Profile::Scan)
                return InstallExecutor::tr("%1 is a scan node: scans keep running on the backends' schedulers.").arg(hostname);
            return InstallExecutor::tr("%1 is a frontend: users reach the platform through the other frontends; take it out of the load "
                                  "balancer or DNS until it is installed.").arg(hostname);
        }
    }
    return {};
}

void InstallExecutor::skipNode(const QString &hostname)
{
    if (!m_running || !m_failed.removeOne(hostname))
        return;
    m_skipped.insert(hostname);
    update(hostname, [&](NodeProgress &p) {
        p.state = NodeProgress::State::Skipped;
        p.message = skipWarning(hostname);
    });
    Q_EMIT notice(InstallExecutor::tr("left out %1: %2").arg(hostname, skipWarning(hostname)));
    if (m_failed.isEmpty() && m_active.isEmpty() && m_queue.isEmpty())
        phaseDone();
}

void InstallExecutor::abort()
{
    if (!m_running || m_aborting)
        return;
    m_aborting = true;
    m_queue.clear();
    stopWatchdog();
    for (NodeWorker *w : std::as_const(m_workers))
        w->cancel();
    if (m_active.isEmpty())
        finish(false, InstallExecutor::tr("aborted; re-run install to resume where it stopped"));
}

void InstallExecutor::finish(bool ok, const QString &summary)
{
    if (!m_running)
        return;
    m_running = false;
    stopWatchdog();
    m_relayPrivateKey.fill('\0'); // no credential outlives the run (workers hold copies only until they end)
    if (m_journalWriter) {
        const QString failure = m_journalWriter->flush(); // on disk before anyone reads it
        if (!failure.isEmpty())
            Q_EMIT notice(InstallExecutor::tr("could not update the install journal (a resume may redo steps): %1").arg(failure));
    }
    Q_EMIT finished(ok, summary);
}

void InstallExecutor::startWatchdog(const PlanPhase &phase)
{
    // Kafka re-elects while backends join: watch every backend during the backend phases.
    const bool backendPhase = phase.kind == PlanPhase::Kind::PrimaryBackend || phase.kind == PlanPhase::Kind::SecondBackend
                              || phase.kind == PlanPhase::Kind::BackendsAndQuorum;
    if (m_watchdog || !backendPhase || m_settings.kafkaWatchIntervalMs <= 0)
        return;
    QList<NodeTarget> backends;
    for (const NodeTarget &t : std::as_const(m_targets)) {
        if (ProfileCatalog::isBackend(t.profile) && !m_skipped.contains(t.hostname))
            backends << t;
    }
    if (backends.isEmpty())
        return;
    m_watchdog = std::make_unique<KafkaWatchdog>(backends, m_secrets.sshPassword, m_settings.kafkaWatchIntervalMs);
    connect(m_watchdog.get(), &KafkaWatchdog::kafkaRestarted, this, &InstallExecutor::kafkaRestarted);
    connect(m_watchdog.get(), &KafkaWatchdog::watchProblem, this,
            [this](const QString &host, const QString &message) { Q_EMIT notice(host + QStringLiteral(": ") + message); });
    m_watchdog->start();
}

void InstallExecutor::stopWatchdog()
{
    if (m_watchdog) {
        m_watchdog->stop();
        m_watchdog.reset();
    }
}
