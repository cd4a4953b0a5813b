#include "verify/HaDrill.h"

#include "verify/HttpsProbe.h"
#include "core/ProfileCatalog.h"
#include "core/ServiceStatusTable.h"
#include "util/ShellQuote.h"
#include "core/SiteFailureAnalysis.h"
#include "ssh/SshSession.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QThread>
#include <memory>

namespace {
struct Stopped {
    NodeTarget target;
    QStringList services; // those that were Running, restarted in this order
    bool cronSaved = false;
    QByteArray crontab;   // exactly as `crontab -l` printed it
};

class Timeline
{
public:
    explicit Timeline(const HaDrill::Options &o)
        : m_options(o)
    {
        m_clock.start();
    }
    void add(const QString &text, bool problem = false)
    {
        const HaDrill::Event e{m_clock.elapsed(), text, problem};
        events << e;
        if (m_options.onEvent)
            m_options.onEvent(e);
    }
    QList<HaDrill::Event> events;

private:
    const HaDrill::Options &m_options;
    QElapsedTimer m_clock;
};

std::unique_ptr<SshSession> connectTo(const NodeTarget &t, const InstallSecrets &secrets, QString *error)
{
    auto s = std::make_unique<SshSession>(t.endpoint, SshCredentials{secrets.sshPassword, {}});
    if (!s->connect()) {
        *error = s->error();
        return nullptr;
    }
    return s;
}

ExecResult runOn(SshSession &s, const QString &command, const InstallSecrets &secrets)
{
    ExecOptions o;
    o.capture = true;
    o.timeoutMs = 120000;
    return command.contains(QLatin1String("sudo ")) ? s.execWithSudo(command, secrets.sudoPassword, o) : s.exec(command, o);
}

bool cancelled(const HaDrill::Options &o)
{
    return o.cancel && o.cancel->load();
}
} // namespace

std::optional<HaDrill::Kind> HaDrill::kindFromName(const QString &name)
{
    if (name == QLatin1String("frontend"))
        return Kind::Frontend;
    if (name == QLatin1String("backend"))
        return Kind::Backend;
    if (name == QLatin1String("site"))
        return Kind::Site;
    return std::nullopt;
}

