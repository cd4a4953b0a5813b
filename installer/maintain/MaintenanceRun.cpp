#include "maintain/MaintenanceRun.h"

#include "core/ProfileCatalog.h"
#include "maintain/MaintenancePlan.h"
#include "ssh/DetachedCommand.h"
#include "ssh/SshSession.h"
#include "util/FanOut.h"
#include "verify/ClusterVerifier.h"
#include "verify/HttpsProbe.h"

#include <QCryptographicHash>
#include <QThread>
#include <memory>

MaintenanceRun::MaintenanceRun(const Cluster &cluster, const QList<NodeTarget> &targets, const InstallSecrets &secrets, RotationControl &rotation,
                               const MaintenanceRequest &request, const QList<MaintenanceStep> &steps, InstallJournal &journal, Options options)
    : m_cluster(cluster)
    , m_targets(targets)
    , m_secrets(secrets)
    , m_rotation(rotation)
    , m_request(request)
    , m_steps(steps)
    , m_journal(journal)
    , m_options(std::move(options))
{
}

void MaintenanceRun::add(const QString &host, const QString &phase, const QString &text, bool problem)
{
    QMutexLocker lock(&m_mutex);
    if (m_options.onEvent)
        m_options.onEvent(Event{m_clock.elapsed(), host, phase, text, problem});
}

void MaintenanceRun::record(const MaintenanceStep &s, InstallJournal::State state, const QString &message)
{
    QMutexLocker lock(&m_mutex);
    const QString error = m_journal.record(s.step, state, message);
    if (!error.isEmpty() && m_options.onEvent)
        m_options.onEvent(Event{m_clock.elapsed(), s.hostname, QStringLiteral("failed"), QStringLiteral("the journal could not be saved: %1").arg(error), true});
}

const NodeTarget *MaintenanceRun::target(const QString &hostname) const
{
    for (const NodeTarget &t : m_targets) {
        if (t.hostname == hostname)
            return &t;
    }
    return nullptr;
}

MaintenanceRun::Result MaintenanceRun::run()
{
    m_clock.start();
    Result result;
    for (qsizetype i = 0; i < m_steps.size();) {
        const MaintenanceStep &s = m_steps[i];
        if (cancelled()) {
            result.verdict = QStringLiteral("cancelled before: %1 (%2)").arg(s.step.title, s.hostname);
            result.standing = standing(s.hostname);
            return result;
        }
        // The work of one batch runs on its nodes at the same time.
        QList<MaintenanceStep> group;
        qsizetype next = i + 1;
        if (s.action == MaintenanceStep::Action::Work) {
            for (next = i; next < m_steps.size() && m_steps[next].action == s.action && m_steps[next].batch == s.batch; ++next)
                group << m_steps[next];
        } else {
            group << s;
        }
        const std::function<QString(const MaintenanceStep &)> one = [this](const MaintenanceStep &g) {
            return m_journal.isDone(g.step) ? QString() : carryOut(g);
        };
        const QStringList failures = group.size() == 1 ? QStringList{one(group.first())} : FanOut::map(group, one);
        for (int k = 0; k < failures.size(); ++k) {
            if (!failures[k].isEmpty()) {
                result.verdict = QStringLiteral("stopped at %1 on %2: %3").arg(group[k].step.title, group[k].hostname, failures[k]);
                result.standing = standing(group[k].hostname);
                return result;
            }
        }
        i = next;
    }
    result.ok = true;
    result.verdict = QStringLiteral("%1 done on %2 node(s), one at a time%3, in %4 s")
                         .arg(m_request.describeWork())
                         .arg(m_request.nodes.size())
                         .arg(m_request.maxOut > 1 ? QStringLiteral(" (up to %1 frontends at once)").arg(m_request.maxOut) : QString())
                         .arg(m_clock.elapsed() / 1000.0, 0, 'f', 1);
    result.standing = standing({});
    return result;
}

