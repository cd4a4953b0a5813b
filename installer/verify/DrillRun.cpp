#include "verify/DrillRun.h"

#include "core/ProfileCatalog.h"
#include "core/ServiceStatusTable.h"
#include "core/SiteFailureAnalysis.h"
#include "ssh/DetachedCommand.h"
#include "ssh/SshSession.h"
#include "util/ShellQuote.h"
#include "verify/HttpsProbe.h"

#include <QThread>
#include <QUuid>
#include <memory>

namespace {
std::unique_ptr<SshSession> connectTo(const NodeTarget &t, const InstallSecrets &secrets, QString *error)
{
    return SshSession::open(t.endpoint, secrets.sshPassword, error);
}

ExecResult runOn(SshSession &s, const QString &command, const InstallSecrets &secrets)
{
    ExecOptions o;
    o.capture = true;
    o.timeoutMs = 120000;
    return command.contains(QLatin1String("sudo ")) ? s.execWithSudo(command, secrets.sudoPassword, o) : s.exec(command, o);
}
} // namespace

DrillRun::DrillRun(const Cluster &cluster, const QList<NodeTarget> &targets, const InstallSecrets &secrets, const HaDrill::Options &options)
    : m_cluster(cluster)
    , m_targets(targets)
    , m_secrets(secrets)
    , m_options(options)
    , m_fqdn(cluster.fqdn())
    , m_drillId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_clock.start();
    const auto [host, port] = HttpsProbe::splitHostPort(options.entry, cluster.frontendPort);
    m_entryHost = host;
    m_entryPort = port;
}

DrillRun::~DrillRun()
{
    restore(); // whatever happened, what was stopped is started again
}

void DrillRun::add(const QString &text, bool problem)
{
    const HaDrill::Event e{m_clock.elapsed(), text, problem};
    m_result.timeline << e;
    if (m_options.onEvent)
        m_options.onEvent(e);
}

bool DrillRun::cancelled() const
{
    return m_options.cancel && m_options.cancel->load();
}

HaDrill::Result DrillRun::run()
{
    if (!m_options.entryNote.isEmpty())
        add(DrillRun::tr("entry: %1").arg(m_options.entryNote));
    pickVictims();
    QString refusal = refusalOfVictims();
    if (refusal.isEmpty())
        refusal = entryRefusal();
    if (refusal.isEmpty() && m_options.kind == HaDrill::Kind::Site)
        refusal = pauseCrons();
    if (refusal.isEmpty())
        refusal = stopVictims();
    if (!refusal.isEmpty())
        return finish(false, refusal);
    checkQuorum();
    const bool served = servedByOthers();
    if (cancelled())
        return finish(false, DrillRun::tr("cancelled; everything stopped is being restored"));
    // Restore now and wait until the nodes answer again.
    restore();
    return verdict(served, recovered());
}

void DrillRun::pickVictims()
{
    // What is stopped: one node, or every node of a site.
    for (const NodeTarget &t : m_targets) {
        const Node *n = m_cluster.findByHostname(t.hostname);
        const bool match = m_options.kind == HaDrill::Kind::Site ? (n && n->site == m_options.name) : t.hostname == m_options.name;
        if (match)
            m_victims << t;
    }
}

QString DrillRun::refusalOfVictims() const
{
    if (m_victims.isEmpty())
        return m_options.kind == HaDrill::Kind::Site ? DrillRun::tr("no node is in site %1").arg(m_options.name) : DrillRun::tr("no node named %1").arg(m_options.name);
    for (const NodeTarget &v : m_victims) {
        const bool frontend = ProfileCatalog::isFrontend(v.profile);
        if (m_options.kind == HaDrill::Kind::Frontend && !frontend)
            return DrillRun::tr("%1 is not a frontend (%2)").arg(v.hostname, ProfileCatalog::name(v.profile));
        if (m_options.kind == HaDrill::Kind::Backend && !ProfileCatalog::isBackend(v.profile))
            return DrillRun::tr("%1 is not a backend (%2)").arg(v.hostname, ProfileCatalog::name(v.profile));
    }
    return {};
}

