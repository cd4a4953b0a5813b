// An install survives the laptop, against the lab's real sshd: the installer killed during a
// node's install (the step goes on and the next install re-attaches), the connection's sshd
// killed (the same run reconnects), sshd frozen beyond the liveness limit and thawed, a node
// that never comes back (it fails with what was lost; the others finish), and no secret in
// any node-side step file or process list.
#include "CliRun.h"
#include "LabFixture.h"

#include <QRegularExpression>
#include <csignal>

namespace {
const QString kInstallStep = QStringLiteral("install");

// The CLI started in the background, its output read as it comes.
class RunningCli
{
public:
    explicit RunningCli(const QStringList &arguments)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(AGILESEC_BINARY), arguments);
        m_process.waitForStarted();
    }
    ~RunningCli()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    bool waitFor(const QByteArray &text, int ms = 60000, const std::function<void()> &meanwhile = {})
    {
        QElapsedTimer clock;
        clock.start();
        while (!m_seen.contains(text) && clock.elapsed() < ms && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            m_seen += m_process.readAll();
            if (meanwhile)
                meanwhile();
        }
        m_seen += m_process.readAll();
        return m_seen.contains(text);
    }
    int finish(int ms = 180000)
    {
        QElapsedTimer clock;
        clock.start();
        while (m_process.state() != QProcess::NotRunning && clock.elapsed() < ms) {
            m_process.waitForReadyRead(200);
            m_seen += m_process.readAll();
        }
        m_seen += m_process.readAll();
        return m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    void crash() { ::kill(pid_t(m_process.processId()), SIGKILL); m_process.waitForFinished(); }
    const QByteArray &seen() const { return m_seen; }

private:
    QProcess m_process;
    QByteArray m_seen;
};

QStringList installArguments(const LabFixture &lab, const QStringList &more = {})
{
    return QStringList{QStringLiteral("install"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--yes")} + more;
}

// Every "[k/20]" line of the node's install in the laptop's log for the node, counted.
QMap<int, int> progressLines(const LabFixture &lab, const QString &hostname)
{
    QMap<int, int> counts;
    static const QRegularExpression line(QStringLiteral("^\\S+   \\[(\\d+)/20\\] "));
    for (const QString &l : QString::fromUtf8(TestFiles::read(lab.labDir() + QStringLiteral("/output/logs/") + hostname + QStringLiteral(".log"))).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = line.match(l);
        if (m.hasMatch())
            ++counts[m.captured(1).toInt()];
    }
    return counts;
}

bool eachLineOnce(const QMap<int, int> &counts, QString *why)
{
    for (int k = 1; k <= 20; ++k) {
        if (counts.value(k) != 1) {
            *why = QStringLiteral("[%1/20] appears %2 times").arg(k).arg(counts.value(k));
            return false;
        }
    }
    return true;
}

void signalAll(const QList<qint64> &pids, int signal)
{
    for (qint64 pid : pids) {
        if (pid > 0) // never 0 or -1: those mean "everyone"
            ::kill(pid_t(pid), signal);
    }
}
} // namespace

class TestReattach : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedInstallerReattachesAndTheStepRunsOnce();
    void droppedConnectionReconnectsWithoutLosingALine();
    void frozenSshdIsReconnectedAfterItThaws();
    void nodeThatNeverComesBackFailsAndTheOthersFinish();
    void changedHostKeyOnReconnectStopsTheNode();
    void verifyListsWhatTheNodesKept();
};