QString MaintenanceRun::carryOut(const MaintenanceStep &s)
{
    using A = MaintenanceStep::Action;
    const bool wasRunning = m_journal.wasRunning(s.step);
    if (s.action != A::Work)
        record(s, InstallJournal::State::Running);
    const Node *node = m_cluster.findByHostname(s.hostname);
    const NodeTarget *t = target(s.hostname);
    const RotationControl::Report report = [&](const QString &text, bool problem) { add(s.hostname, s.action == A::PutBack ? QStringLiteral("back") : QStringLiteral("out"), text, problem); };
    QString failure;
    switch (s.action) {
    case A::CheckOthers:
        failure = checkOthers(s);
        break;
    case A::QuorumBefore:
        failure = waitQuorum(s, 0);
        break;
    case A::TakeOut:
        add(s.hostname, QStringLiteral("out"), QStringLiteral("taking %1 out of rotation through %2").arg(s.hostname, m_rotation.describe()));
        failure = m_rotation.takeOut(*node, m_request.drainSeconds, report);
        break;
    case A::Work:
        if (wasRunning)
            add(s.hostname, QStringLiteral("working"), QStringLiteral("the last run stopped during the work: asking the node before anything runs"));
        failure = m_request.work == MaintenanceRequest::Work::Reboot ? reboot(s, *t) : work(s);
        break;
    case A::WaitServices:
        failure = waitServices(*t, {}, m_request.servicesSeconds, QStringLiteral("its services"));
        break;
    case A::CheckHealth:
        failure = waitHealth(*node, m_request.servicesSeconds);
        break;
    case A::PutBack:
        failure = m_rotation.putBack(*node, m_request.upSeconds, report);
        if (failure.isEmpty())
            failure = entryProblem();
        break;
    case A::QuorumAfter:
        failure = waitQuorum(s, m_request.servicesSeconds);
        break;
    }
    record(s, failure.isEmpty() ? InstallJournal::State::Done : InstallJournal::State::Failed, failure);
    if (!failure.isEmpty())
        add(s.hostname, QStringLiteral("failed"), QStringLiteral("%1: %2").arg(s.step.title, failure), true);
    else if (isLastStepOf(s))
        add(s.hostname, QStringLiteral("done"), QStringLiteral("%1: done").arg(s.hostname));
    return failure;
}

bool MaintenanceRun::isLastStepOf(const MaintenanceStep &s) const
{
    for (qsizetype i = m_steps.size() - 1; i >= 0; --i) {
        if (m_steps[i].hostname == s.hostname)
            return m_steps[i].step.id == s.step.id;
    }
    return false;
}

QString MaintenanceRun::entryProblem() const
{
    if (m_options.entryHost.isEmpty())
        return {};
    const HttpsProbe::Result r = HttpsProbe::get(m_options.entryHost, m_options.entryPort, m_cluster.fqdn(), m_options.caPem, "/health-check", 5000);
    return r.status == 200 ? QString()
                           : QStringLiteral("the entry point %1:%2 does not answer /health-check (%3)")
                                 .arg(m_options.entryHost)
                                 .arg(m_options.entryPort)
                                 .arg(r.problem());
}

HttpsProbe::Result MaintenanceRun::ownHealth(const Node &frontend) const
{
    return HttpsProbe::get(frontend.privateIp, m_cluster.frontendPort, m_cluster.fqdn(), m_options.caPem, "/health-check", 5000);
}