QString DrillRun::entryRefusal()
{
    // The entry must work before anything is stopped, or the drill proves nothing.
    const HttpsProbe::Result before = HttpsProbe::get(m_entryHost, m_entryPort, m_fqdn, m_options.caPem, "/health-check");
    if (before.status != 200)
        return DrillRun::tr("not started: the entry %1:%2 is not healthy before the drill (%3)")
                                 .arg(m_entryHost)
                                 .arg(m_entryPort)
                                 .arg(before.problem());
    add(DrillRun::tr("before: %1:%2 answers /health-check (served by %3)").arg(m_entryHost).arg(m_entryPort).arg(before.servedBy));
    return {};
}

QString DrillRun::pauseCrons()
{
    // A site drill first pauses the health-check cron everywhere, as the guide says, so it does
    // not restart what the drill stopped.
    for (const NodeTarget &t : m_targets) {
        QString error;
        std::unique_ptr<SshSession> session = connectTo(t, m_secrets, &error);
        if (!session)
            return DrillRun::tr("cannot reach %1 to pause its health-check cron: %2").arg(t.hostname, error);
        const ExecResult list = runOn(*session, QStringLiteral("crontab -l 2>/dev/null || true"), m_secrets);
        Stopped s{t, {}, true, list.stdoutData};
        m_stopped << s;
        const ExecResult off = runOn(*session, QStringLiteral("crontab -l 2>/dev/null | grep -v 'health_check\\.sh' | crontab -"), m_secrets);
        if (!off.ok())
            return DrillRun::tr("cannot pause the health-check cron on %1: %2").arg(t.hostname, off.describe());
    }
    add(DrillRun::tr("paused the health-check cron on all %1 nodes").arg(m_targets.size()));
    return {};
}

QString DrillRun::stopVictims()
{
    for (const NodeTarget &v : m_victims) {
        if (cancelled())
            return QStringLiteral("cancelled");
        QString error;
        std::unique_ptr<SshSession> session = connectTo(v, m_secrets, &error);
        if (!session)
            return DrillRun::tr("cannot reach %1: %2").arg(v.hostname, error);
        const QString dir = ShellQuote::quote(v.installerDir);
        const ExecResult status = runOn(*session, ServiceStatusTable::command(dir), m_secrets);
        QStringList running;
        for (const ServiceStatus &s : ServiceStatusTable::parse(QString::fromUtf8(status.stdoutData))) {
            if (s.isRunning())
                running << s.name;
        }
        auto existing = std::find_if(m_stopped.begin(), m_stopped.end(), [&](const Stopped &s) { return s.target.hostname == v.hostname; });
        if (existing == m_stopped.end()) {
            m_stopped << Stopped{v, {}, false, {}};
            existing = m_stopped.end() - 1;
        }
        existing->services = running; // recorded before stopping, so the restore knows exactly what ran
        const ExecResult stop = runOn(*session, QStringLiteral("cd %1 && ./scripts/manage.sh stop all").arg(dir), m_secrets);
        if (!stop.ok())
            return DrillRun::tr("stopping %1 failed: %2").arg(v.hostname, stop.describe());
        add(DrillRun::tr("stopped %1 on %2").arg(running.join(QStringLiteral(", ")), v.hostname));
    }
    return {};
}