void TestReattach::killedInstallerReattachesAndTheStepRunsOnce()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    lab.setFault(QStringLiteral("backend-1"), QStringLiteral("STEP_SECONDS=0.3"));
    {
        RunningCli first(installArguments(lab));
        QVERIFY2(first.waitFor("backend-1 | [3/20]"), first.seen().constData());
        first.crash(); // kill -9: no chance to clean up
    }
    // The install goes on on the node without the installer.
    QTest::qWait(1500);
    QVERIFY(!QFileInfo::exists(lab.stepDir(QStringLiteral("backend-1"), kInstallStep) + QStringLiteral("/status")));
    const QByteArray journal = TestFiles::read(lab.labDir() + QStringLiteral("/output/install-journal.json"));
    QVERIFY(journal.contains("running"));

    RunningCli resumed(installArguments(lab));
    QCOMPARE(resumed.finish(), 0);
    const QByteArray out = resumed.seen();
    QVERIFY2(out.contains("backend-1 | re-attached to the step still running on the node"), out.constData());
    QVERIFY2(!out.contains("backend-1 | [1/20]"), out.constData()); // the rest of the output, not all of it again
    QVERIFY(out.contains("backend-1 | [20/20] Installation complete"));
    QCOMPARE(lab.installerRuns(QStringLiteral("backend-1")), 1);
    QString why;
    QVERIFY2(eachLineOnce(progressLines(lab, QStringLiteral("backend-1")), &why), qPrintable(why));
    QCOMPARE(TestFiles::read(lab.stepDir(QStringLiteral("backend-1"), kInstallStep) + QStringLiteral("/status")), QByteArray("0\n"));
    QCOMPARE(CliRun::run({QStringLiteral("verify"), QStringLiteral("--project"), lab.project.path}).exitCode, 0);

    // Killed again after the step finished on the node: the next install takes the result over.
    lab.stop();
}

void TestReattach::droppedConnectionReconnectsWithoutLosingALine()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    lab.setFault(QStringLiteral("backend-1"), QStringLiteral("STEP_SECONDS=0.25"));
    const QByteArray adminPassword = TestFiles::read(lab.labDir() + QStringLiteral("/admin-password")).trimmed();
    QVERIFY(adminPassword.size() >= 8);
    bool secretInPs = false;
    const auto samplePs = [&] {
        QProcess ps;
        ps.start(QStringLiteral("ps"), {QStringLiteral("-eo"), QStringLiteral("args")});
        ps.waitForFinished();
        secretInPs = secretInPs || ps.readAllStandardOutput().contains(adminPassword);
    };
    RunningCli run(installArguments(lab));
    QVERIFY2(run.waitFor("backend-1 | [4/20]", 60000, samplePs), run.seen().constData());
    const QList<qint64> connections = lab.connectionPids(QStringLiteral("backend-1"));
    QVERIFY(!connections.isEmpty());
    signalAll(connections, SIGKILL); // the connection's sshd, not the listener
    QCOMPARE(run.finish(), 0);
    QVERIFY2(run.seen().contains("backend-1: reconnecting (attempt 1 of 8"), run.seen().constData());
    QCOMPARE(lab.installerRuns(QStringLiteral("backend-1")), 1);
    QString why;
    QVERIFY2(eachLineOnce(progressLines(lab, QStringLiteral("backend-1")), &why), qPrintable(why));
    QVERIFY(!secretInPs);
    // No secret in any node-side step file, on any node.
    for (const Node &n : lab.cluster.cluster.nodes) {
        QDirIterator it(DetachedStep::stateRootFor(lab.nodeDir(n.hostname) + QStringLiteral("/installer")), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            QVERIFY2(!TestFiles::read(path).contains(adminPassword), qPrintable(path));
        }
        QVERIFY(files > 0);
    }
    lab.stop();
}

void TestReattach::frozenSshdIsReconnectedAfterItThaws()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    lab.setFault(QStringLiteral("backend-1"), QStringLiteral("STEP_SECONDS=0.3"));
    RunningCli run(installArguments(lab, {QStringLiteral("--liveness-seconds"), QStringLiteral("3")}));
    QVERIFY2(run.waitFor("backend-1 | [2/20]"), run.seen().constData());
    QList<qint64> frozen = lab.connectionPids(QStringLiteral("backend-1"));
    frozen << lab.sshdPid(QStringLiteral("backend-1"));
    signalAll(frozen, SIGSTOP); // longer than the liveness limit: the node seems gone
    const bool sawReconnecting = run.waitFor("backend-1: reconnecting", 20000);
    QTest::qWait(2000);
    signalAll(frozen, SIGCONT);
    QVERIFY2(sawReconnecting, run.seen().constData());
    QCOMPARE(run.finish(), 0);
    QCOMPARE(lab.installerRuns(QStringLiteral("backend-1")), 1);
    lab.stop();
}