QString MaintenanceRun::checkOthers(const MaintenanceStep &s)
{
    add(s.hostname, QStringLiteral("checking"), QStringLiteral("checking the entry point and the frontends that stay in rotation"));
    QStringList batch;
    for (const MaintenanceStep &o : m_steps) {
        if (o.batch == s.batch && o.action == MaintenanceStep::Action::TakeOut)
            batch << o.hostname;
    }
    if (const QString entry = entryProblem(); !entry.isEmpty())
        return QStringLiteral("refused to start: %1").arg(entry);
    QStringList serving, unwell;
    for (const Node &fe : m_cluster.frontends()) {
        if (batch.contains(fe.hostname))
            continue;
        const HttpsProbe::Result own = ownHealth(fe);
        const QString lb = own.status == 200 ? m_rotation.notInRotation(fe) : QString();
        if (own.status != 200)
            unwell << QStringLiteral("%1 (%2)").arg(fe.hostname, own.error.isEmpty() ? QStringLiteral("/health-check answered %1").arg(own.status) : own.error);
        else if (!lb.isEmpty())
            unwell << QStringLiteral("%1 (not in rotation: %2)").arg(fe.hostname, lb);
        else
            serving << fe.hostname;
    }
    if (serving.isEmpty())
        return QStringLiteral("refused: %1 is the last healthy frontend in rotation (%2); it stays in rotation").arg(s.hostname, unwell.join(QStringLiteral("; ")));
    if (!unwell.isEmpty())
        return QStringLiteral("refused: not every other frontend is healthy and in rotation: %1; %2 stays in rotation").arg(unwell.join(QStringLiteral("; ")), s.hostname);
    add(s.hostname, QStringLiteral("checking"), QStringLiteral("entry point healthy; %1 healthy and in rotation").arg(serving.join(QStringLiteral(", "))));
    return {};
}

QString MaintenanceRun::work(const MaintenanceStep &s)
{
    const NodeTarget &t = *target(s.hostname);
    const bool resume = m_journal.wasRunning(s.step);
    record(s, InstallJournal::State::Running);
    add(s.hostname, QStringLiteral("working"), QStringLiteral("%1: %2").arg(s.hostname, m_request.describeWork()));
    const bool sudo = s.step.sudoPasswordOnStdin(!m_secrets.sudoPassword.isEmpty());
    DetachedStep::Request request;
    request.stateRoot = DetachedStep::stateRootFor(t.installerDir);
    request.stepId = s.step.id;
    request.command = sudo ? SshSession::sudoWrapper(s.step.command) : s.step.command;
    // This run's identity is part of the command's: a later maintenance never takes over this one's result.
    request.commandSha = QString::fromLatin1(QCryptographicHash::hash((m_request.runId + QLatin1Char('\n') + s.step.command).toUtf8(), QCryptographicHash::Sha256).toHex());
    DetachedState state;
    state.mode = resume ? DetachedStep::Mode::Resume : DetachedStep::Mode::Start;
    DetachedCommand::Options options;
    options.stdinData = sudo ? m_secrets.sudoPassword + '\n' : QByteArray();
    options.cancel = m_options.cancel;
    options.onLine = [&](const QString &line) {
        if (m_options.onLine)
            m_options.onLine(s.hostname, line);
    };
    std::unique_ptr<SshSession> session;
    QString lastError;
    for (int attempt = 0, delay = 1; attempt < 6; ++attempt, delay = std::min(30, delay * 2)) {
        if (!session) {
            if (attempt > 0)
                QThread::sleep(delay);
            if (!(session = SshSession::open(t.endpoint, m_secrets.sshPassword, &lastError)))
                continue;
        }
        const DetachedCommand::Result r = DetachedCommand::run(*session, request, state, options);
        if (r.exitStatus)
            return *r.exitStatus == 0 ? QString()
                                      : QStringLiteral("exit %1%2; last lines: %3")
                                            .arg(*r.exitStatus)
                                            .arg(r.adopted ? QStringLiteral(" (it ended while the installer was away)") : QString(), r.tail.join(QStringLiteral(" | ")));
        if (r.cancelled)
            return QStringLiteral("cancelled while following the work; it goes on on the node, and --resume re-attaches to it");
        if (!r.connectionLost)
            return r.refusal.isEmpty() ? QStringLiteral("no exit status: %1").arg(r.error) : r.refusal;
        lastError = r.error;
        state.mode = DetachedStep::Mode::Resume; // it may be running or done there: never started twice
        session.reset();
        add(s.hostname, QStringLiteral("working"), QStringLiteral("connection lost during the work (%1); reconnecting").arg(r.error), true);
    }
    return QStringLiteral("lost the node during the work: %1; the work may go on there, and --resume re-attaches to it").arg(lastError);
}

namespace {
// A reboot that happened, stopped by the host key the node came back with (the journal's word).
constexpr char kBackRefused[] = "back after the reboot with a host key that is refused";
} // namespace