void DrillRun::checkQuorum()
{
    if (m_options.kind == HaDrill::Kind::Site) {
        const SiteOutcome o = SiteFailureAnalysis::analyzeSite(m_cluster, m_options.name);
        m_quorumOk = o.quorumSurvives;
        m_quorumText = DrillRun::tr("quorum: %1 of %2 voters left, %3 needed: %4")
                         .arg(o.votersRemaining)
                         .arg(o.votersTotal)
                         .arg(o.majority)
                         .arg(o.quorumSurvives ? QStringLiteral("survives") : QStringLiteral("LOST"));
        add(m_quorumText, !m_quorumOk);
    } else if (m_options.kind == HaDrill::Kind::Backend) {
        int voters = 0, left = 0;
        for (const Node &n : m_cluster.nodes) {
            if (n.profile && ProfileCatalog::isQuorumVoter(*n.profile)) {
                ++voters;
                left += n.hostname == m_options.name ? 0 : 1;
            }
        }
        m_quorumOk = left >= SiteFailureAnalysis::majorityOf(voters);
        m_quorumText = DrillRun::tr("quorum: %1 of %2 voters left, %3 needed").arg(left).arg(voters).arg(SiteFailureAnalysis::majorityOf(voters));
        add(m_quorumText, !m_quorumOk);
    }
}

bool DrillRun::servedByOthers()
{
    // Users must still be served through the entry, by a node that is still up.
    QStringList down;
    for (const NodeTarget &v : m_victims)
        down << v.hostname;
    QElapsedTimer wait;
    wait.start();
    int streak = 0;
    QString last;
    while (wait.elapsed() < qint64(m_options.failoverSeconds) * 1000 && streak < 3 && !cancelled()) {
        const HttpsProbe::Result r = HttpsProbe::get(m_entryHost, m_entryPort, m_fqdn, m_options.caPem, "/health-check", 3000);
        const bool good = r.status == 200 && !down.contains(r.servedBy);
        streak = good ? streak + 1 : 0;
        last = r.error.isEmpty() ? DrillRun::tr("%1 from %2").arg(r.status).arg(r.servedBy) : r.error;
        if (!good)
            QThread::msleep(500);
    }
    const bool served = streak >= 3;
    add(served ? DrillRun::tr("during: %1:%2 keeps answering /health-check from the others (%3), %4 s after the stop")
                              .arg(m_entryHost)
                              .arg(m_entryPort)
                              .arg(last)
                              .arg(wait.elapsed() / 1000.0, 0, 'f', 1)
                        : DrillRun::tr("during: %1:%2 did not answer from another node within %3 s (last: %4)").arg(m_entryHost).arg(m_entryPort).arg(m_options.failoverSeconds).arg(last),
                 !served);
    return served;
}

bool DrillRun::recovered()
{
    bool recovered = true;
    for (const NodeTarget &v : m_victims) {
        if (!ProfileCatalog::isFrontend(v.profile))
            continue;
        const Node *n = m_cluster.findByHostname(v.hostname);
        QElapsedTimer back;
        back.start();
        bool ok = false;
        while (!ok && back.elapsed() < qint64(m_options.recoverSeconds) * 1000) {
            ok = HttpsProbe::get(n->privateIp, m_cluster.frontendPort, m_fqdn, m_options.caPem, "/health-check", 3000).status == 200;
            if (!ok)
                QThread::msleep(500);
        }
        add(ok ? DrillRun::tr("after: %1 answers /health-check again").arg(v.hostname)
                        : DrillRun::tr("after: %1 does not answer /health-check within %2 s").arg(v.hostname).arg(m_options.recoverSeconds),
                     !ok);
        recovered = recovered && ok;
    }
    return recovered;
}

HaDrill::Result DrillRun::verdict(bool served, bool recovered)
{
    if (!m_result.restored)
        return finish(false, DrillRun::tr("could not restore everything: see the timeline"));
    if (!m_quorumOk)
        return finish(false, DrillRun::tr("losing %1 breaks quorum (%2); everything was restored").arg(m_options.name, m_quorumText));
    if (!served)
        return finish(false, DrillRun::tr("users were not served through %1:%2 while %3 was down; everything was restored").arg(m_entryHost).arg(m_entryPort).arg(m_options.name));
    if (!recovered)
        return finish(false, DrillRun::tr("restored, but not everything answers again"));
    return finish(true, DrillRun::tr("users kept being served through %1:%2 while %3 was down, and everything is back").arg(m_entryHost).arg(m_entryPort).arg(m_options.name));
}