void TestReattach::nodeThatNeverComesBackFailsAndTheOthersFinish()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    lab.setFault(QStringLiteral("frontend-2"), QStringLiteral("STEP_SECONDS=1"));
    RunningCli run(installArguments(lab, {QStringLiteral("--reconnect-attempts"), QStringLiteral("2")}));
    QVERIFY2(run.waitFor("frontend-2 | Raising open-file"), run.seen().constData());
    QList<qint64> gone = lab.connectionPids(QStringLiteral("frontend-2"));
    gone.prepend(lab.sshdPid(QStringLiteral("frontend-2")));
    QVERIFY(gone.first() > 0 && gone.size() > 1);
    signalAll(gone, SIGKILL); // the node is gone for good
    QCOMPARE(run.finish(), 1);
    const QByteArray out = run.seen();
    QVERIFY2(out.contains("frontend-2: reconnecting (attempt 2 of 2"), out.constData());
    QVERIFY2(out.contains("2 reconnect attempts over"), out.constData());
    QVERIFY(out.contains("The step may still be running on the node: a new install re-attaches to it"));
    // The other nodes of the phase finished it; nothing of the next phase started.
    for (const QString &host : {QStringLiteral("backend-1"), QStringLiteral("backend-2"), QStringLiteral("frontend-1")})
        QVERIFY2(TestFiles::read(lab.labDir() + QStringLiteral("/output/logs/") + host + QStringLiteral(".log")).contains("/admin-password: ok"), qPrintable(host));
    QCOMPARE(lab.installerRuns(QStringLiteral("backend-1")), 0);
    lab.stop();
}

void TestReattach::changedHostKeyOnReconnectStopsTheNode()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    lab.setFault(QStringLiteral("backend-1"), QStringLiteral("STEP_SECONDS=0.3"));
    RunningCli run(installArguments(lab));
    QVERIFY2(run.waitFor("backend-1 | [3/20]"), run.seen().constData());
    // The node "is replaced" while the connection is down: a new host key behind the same address.
    const QString key = lab.nodeDir(QStringLiteral("backend-1")) + QStringLiteral("/ssh_host_ed25519_key");
    QFile::remove(key);
    QFile::remove(key + QStringLiteral(".pub"));
    QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                                                             QString(), QStringLiteral("-f"), key}),
             0);
    ::kill(pid_t(lab.sshdPid(QStringLiteral("backend-1"))), SIGHUP); // sshd re-executes itself and reads the new key
    QTest::qWait(500);
    signalAll(lab.connectionPids(QStringLiteral("backend-1")), SIGKILL);
    QCOMPARE(run.finish(), 1);
    QVERIFY2(run.seen().contains("the host key changed since this install connected"), run.seen().constData());
    QVERIFY(!run.seen().contains("reconnecting (attempt 2 of 8")); // refused at once, not retried
    lab.stop();
}

void TestReattach::verifyListsWhatTheNodesKept()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    lab.setFault(QStringLiteral("backend-1"), QStringLiteral("FAIL_AT_STEP=install-kafka"));
    RunningCli run(installArguments(lab));
    QCOMPARE(run.finish(), 1);
    const CliRun verify = CliRun::run({QStringLiteral("verify"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--node"),
                                       QStringLiteral("backend-1"), QStringLiteral("--steps")});
    QVERIFY2(verify.out.contains(QStringLiteral("steps kept on backend-1 (")), verify.describe().constData());
    QVERIFY2(verify.out.contains(QRegularExpression(QStringLiteral("FAILED exit 1 +\\S+ \\S+ backend-1\\.install\n"))), verify.describe().constData());
    QVERIFY(verify.out.contains(QStringLiteral("      | ERROR: [5/20] Installing kafka failed (simulated fault FAIL_AT_STEP=install-kafka)")));
    QVERIFY(verify.out.contains(QRegularExpression(QStringLiteral("done +\\S+ \\S+ backend-1\\.tune\n"))));
    const CliRun json = CliRun::run({QStringLiteral("verify"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--node"),
                                     QStringLiteral("backend-1"), QStringLiteral("--steps"), QStringLiteral("--json")});
    const QJsonArray steps = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("steps")).toArray().at(0).toObject().value(QStringLiteral("steps")).toArray();
    bool sawInstall = false;
    for (const QJsonValue &s : steps) {
        if (s.toObject().value(QStringLiteral("step")).toString() == QStringLiteral("backend-1.install")) {
            sawInstall = true;
            QCOMPARE(s.toObject().value(QStringLiteral("exitStatus")).toInt(), 1);
            QCOMPARE(s.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        }
    }
    QVERIFY2(sawInstall, json.out.toUtf8().constData());
    lab.stop();
}

QTEST_GUILESS_MAIN(TestReattach)
#include "tst_reattach.moc"