QString MaintenanceRun::reboot(const MaintenanceStep &s, const NodeTarget &t)
{
    const auto bootId = [&](SshSession &session) {
        ExecOptions o;
        o.capture = true;
        o.timeoutMs = 30000;
        // The kernel's id of this boot; the lab's simulated nodes name their own file instead.
        const ExecResult r = session.exec(QStringLiteral("cat \"${AGILESEC_LAB_BOOT_ID:-/proc/sys/kernel/random/boot_id}\""), o);
        return r.ok() ? QString::fromUtf8(r.stdoutData).trimmed() : QString();
    };
    QString error;
    const InstallJournal::Entry last = m_journal.entry(s.step.id);
    QString before = m_journal.wasRunning(s.step) && last.message.startsWith(QLatin1String("boot ")) ? last.message.mid(5) : QString();
    std::unique_ptr<SshSession> session = SshSession::open(t.endpoint, m_secrets.sshPassword, &error);
    if (last.state == InstallJournal::State::Failed && last.message.startsWith(QLatin1String(kBackRefused))) {
        // The last run's reboot happened; only the key the node came back with stopped it. Not
        // rebooted twice: once that key is pinned (after checking it on the node), it is back.
        if (!session)
            return QStringLiteral("%1 (still): %2").arg(QLatin1String(kBackRefused), error);
        add(s.hostname, QStringLiteral("working"), QStringLiteral("%1: rebooted by the last run; reachable now, its host key accepted").arg(s.hostname));
        return {};
    }
    if (!session && before.isEmpty())
        return QStringLiteral("cannot connect before the reboot: %1").arg(error);
    if (before.isEmpty()) {
        before = bootId(*session);
        if (before.isEmpty())
            return QStringLiteral("cannot read the node's boot id (/proc/sys/kernel/random/boot_id)");
        record(s, InstallJournal::State::Running, QStringLiteral("boot ") + before);
        add(s.hostname, QStringLiteral("working"), QStringLiteral("%1: rebooting (boot id %2)").arg(s.hostname, before.left(8)));
        ExecOptions o;
        o.capture = true;
        o.timeoutMs = 60000;
        const bool sudo = s.step.sudoPasswordOnStdin(!m_secrets.sudoPassword.isEmpty());
        const ExecResult r = sudo ? session->execWithSudo(s.step.command, m_secrets.sudoPassword, o) : session->exec(s.step.command, o);
        if (!r.ok() && !r.connectionLost)
            return QStringLiteral("the reboot command failed (%1): %2").arg(r.describe(), QString::fromUtf8(r.stderrData).trimmed());
    }
    session.reset();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < qint64(m_request.rebootSeconds) * 1000 && !cancelled()) {
        QThread::sleep(3);
        SshSession probe(t.endpoint, SshCredentials{m_secrets.sshPassword, {}});
        if (!probe.connect()) {
            // The host key is checked against the pin on every connection: a node back with another key is refused.
            if (probe.hostKeyRefusal() != SshSession::HostKeyRefusal::None)
                return QStringLiteral("%1: %2").arg(QLatin1String(kBackRefused), probe.error());
            continue;
        }
        const QString now = bootId(probe);
        if (!now.isEmpty() && now != before) {
            add(s.hostname, QStringLiteral("working"), QStringLiteral("%1: back after %2 s (boot id %3), its host key checked").arg(s.hostname).arg(clock.elapsed() / 1000).arg(now.left(8)));
            return {};
        }
    }
    return cancelled() ? QStringLiteral("cancelled while waiting for the reboot") : QStringLiteral("did not come back rebooted within %1 s").arg(m_request.rebootSeconds);
}