HaDrill::Result HaDrill::run(const Cluster &cluster, const QList<NodeTarget> &targets, const InstallSecrets &secrets, const Options &options)
{
    Result result;
    Timeline timeline(options);
    const auto [entryHost, entryPort] = HttpsProbe::splitHostPort(options.entry, cluster.frontendPort);
    const QString fqdn = cluster.fqdn();

    // What is stopped: one node, or every node of a site.
    QList<NodeTarget> victims;
    for (const NodeTarget &t : targets) {
        const Node *n = cluster.findByHostname(t.hostname);
        const bool match = options.kind == Kind::Site ? (n && n->site == options.name) : t.hostname == options.name;
        if (match)
            victims << t;
    }
    QList<Stopped> stopped;
    bool restoredOk = true;
    // Restores services in their order, then the crons; idempotent (what is restored is forgotten).
    const auto doRestore = [&] {
        for (const Stopped &s : std::as_const(stopped)) {
            QString error;
            std::unique_ptr<SshSession> session = connectTo(s.target, secrets, &error);
            if (!session) {
                timeline.add(QStringLiteral("restore %1: cannot connect: %2").arg(s.target.hostname, error), true);
                restoredOk = false;
                continue;
            }
            const QString dir = ShellQuote::quote(s.target.installerDir);
            for (const QString &svc : s.services) {
                const ExecResult r = runOn(*session, QStringLiteral("cd %1 && ./scripts/manage.sh start %2").arg(dir, ShellQuote::quote(svc)), secrets);
                restoredOk = restoredOk && r.ok();
                if (!r.ok())
                    timeline.add(QStringLiteral("restore %1: starting %2 failed: %3").arg(s.target.hostname, svc, r.describe()), true);
            }
            if (!s.services.isEmpty())
                timeline.add(QStringLiteral("restored %1: started %2").arg(s.target.hostname, s.services.join(QStringLiteral(", "))));
            if (s.cronSaved) {
                ExecOptions o;
                o.stdinData = s.crontab;
                o.timeoutMs = 60000;
                const ExecResult r = s.crontab.isEmpty() ? session->exec(QStringLiteral("crontab -r 2>/dev/null; true"), o) : session->exec(QStringLiteral("crontab -"), o);
                restoredOk = restoredOk && r.ok();
                timeline.add(r.ok() ? QStringLiteral("restored %1: crontab as it was").arg(s.target.hostname)
                                    : QStringLiteral("restore %1: crontab failed: %2").arg(s.target.hostname, r.describe()),
                             !r.ok());
            }
        }
        stopped.clear();
        result.restored = restoredOk;
    };
    // Whatever happens below, what was stopped is started again.
    const auto safetyNet = qScopeGuard(doRestore);
    const auto finish = [&](bool passed, const QString &verdict) {
        doRestore();
        result.passed = passed;
        result.verdict = verdict;
        timeline.add(QStringLiteral("verdict: %1: %2").arg(passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"), verdict), !passed);
        result.timeline = timeline.events;
        return result;
    };
    if (victims.isEmpty())
        return finish(false, options.kind == Kind::Site ? QStringLiteral("no node is in site %1").arg(options.name)
                                                        : QStringLiteral("no node named %1").arg(options.name));
    for (const NodeTarget &v : victims) {
        const bool frontend = ProfileCatalog::isFrontend(v.profile);
        if (options.kind == Kind::Frontend && !frontend)
            return finish(false, QStringLiteral("%1 is not a frontend (%2)").arg(v.hostname, ProfileCatalog::name(v.profile)));
        if (options.kind == Kind::Backend && !ProfileCatalog::isBackend(v.profile))
            return finish(false, QStringLiteral("%1 is not a backend (%2)").arg(v.hostname, ProfileCatalog::name(v.profile)));
    }

    // The entry must work before anything is stopped, or the drill proves nothing.
    const HttpsProbe::Result before = HttpsProbe::get(entryHost, entryPort, fqdn, options.caPem, "/health-check");
    if (before.status != 200)
        return finish(false, QStringLiteral("not started: the entry %1:%2 is not healthy before the drill (%3)")
                                 .arg(entryHost)
                                 .arg(entryPort)
                                 .arg(before.error.isEmpty() ? QString::number(before.status) : before.error));
    timeline.add(QStringLiteral("before: %1:%2 answers /health-check (served by %3)").arg(entryHost).arg(entryPort).arg(before.servedBy));

    // A site drill first pauses the health-check cron everywhere, as the guide says, so it does
    // not restart what the drill stopped.
    if (options.kind == Kind::Site) {
        for (const NodeTarget &t : targets) {
            QString error;
            std::unique_ptr<SshSession> session = connectTo(t, secrets, &error);
            if (!session)
                return finish(false, QStringLiteral("cannot reach %1 to pause its health-check cron: %2").arg(t.hostname, error));
            const ExecResult list = runOn(*session, QStringLiteral("crontab -l 2>/dev/null || true"), secrets);
            Stopped s{t, {}, true, list.stdoutData};
            stopped << s;
            const ExecResult off = runOn(*session, QStringLiteral("crontab -l 2>/dev/null | grep -v 'health_check\\.sh' | crontab -"), secrets);
            if (!off.ok())
                return finish(false, QStringLiteral("cannot pause the health-check cron on %1: %2").arg(t.hostname, off.describe()));
        }
        timeline.add(QStringLiteral("paused the health-check cron on all %1 nodes").arg(targets.size()));
    }

    for (const NodeTarget &v : victims) {
        if (cancelled(options))
            return finish(false, QStringLiteral("cancelled"));
        QString error;
        std::unique_ptr<SshSession> session = connectTo(v, secrets, &error);
        if (!session)
            return finish(false, QStringLiteral("cannot reach %1: %2").arg(v.hostname, error));
        const QString dir = ShellQuote::quote(v.installerDir);
        const ExecResult status = runOn(*session, ServiceStatusTable::command(dir), secrets);
        QStringList running;
        for (const ServiceStatus &s : ServiceStatusTable::parse(QString::fromUtf8(status.stdoutData))) {
            if (s.isRunning())
                running << s.name;
        }
        auto existing = std::find_if(stopped.begin(), stopped.end(), [&](const Stopped &s) { return s.target.hostname == v.hostname; });
        if (existing == stopped.end()) {
            stopped << Stopped{v, {}, false, {}};
            existing = stopped.end() - 1;
        }
        existing->services = running; // recorded before stopping, so the restore knows exactly what ran
        const ExecResult stop = runOn(*session, QStringLiteral("cd %1 && ./scripts/manage.sh stop all").arg(dir), secrets);
        if (!stop.ok())
            return finish(false, QStringLiteral("stopping %1 failed: %2").arg(v.hostname, stop.describe()));
        timeline.add(QStringLiteral("stopped %1 on %2").arg(running.join(QStringLiteral(", ")), v.hostname));
    }

    bool quorumOk = true;
    QString quorumText;
    if (options.kind == Kind::Site) {
        const SiteOutcome o = SiteFailureAnalysis::analyzeSite(cluster, options.name);
        quorumOk = o.quorumSurvives;
        quorumText = QStringLiteral("quorum: %1 of %2 voters left, %3 needed: %4")
                         .arg(o.votersRemaining)
                         .arg(o.votersTotal)
                         .arg(o.majority)
                         .arg(o.quorumSurvives ? QStringLiteral("survives") : QStringLiteral("LOST"));
        timeline.add(quorumText, !quorumOk);
    } else if (options.kind == Kind::Backend) {
        int voters = 0, left = 0;
        for (const Node &n : cluster.nodes) {
            if (n.profile && ProfileCatalog::isQuorumVoter(*n.profile)) {
                ++voters;
                left += n.hostname == options.name ? 0 : 1;
            }
        }
        quorumOk = left >= SiteFailureAnalysis::majorityOf(voters);
        quorumText = QStringLiteral("quorum: %1 of %2 voters left, %3 needed").arg(left).arg(voters).arg(SiteFailureAnalysis::majorityOf(voters));
        timeline.add(quorumText, !quorumOk);
    }

    // Users must still be served through the entry, by a node that is still up.
    QStringList down;
    for (const NodeTarget &v : victims)
        down << v.hostname;
    QElapsedTimer wait;
    wait.start();
    int streak = 0;
    QString last;
    while (wait.elapsed() < qint64(options.failoverSeconds) * 1000 && streak < 3 && !cancelled(options)) {
        const HttpsProbe::Result r = HttpsProbe::get(entryHost, entryPort, fqdn, options.caPem, "/health-check", 3000);
        const bool good = r.status == 200 && !down.contains(r.servedBy);
        streak = good ? streak + 1 : 0;
        last = r.error.isEmpty() ? QStringLiteral("%1 from %2").arg(r.status).arg(r.servedBy) : r.error;
        if (!good)
            QThread::msleep(500);
    }
    const bool served = streak >= 3;
    timeline.add(served ? QStringLiteral("during: %1:%2 keeps answering /health-check from the others (%3), %4 s after the stop")
                              .arg(entryHost)
                              .arg(entryPort)
                              .arg(last)
                              .arg(wait.elapsed() / 1000.0, 0, 'f', 1)
                        : QStringLiteral("during: %1:%2 did not answer from another node within %3 s (last: %4)").arg(entryHost).arg(entryPort).arg(options.failoverSeconds).arg(last),
                 !served);
    if (cancelled(options))
        return finish(false, QStringLiteral("cancelled; everything stopped is being restored"));

    // Restore now and wait until the nodes answer again.
    doRestore();
    bool recovered = true;
    for (const NodeTarget &v : victims) {
        if (!ProfileCatalog::isFrontend(v.profile))
            continue;
        const Node *n = cluster.findByHostname(v.hostname);
        QElapsedTimer back;
        back.start();
        bool ok = false;
        while (!ok && back.elapsed() < qint64(options.recoverSeconds) * 1000) {
            ok = HttpsProbe::get(n->privateIp, cluster.frontendPort, fqdn, options.caPem, "/health-check", 3000).status == 200;
            if (!ok)
                QThread::msleep(500);
        }
        timeline.add(ok ? QStringLiteral("after: %1 answers /health-check again").arg(v.hostname)
                        : QStringLiteral("after: %1 does not answer /health-check within %2 s").arg(v.hostname).arg(options.recoverSeconds),
                     !ok);
        recovered = recovered && ok;
    }
    if (!result.restored)
        return finish(false, QStringLiteral("could not restore everything: see the timeline"));
    if (!quorumOk)
        return finish(false, QStringLiteral("losing %1 breaks quorum (%2); everything was restored").arg(options.name, quorumText));
    if (!served)
        return finish(false, QStringLiteral("users were not served through %1:%2 while %3 was down; everything was restored").arg(entryHost).arg(entryPort).arg(options.name));
    if (!recovered)
        return finish(false, QStringLiteral("restored, but not everything answers again"));
    return finish(true, QStringLiteral("users kept being served through %1:%2 while %3 was down, and everything is back").arg(entryHost).arg(entryPort).arg(options.name));
}