QString DrillRun::startService(std::unique_ptr<SshSession> &session, const NodeTarget &target, const QString &service)
{
    DetachedStep::Request request;
    request.stateRoot = DetachedStep::stateRootFor(target.installerDir);
    request.stepId = QStringLiteral("%1/drill-restore-%2").arg(target.hostname, service);
    request.command = QStringLiteral("cd %1 && ./scripts/manage.sh start %2").arg(ShellQuote::quote(target.installerDir), ShellQuote::quote(service));
    request.commandSha = m_drillId;
    DetachedState state;
    DetachedCommand::Options options;
    options.timeoutMs = 10 * 60 * 1000;
    QString lastError;
    for (int attempt = 0, delay = 1; attempt < 4; ++attempt, delay *= 2) {
        if (!session) {
            QThread::sleep(delay);
            QString error;
            session = connectTo(target, m_secrets, &error);
            if (!session) {
                lastError = DrillRun::tr("cannot reconnect: %1").arg(error);
                continue;
            }
        }
        const DetachedCommand::Result r = DetachedCommand::run(*session, request, state, options);
        if (r.exitStatus)
            return *r.exitStatus == 0 ? QString() : QStringLiteral("exit %1: %2").arg(*r.exitStatus).arg(r.tail.join(QStringLiteral(" | ")));
        if (!r.connectionLost)
            return r.refusal.isEmpty() ? DrillRun::tr("no exit status: %1").arg(r.error) : r.refusal;
        lastError = r.error;
        state.mode = DetachedStep::Mode::Resume; // it may be running or done there: never started twice
        session.reset();
        add(DrillRun::tr("restore %1: connection lost while starting %2 (%3); reconnecting").arg(target.hostname, service, r.error), true);
    }
    return lastError;
}

void DrillRun::restore()
{
    // Services in their order, then the crons; idempotent (what is restored is forgotten).
    for (const Stopped &s : std::as_const(m_stopped)) {
        QString error;
        std::unique_ptr<SshSession> session = connectTo(s.target, m_secrets, &error);
        if (!session) {
            add(DrillRun::tr("restore %1: cannot connect: %2").arg(s.target.hostname, error), true);
            m_restoredOk = false;
            continue;
        }
        for (const QString &svc : s.services) {
            const QString failure = startService(session, s.target, svc);
            m_restoredOk = m_restoredOk && failure.isEmpty();
            if (!failure.isEmpty())
                add(DrillRun::tr("restore %1: starting %2 failed: %3").arg(s.target.hostname, svc, failure), true);
        }
        if (!s.services.isEmpty())
            add(DrillRun::tr("restored %1: started %2").arg(s.target.hostname, s.services.join(QStringLiteral(", "))));
        if (s.cronSaved && !session)
            session = connectTo(s.target, m_secrets, &error);
        if (s.cronSaved && !session) {
            add(DrillRun::tr("restore %1: crontab not restored, cannot connect: %2").arg(s.target.hostname, error), true);
            m_restoredOk = false;
        } else if (s.cronSaved) {
            ExecOptions o;
            o.stdinData = s.crontab;
            o.timeoutMs = 60000;
            const ExecResult r = s.crontab.isEmpty() ? session->exec(QStringLiteral("crontab -r 2>/dev/null; true"), o) : session->exec(QStringLiteral("crontab -"), o);
            m_restoredOk = m_restoredOk && r.ok();
            add(r.ok() ? DrillRun::tr("restored %1: crontab as it was").arg(s.target.hostname)
                                : DrillRun::tr("restore %1: crontab failed: %2").arg(s.target.hostname, r.describe()),
                         !r.ok());
        }
    }
    m_stopped.clear();
    m_result.restored = m_restoredOk;
}

HaDrill::Result DrillRun::finish(bool passed, const QString &verdict)
{
    restore();
    m_result.passed = passed;
    m_result.verdict = verdict;
    add(DrillRun::tr("verdict: %1: %2").arg(passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"), verdict), !passed);
    return m_result;
}