QString MaintenanceRun::waitServices(const NodeTarget &t, const QStringList &only, int seconds, const QString &what)
{
    QElapsedTimer clock;
    clock.start();
    QString last;
    do {
        const NodeServiceReport report = ClusterVerifier::verifyNode(t, m_secrets.sshPassword);
        QStringList down = report.error.isEmpty() ? report.notRunning() + report.missing() : QStringList{report.error};
        if (!only.isEmpty() && report.error.isEmpty())
            down.erase(std::remove_if(down.begin(), down.end(), [&](const QString &name) { return !only.contains(name); }), down.end());
        if (down.isEmpty()) {
            if (only.isEmpty())
                add(t.hostname, QStringLiteral("healthy"), QStringLiteral("%1: %2").arg(t.hostname, report.summary()));
            return {};
        }
        last = down.join(QStringLiteral(", "));
        if (seconds > 0)
            QThread::msleep(1000);
    } while (clock.elapsed() < qint64(seconds) * 1000 && !cancelled());
    return QStringLiteral("%1 on %2 not all Running%3: %4").arg(what, t.hostname, seconds > 0 ? QStringLiteral(" after %1 s").arg(seconds) : QString(), last);
}

QString MaintenanceRun::waitQuorum(const MaintenanceStep &s, int seconds)
{
    add(s.hostname, QStringLiteral("checking"), seconds > 0 ? QStringLiteral("waiting until every quorum voter runs Kafka, MongoDB and OpenSearch again")
                                                            : QStringLiteral("checking that every quorum voter runs Kafka, MongoDB and OpenSearch"));
    QStringList voters;
    for (const NodeTarget &t : m_targets) {
        if (!ProfileCatalog::isQuorumVoter(t.profile))
            continue;
        const QString problem = waitServices(t, MaintenancePlan::quorumServices(), seconds, QStringLiteral("the quorum services"));
        if (!problem.isEmpty())
            return seconds > 0 ? problem : QStringLiteral("refused: %1; the quorum must be whole before a backend is worked on").arg(problem);
        voters << t.hostname;
    }
    add(s.hostname, QStringLiteral("healthy"), QStringLiteral("quorum whole: %1 voters run Kafka, MongoDB and OpenSearch (%2)").arg(voters.size()).arg(voters.join(QStringLiteral(", "))));
    return {};
}

QString MaintenanceRun::waitHealth(const Node &node, int seconds)
{
    QElapsedTimer clock;
    clock.start();
    HttpsProbe::Result r;
    do {
        r = ownHealth(node);
        if (r.status == 200) {
            add(node.hostname, QStringLiteral("healthy"), QStringLiteral("%1: its own /health-check answers 200 over TLS").arg(node.hostname));
            return {};
        }
        QThread::msleep(1000);
    } while (clock.elapsed() < qint64(seconds) * 1000 && !cancelled());
    return QStringLiteral("its /health-check did not answer 200 within %1 s (%2)").arg(seconds).arg(r.problem());
}

QStringList MaintenanceRun::standing(const QString &failedHost) const
{
    QStringList lines;
    for (const QString &host : m_request.nodes) {
        bool any = false, allDone = true, out = false;
        for (const MaintenanceStep &s : m_steps) {
            if (s.hostname != host)
                continue;
            const bool done = m_journal.isDone(s.step);
            any = any || done || m_journal.entry(s.step.id).state != InstallJournal::State::Pending;
            allDone = allDone && done;
            if (s.action == MaintenanceStep::Action::TakeOut && (done || m_journal.entry(s.step.id).state != InstallJournal::State::Pending))
                out = true;
            if (s.action == MaintenanceStep::Action::PutBack && done)
                out = false;
        }
        const Node *node = m_cluster.findByHostname(host);
        const bool frontend = node && node->profile && ProfileCatalog::isFrontend(*node->profile);
        if (allDone)
            lines << QStringLiteral("%1: done%2").arg(host, frontend ? QStringLiteral(", back in rotation") : QString());
        else if (out)
            lines << QStringLiteral("%1: OUT OF ROTATION%2").arg(host, host == failedHost ? QStringLiteral(" (stopped here)") : QString());
        else if (any)
            lines << QStringLiteral("%1: started, not finished%2").arg(host, frontend ? QStringLiteral(", in rotation") : QString());
        else
            lines << QStringLiteral("%1: not started%2").arg(host, frontend ? QStringLiteral(", in rotation") : QString());
    }
    return lines;
}
