// Rolling maintenance against the lab's real HAProxy and sshd: a rolling restart of the frontends
// while a client keeps asking through the load balancer (no request may fail, and HAProxy's own
// view must show each frontend out of rotation exactly while it is worked on), a failing work
// that stops with the node out and resumes, a killed installer whose work is re-attached rather
// than run twice, a rolling backend restart that keeps the quorum, the refusals, and a reboot
// (the lab's simulated one) waited for, then refused when the node comes back with another host key.
#include "CliRun.h"
#include "LabFixture.h"
#include "lab/LabLoadBalancer.h"
#include "lb/HaproxyRuntimeApi.h"
#include "maintain/MaintenancePlan.h"
#include "maintain/MaintenanceRequest.h"
#include "maintain/RuntimeApiChannel.h"
#include "ssh/SshSession.h"
#include "verify/HttpsProbe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QtTest>
#include <atomic>
#include <thread>

namespace {
CliRun cli(const QStringList &arguments, int timeoutMs = 180000)
{
    return CliRun::run(arguments, timeoutMs);
}

// Requests through the entry point at about 20 per second until stopped.
class ClientLoop
{
public:
    ClientLoop(QString host, int port, QString fqdn, QByteArray ca)
        : m_thread([this, host, port, fqdn, ca] {
            while (!m_stop) {
                const HttpsProbe::Result r = HttpsProbe::get(host, port, fqdn, ca, "/health-check", 3000);
                QMutexLocker lock(&m_mutex);
                if (r.status == 200)
                    ++ok;
                else
                    failures << (r.error.isEmpty() ? QString::number(r.status) : r.error);
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        })
    {
    }
    ~ClientLoop() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    int ok = 0;
    QStringList failures;

private:
    std::atomic_bool m_stop{false};
    QMutex m_mutex;
    std::thread m_thread;
};

// Samples HAProxy's view and the frontends' own haproxy service every 100 ms: a frontend whose
// service is down while HAProxy still sends it users, or two frontends out at once, is a violation.
class RotationMonitor
{
public:
    RotationMonitor(const LabFixture &lab, QStringList watched)
        : m_thread([this, &lab, watched] {
            RuntimeApiChannel channel(QStringLiteral("lb-1"), lab.project.external.haproxyStatsSocket, true, {}, {}, {});
            while (!m_stop) {
                QString error;
                const QList<HaproxyRuntimeApi::Server> servers = HaproxyRuntimeApi::parseStat(channel.send(QStringLiteral("show stat"), &error), &error);
                int out = 0;
                for (const QString &host : watched) {
                    const std::optional<HaproxyRuntimeApi::Server> s = HaproxyRuntimeApi::find(servers, QStringLiteral("agilesec_frontends"), host);
                    const QByteArray service = TestFiles::read(lab.nodeDir(host) + QStringLiteral("/installation/state/haproxy")).trimmed();
                    const bool rotated = s && (s->status.startsWith(QLatin1String("MAINT")) || s->status == QLatin1String("DRAIN"));
                    out += s && !s->isUp() ? 1 : 0;
                    if (rotated)
                        seenOut.insert(host);
                    if (service != "Running" && !rotated)
                        violations << QStringLiteral("%1's haproxy is %2 while HAProxy shows it %3").arg(host, QString::fromUtf8(service), s ? s->status : QStringLiteral("missing"));
                }
                if (out > 1)
                    violations << QStringLiteral("%1 frontends out of rotation at once").arg(out);
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        })
    {
    }
    ~RotationMonitor() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    QSet<QString> seenOut;
    QStringList violations;

private:
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};
} // namespace

class TestMaintain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statTableIsReadByColumnName();
    void runtimeCommandsTakeOnlyServerNames();
    void requestIsValidatedWhenRead();
    void initTestCase();
    void planBatchesFrontendsAndIsolatesVoters();
    void rollingRestartOfFrontendsFailsNoRequest();
    void failingWorkStopsWithTheNodeOutThenResumes();
    void killedInstallerReattachesInsteadOfRunningTwice();
    void rollingBackendRestartKeepsTheQuorum();
    void refusesTheLastHealthyFrontend();
    void rebootWaitsForTheNodeAndRechecksItsHostKey();

private:
    QString status(const QString &host);
    bool waitForStatus(const QString &host, const QString &expected, int ms = 15000);
    QString runWork(const QString &host, const QString &command);
    QString runId() const;
    LabFixture m_lab;
    QString m_labError;
    QByteArray m_ca;
};

void TestMaintain::statTableIsReadByColumnName()
{
    // HAProxy 2.6's own header, and a shorter one with the columns elsewhere (another version).
    const QByteArray real = "# pxname,svname,qcur,qmax,scur,smax,slim,stot,bin,bout,dreq,dresp,ereq,econ,eresp,wretr,wredis,status,weight,act,bck,chkfail,chkdown,"
                            "lastchg,downtime,qlimit,pid,iid,sid,throttle,lbtot,tracked,type,rate,rate_lim,rate_max,check_status,check_code,\n"
                            "agilesec_https,FRONTEND,,,0,1,4000,5,,,,,,,,,,OPEN,,,,,,,,,1,2,0,,,,0,0,0,1,,,\n"
                            "agilesec_frontends,frontend-1,0,0,2,3,,9,,,,,,0,0,0,0,DRAIN,1,1,0,0,0,57,0,,1,3,1,,9,,2,0,,1,L7OK,200,\n"
                            "agilesec_frontends,frontend-2,0,0,0,1,,5,,,,,,0,0,0,0,UP 1/3,1,1,0,1,0,2,0,,1,3,2,,5,,2,0,,1,* L7OK,200,\n"
                            "agilesec_frontends,BACKEND,0,0,2,3,400,14,,,,,,0,0,0,0,UP,2,2,0,,0,57,0,,1,3,0,,14,,1,0,,2,,,\n";
    QString error;
    const QList<HaproxyRuntimeApi::Server> servers = HaproxyRuntimeApi::parseStat(real, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(servers.size(), 2);
    QCOMPARE(servers[0].name, QStringLiteral("frontend-1"));
    QCOMPARE(servers[0].status, QStringLiteral("DRAIN"));
    QCOMPARE(servers[0].sessions, 2);
    QVERIFY(!servers[0].isUp());
    QCOMPARE(servers[1].status, QStringLiteral("UP 1/3"));
    QVERIFY(!servers[1].isUp()); // going down: not steady
    QCOMPARE(servers[1].checkStatus, QStringLiteral("L7OK"));
    const QList<HaproxyRuntimeApi::Server> moved = HaproxyRuntimeApi::parseStat("# pxname,svname,status,scur\nbe,fe-9,MAINT,0\n", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved[0].status, QStringLiteral("MAINT"));
    HaproxyRuntimeApi::parseStat("Unknown command. Please enter one of the following commands only :\n", &error);
    QVERIFY(error.startsWith(QStringLiteral("not a stat table: Unknown command.")));
    HaproxyRuntimeApi::parseStat("", &error);
    QCOMPARE(error, QStringLiteral("the runtime API answered nothing"));
}

void TestMaintain::runtimeCommandsTakeOnlyServerNames()
{
    QCOMPARE(HaproxyRuntimeApi::setStateCommand(QStringLiteral("agilesec_frontends"), QStringLiteral("frontend-2"), HaproxyRuntimeApi::State::Drain),
             QStringLiteral("set server agilesec_frontends/frontend-2 state drain"));
    // HAProxy runs each ';'-separated part of a line: a name must never carry a second command.
    for (const QString &hostile : {QStringLiteral("fe;shutdown sessions server be/x"), QStringLiteral("fe\nshow sess"), QStringLiteral("fe x"), QStringLiteral("$(id)"),
                                   QStringLiteral("`id`"), QStringLiteral("{{ lookup('pipe','id') }}"), QString()})
        QVERIFY2(HaproxyRuntimeApi::setStateCommand(QStringLiteral("be"), hostile, HaproxyRuntimeApi::State::Ready).isEmpty(), qPrintable(hostile));
    RuntimeApiChannel channel(QStringLiteral("lb-1"), QStringLiteral("/nonexistent/admin.sock"), true, {}, {}, {});
    QString error;
    channel.send(QStringLiteral("show stat; shutdown frontend agilesec_https"), &error);
    QVERIFY(error.contains(QStringLiteral("refused to send")));
    channel.send(QStringLiteral("show stat"), &error);
    QVERIFY2(error.startsWith(QStringLiteral("lb-1: cannot open HAProxy's runtime API at /nonexistent/admin.sock")), qPrintable(error));
}

void TestMaintain::requestIsValidatedWhenRead()
{
    MaintenanceRequest request;
    request.runId = QStringLiteral("abc");
    request.nodes = {QStringLiteral("frontend-1")};
    request.work = MaintenanceRequest::Work::Run;
    request.command = QStringLiteral("echo \"it's $(id)\" `id`; {{ x }}\nnext line");
    QString error;
    const std::optional<MaintenanceRequest> back = MaintenanceRequest::fromJson(request.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->command, request.command);
    const auto refused = [](QJsonObject o, const char *key, const QJsonValue &value) {
        o.insert(QLatin1String(key), value);
        QString why;
        return MaintenanceRequest::fromJson(o, &why) ? QString() : why;
    };
    QCOMPARE(refused(request.toJson(), "maxOut", 0), QStringLiteral("maxOut: expected a whole number from 1 to 100"));
    QCOMPARE(refused(request.toJson(), "drainSeconds", QStringLiteral("30")), QStringLiteral("drainSeconds: expected a whole number from 0 to 86400"));
    QCOMPARE(refused(request.toJson(), "work", QStringLiteral("format")), QStringLiteral("work: \"format\" is not one of run, restart-services, reboot"));
    QCOMPARE(refused(request.toJson(), "command", QStringLiteral(" ")), QStringLiteral("command: empty; the work 'run' needs the command"));
    QCOMPARE(refused(request.toJson(), "nodes", QJsonArray{1}), QStringLiteral("nodes: expected an array of hostnames"));
    QCOMPARE(refused(request.toJson(), "runId", QString()), QStringLiteral("runId: missing; expected the run's id"));
}

void TestMaintain::initTestCase()
{
    m_labError = m_lab.start(QStringLiteral("4"));
    if (!m_labError.isEmpty())
        return;
    const CliRun install = cli({QStringLiteral("install"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--yes"), QStringLiteral("--quiet")}, 300000);
    if (install.exitCode != 0)
        m_labError = QString::fromUtf8(install.describe());
    m_ca = TestFiles::read(m_lab.caCertPath());
    for (const QString &fe : {QStringLiteral("frontend-1"), QStringLiteral("frontend-2")}) {
        if (m_labError.isEmpty() && !waitForStatus(fe, QStringLiteral("UP")))
            m_labError = QStringLiteral("%1 is not UP in the lab's HAProxy after the install: %2").arg(fe, status(fe));
    }
}

QString TestMaintain::status(const QString &host)
{
    return m_lab.haproxyStatus(host);
}

bool TestMaintain::waitForStatus(const QString &host, const QString &expected, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (status(host) != expected) {
        if (clock.elapsed() > ms)
            return false;
        QThread::msleep(200);
    }
    return true;
}

QString TestMaintain::runWork(const QString &host, const QString &command)
{
    SshSession session(m_lab.endpoint(host), {});
    if (!session.connect())
        return session.error();
    ExecOptions options;
    options.timeoutMs = 60000;
    const ExecResult r = session.exec(command, options);
    return r.ok() ? QString() : r.describe();
}

QString TestMaintain::runId() const
{
    return QJsonDocument::fromJson(TestFiles::read(m_lab.labDir() + QStringLiteral("/output/day2/maintain-run.json"))).object().value(QStringLiteral("runId")).toString();
}

void TestMaintain::planBatchesFrontendsAndIsolatesVoters()
{
    if (!m_labError.isEmpty())
        QSKIP(qPrintable(m_labError));
    MaintenanceRequest request;
    request.nodes = {QStringLiteral("frontend-1"), QStringLiteral("frontend-2")};
    request.maxOut = 2;
    QString error;
    const QList<MaintenanceStep> steps = MaintenancePlan::build(m_lab.cluster.cluster, m_lab.project.targets(m_lab.cluster.cluster), m_lab.project.external,
                                                                QStringLiteral("agilesec_frontends"), request, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // frontend-1 is the PRIMARY_FRONTEND, a quorum voter: alone, between quorum checks.
    QCOMPARE(steps.first().step.id, QStringLiteral("frontend-1/maintain-check-others"));
    QCOMPARE(steps[1].step.id, QStringLiteral("frontend-1/maintain-quorum-before"));
    QCOMPARE(steps[2].step.command, QStringLiteral("set server agilesec_frontends/frontend-1 state drain\n(no sessions left, or the drain time over)\n"
                                                   "set server agilesec_frontends/frontend-1 state maint"));
    QCOMPARE(steps[6].step.id, QStringLiteral("frontend-1/maintain-quorum-after"));
    QCOMPARE(steps[7].step.id, QStringLiteral("frontend-1/maintain-put-back"));
    QVERIFY(steps[0].batch != steps[8].batch);
    request.nodes = {QStringLiteral("frontend-2"), QStringLiteral("frontend-2")};
    MaintenancePlan::build(m_lab.cluster.cluster, m_lab.project.targets(m_lab.cluster.cluster), m_lab.project.external, QStringLiteral("agilesec_frontends"), request, &error);
    QCOMPARE(error, QStringLiteral("frontend-2 is named twice"));
    // Two additional frontends in one batch of --max-out 2 would leave none serving.
    Cluster twoAdditional = m_lab.cluster.cluster;
    for (Node &n : twoAdditional.nodes)
        n.profile = n.hostname == QStringLiteral("frontend-1") ? Profile::AdditionalFrontend : n.profile;
    request.nodes = {QStringLiteral("frontend-1"), QStringLiteral("frontend-2")};
    MaintenancePlan::build(twoAdditional, m_lab.project.targets(twoAdditional), m_lab.project.external, QStringLiteral("agilesec_frontends"), request, &error);
    QCOMPARE(error, QStringLiteral("--max-out 2 would take every frontend out of rotation at once (2 of 2); at least one must serve"));
    Cluster oneFrontend = m_lab.cluster.cluster;
    oneFrontend.nodes.erase(std::remove_if(oneFrontend.nodes.begin(), oneFrontend.nodes.end(), [](const Node &n) { return n.hostname == QStringLiteral("frontend-2"); }),
                            oneFrontend.nodes.end());
    request.nodes = {QStringLiteral("frontend-1")};
    MaintenancePlan::build(oneFrontend, m_lab.project.targets(oneFrontend), m_lab.project.external, QStringLiteral("agilesec_frontends"), request, &error);
    QCOMPARE(error, QStringLiteral("frontend-1 is the cluster's only frontend: taking it out leaves no frontend serving users"));
    const CliRun all = cli({QStringLiteral("maintain"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--nodes"), QStringLiteral("frontend-9"),
                            QStringLiteral("--restart-services"), QStringLiteral("--dry-run")});
    QCOMPARE(all.exitCode, 1);
    QVERIFY2(all.err.contains(QStringLiteral("frontend-9 is not a node of the cluster")), all.describe().constData());
}

void TestMaintain::rollingRestartOfFrontendsFailsNoRequest()
{
    if (!m_labError.isEmpty())
        QSKIP(qPrintable(m_labError));
    const QStringList frontends{QStringLiteral("frontend-1"), QStringLiteral("frontend-2")};
    RotationMonitor monitor(m_lab, frontends);
    ClientLoop client(LabLoadBalancer::address(), m_lab.cluster.cluster.frontendPort, m_lab.cluster.cluster.fqdn(), m_ca);
    QThread::msleep(1000); // the client is served before the run starts
    QElapsedTimer clock;
    clock.start();
    const CliRun run = cli({QStringLiteral("maintain"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--all-frontends"),
                            QStringLiteral("--restart-services"), QStringLiteral("--drain-seconds"), QStringLiteral("5"), QStringLiteral("--yes")});
    const qint64 ms = clock.elapsed();
    QThread::msleep(1000);
    client.stop();
    monitor.stop();
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY(run.out.contains(QStringLiteral("maintenance complete: restart every service done on 2 node(s)")));
    QVERIFY(run.out.contains(QStringLiteral("frontend-1: MAINT on every LB node: out of rotation")));
    QVERIFY(run.out.contains(QStringLiteral("quorum whole: 3 voters")));
    qInfo("rolling restart of 2 frontends: %lld ms (%.1f s per node), %d requests through the LB, %lld failed", ms, ms / 2000.0, client.ok,
          qlonglong(client.failures.size()));
    QVERIFY2(client.failures.isEmpty(), qPrintable(client.failures.join(QStringLiteral("; "))));
    QVERIFY(client.ok >= 20);
    QVERIFY2(monitor.violations.isEmpty(), qPrintable(monitor.violations.join(QStringLiteral("; "))));
    QCOMPARE(monitor.seenOut, QSet<QString>(frontends.begin(), frontends.end()));
    for (const QString &fe : frontends)
        QCOMPARE(status(fe), QStringLiteral("UP"));
}

void TestMaintain::failingWorkStopsWithTheNodeOutThenResumes()
{
    if (!m_labError.isEmpty())
        QSKIP(qPrintable(m_labError));
    // The work fails on frontend-2 only while a file says so; every run is counted on the node.
    TestFiles::write(m_lab.nodeDir(QStringLiteral("frontend-2")) + QStringLiteral("/installer/maintain-fail"), "broken\n");
    const QStringList args{QStringLiteral("maintain"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--nodes"), QStringLiteral("frontend-1,frontend-2"),
                           QStringLiteral("--run"), QStringLiteral("echo ran >> maintain-runs.log; if test -e maintain-fail; then echo \"it's $(cat maintain-fail)\" >&2; exit 3; fi"),
                           QStringLiteral("--yes")};
    const CliRun failed = cli(args);
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.out.contains(QStringLiteral("MAINTENANCE STOPPED: stopped at Work on frontend-2")), failed.describe().constData());
    QVERIFY(failed.out.contains(QStringLiteral("exit 3")));
    QVERIFY(failed.out.contains(QStringLiteral("frontend-1: done, back in rotation")));
    QVERIFY(failed.out.contains(QStringLiteral("frontend-2: OUT OF ROTATION (stopped here)")));
    QVERIFY(failed.out.contains(QStringLiteral("--resume")));
    QCOMPARE(status(QStringLiteral("frontend-1")), QStringLiteral("UP"));
    QCOMPARE(status(QStringLiteral("frontend-2")), QStringLiteral("MAINT"));
    // A new run is refused while this one is unfinished.
    const CliRun other = cli({QStringLiteral("maintain"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--all-frontends"),
                              QStringLiteral("--restart-services"), QStringLiteral("--yes")});
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.contains(QStringLiteral("did not finish: resume it with --resume")), other.describe().constData());
    QFile::remove(m_lab.nodeDir(QStringLiteral("frontend-2")) + QStringLiteral("/installer/maintain-fail"));
    const CliRun resumed = cli({QStringLiteral("maintain"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--resume"), QStringLiteral("--yes")});
    QVERIFY2(resumed.exitCode == 0, resumed.describe().constData());
    QVERIFY(resumed.out.startsWith(QStringLiteral("resuming the maintenance run")));
    QVERIFY(resumed.out.contains(QStringLiteral("frontend-2: done, back in rotation")));
    QCOMPARE(status(QStringLiteral("frontend-2")), QStringLiteral("UP"));
    // frontend-1's finished work was not run again; frontend-2's failed one was retried once.
    QCOMPARE(TestFiles::read(m_lab.nodeDir(QStringLiteral("frontend-1")) + QStringLiteral("/installer/maintain-runs.log")), QByteArray("ran\n"));
    QCOMPARE(TestFiles::read(m_lab.nodeDir(QStringLiteral("frontend-2")) + QStringLiteral("/installer/maintain-runs.log")), QByteArray("ran\nran\n"));
}

void TestMaintain::killedInstallerReattachesInsteadOfRunningTwice()
{
    if (!m_labError.isEmpty())
        QSKIP(qPrintable(m_labError));
    for (const QString &fe : {QStringLiteral("frontend-1"), QStringLiteral("frontend-2")})
        QFile::remove(m_lab.nodeDir(fe) + QStringLiteral("/installer/maintain-slow.log"));
    QProcess installer;
    installer.start(QStringLiteral(AGILESEC_BINARY), {QStringLiteral("maintain"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--nodes"),
                                                      QStringLiteral("frontend-2"), QStringLiteral("--run"),
                                                      QStringLiteral("sleep 3; echo finished >> maintain-slow.log"), QStringLiteral("--yes")});
    QVERIFY(installer.waitForStarted());
    // Killed while the work runs on the node.
    const QString stepDir = m_lab.stepDir(QStringLiteral("frontend-2"), QStringLiteral("maintain-work"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(stepDir + QStringLiteral("/pid")), 20000);
    QThread::msleep(500);
    installer.kill();
    QVERIFY(installer.waitForFinished());
    QCOMPARE(status(QStringLiteral("frontend-2")), QStringLiteral("MAINT")); // left out of rotation, as the journal says
    const CliRun resumed = cli({QStringLiteral("maintain"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--resume"), QStringLiteral("--yes")});
    QVERIFY2(resumed.exitCode == 0, resumed.describe().constData());
    QVERIFY(resumed.out.contains(QStringLiteral("the last run stopped during the work: asking the node before anything runs")));
    QCOMPARE(TestFiles::read(m_lab.nodeDir(QStringLiteral("frontend-2")) + QStringLiteral("/installer/maintain-slow.log")), QByteArray("finished\n"));
    QCOMPARE(status(QStringLiteral("frontend-2")), QStringLiteral("UP"));
    const QJsonObject steps = QJsonDocument::fromJson(TestFiles::read(m_lab.labDir() + QStringLiteral("/output/day2/maintain-%1-journal.json").arg(runId())))
                                  .object()
                                  .value(QStringLiteral("steps"))
                                  .toObject();
    QCOMPARE(steps.value(QStringLiteral("frontend-2/maintain-put-back")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
}

void TestMaintain::rollingBackendRestartKeepsTheQuorum()
{
    if (!m_labError.isEmpty())
        QSKIP(qPrintable(m_labError));
    const QStringList voters{QStringLiteral("backend-1"), QStringLiteral("backend-2"), QStringLiteral("frontend-1")};
    std::atomic_bool stop{false};
    QStringList violations;
    int samples = 0;
    std::thread monitor([&] {
        while (!stop) {
            int down = 0;
            for (const QString &v : voters)
                down += TestFiles::read(m_lab.nodeDir(v) + QStringLiteral("/installation/state/kafka")).trimmed() == "Running" ? 0 : 1;
            if (down > 1)
                violations << QStringLiteral("%1 voters without Kafka at once").arg(down);
            ++samples;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
    const CliRun run = cli({QStringLiteral("maintain"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--all-backends"),
                            QStringLiteral("--restart-services"), QStringLiteral("--yes")});
    stop = true;
    monitor.join();
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QStringLiteral("; "))));
    QVERIFY(samples > 10);
    QVERIFY(run.out.contains(QStringLiteral("on backend-1, backend-2")));
    QCOMPARE(run.out.count(QStringLiteral("quorum whole: 3 voters run Kafka, MongoDB and OpenSearch")), 4); // before and after each
    QVERIFY(!run.out.contains(QStringLiteral("out of rotation"))); // a backend leaves no rotation
    // backend-2's work began only after backend-1's quorum was whole again.
    const QJsonObject steps = QJsonDocument::fromJson(TestFiles::read(m_lab.labDir() + QStringLiteral("/output/day2/maintain-%1-journal.json").arg(runId())))
                                  .object()
                                  .value(QStringLiteral("steps"))
                                  .toObject();
    const auto time = [&](const QString &id, const char *key) {
        return QDateTime::fromString(steps.value(id).toObject().value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
    };
    QVERIFY(time(QStringLiteral("backend-1/maintain-quorum-after"), "finished") <= time(QStringLiteral("backend-2/maintain-work"), "started"));
}

void TestMaintain::refusesTheLastHealthyFrontend()
{
    if (!m_labError.isEmpty())
        QSKIP(qPrintable(m_labError));
    const QString installer = m_lab.nodeDir(QStringLiteral("frontend-2")) + QStringLiteral("/installer");
    QCOMPARE(runWork(QStringLiteral("frontend-2"), QStringLiteral("cd '%1' && ./scripts/manage.sh stop haproxy").arg(installer)), QString());
    QVERIFY(waitForStatus(QStringLiteral("frontend-2"), QStringLiteral("DOWN")));
    const CliRun refused = cli({QStringLiteral("maintain"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--nodes"), QStringLiteral("frontend-1"),
                                QStringLiteral("--restart-services"), QStringLiteral("--yes")});
    QCOMPARE(runWork(QStringLiteral("frontend-2"), QStringLiteral("cd '%1' && ./scripts/manage.sh start haproxy").arg(installer)), QString());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.out.contains(QStringLiteral("refused: frontend-1 is the last healthy frontend in rotation (frontend-2")), refused.describe().constData());
    QVERIFY(refused.out.contains(QStringLiteral("frontend-1: started, not finished, in rotation")));
    QVERIFY(!refused.out.contains(QStringLiteral("frontend-1: stop "))); // no work began: manage.sh never ran
    QCOMPARE(status(QStringLiteral("frontend-1")), QStringLiteral("UP"));
    QVERIFY(waitForStatus(QStringLiteral("frontend-2"), QStringLiteral("UP")));
    const CliRun resumed = cli({QStringLiteral("maintain"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--resume"), QStringLiteral("--yes")});
    QVERIFY2(resumed.exitCode == 0, resumed.describe().constData()); // frontend-2 is healthy again: the refused run finishes
}

void TestMaintain::rebootWaitsForTheNodeAndRechecksItsHostKey()
{
    if (!m_labError.isEmpty())
        QSKIP(qPrintable(m_labError));
    // The lab's systemctl reboot (SIMULATION): connections cut, sshd and services away for 3 s,
    // back with a new boot id.
    const QString node = m_lab.nodeDir(QStringLiteral("frontend-2"));
    const QByteArray bootBefore = TestFiles::read(node + QStringLiteral("/boot_id"));
    const QStringList reboot{QStringLiteral("maintain"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--nodes"), QStringLiteral("frontend-2"),
                             QStringLiteral("--reboot"), QStringLiteral("--yes")};
    const CliRun rebooted = cli(reboot);
    QVERIFY2(rebooted.exitCode == 0, rebooted.describe().constData());
    QVERIFY(rebooted.out.contains(QStringLiteral("frontend-2: rebooting (boot id %1)").arg(QString::fromLatin1(bootBefore.left(8)))));
    QVERIFY(rebooted.out.contains(QStringLiteral("its host key checked")));
    QVERIFY(TestFiles::read(node + QStringLiteral("/boot_id")) != bootBefore);
    QCOMPARE(status(QStringLiteral("frontend-2")), QStringLiteral("UP"));

    // Back with another host key (a reimaged machine): refused, the node left out of rotation.
    TestFiles::write(node + QStringLiteral("/faults.conf"), TestFiles::read(node + QStringLiteral("/faults.conf")).replace("REBOOT_NEW_HOST_KEY=0", "REBOOT_NEW_HOST_KEY=1"));
    const CliRun refused = cli(reboot);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.out.contains(QStringLiteral("back after the reboot with a host key that is refused")) && refused.out.contains(QStringLiteral("has CHANGED")),
             refused.describe().constData());
    QVERIFY(refused.out.contains(QStringLiteral("frontend-2: OUT OF ROTATION (stopped here)")));
    QCOMPARE(status(QStringLiteral("frontend-2")), QStringLiteral("MAINT"));
    // The operator checks the new key on the node and pins it; the resume does not reboot again.
    const QByteArray bootAfterRefusal = TestFiles::read(node + QStringLiteral("/boot_id"));
    const QString fingerprint = LabEnvironment::fingerprintOfPublicKey(TestFiles::read(node + QStringLiteral("/ssh_host_ed25519_key.pub")));
    const SshEndpoint e = m_lab.endpoint(QStringLiteral("frontend-2"));
    const CliRun pinned = cli({QStringLiteral("check-access"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--node"), QStringLiteral("frontend-2"),
                               QStringLiteral("--accept-host-key"), QStringLiteral("%1:%2=%3").arg(e.host).arg(e.port).arg(fingerprint)});
    QVERIFY2(pinned.exitCode == 0, pinned.describe().constData());
    const CliRun resumed = cli({QStringLiteral("maintain"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--resume"), QStringLiteral("--yes")});
    QVERIFY2(resumed.exitCode == 0, resumed.describe().constData());
    QVERIFY(resumed.out.contains(QStringLiteral("rebooted by the last run; reachable now, its host key accepted")));
    QCOMPARE(TestFiles::read(node + QStringLiteral("/boot_id")), bootAfterRefusal); // not rebooted twice
    QCOMPARE(status(QStringLiteral("frontend-2")), QStringLiteral("UP"));
}

QTEST_GUILESS_MAIN(TestMaintain)
#include "tst_maintain.moc"
