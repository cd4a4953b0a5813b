// The node-side half of detached steps (DetachedStep's script), run here with the system's
// /bin/sh exactly as a node runs it inside an SSH session: starting, following from an
// offset after the follower died, taking over a finished run, refusing a second start, the
// secret on stdin through the FIFO, skipWhen on the node, a runner killed without a status,
// the login's umask for the command, and shellcheck's verdict on the script.
#include "ssh/DetachedStep.h"
#include "TestFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

namespace {
struct Ran {
    QByteArray out;
    QStringList markers; // "started 123", "status 0", ...
    QStringList other;   // stderr lines that are not markers
    QString marker(const QString &kind) const
    {
        for (const QString &m : markers) {
            if (m == kind || m.startsWith(kind + QLatin1Char(' ')))
                return m.mid(kind.size()).trimmed();
        }
        return QStringLiteral("<none>");
    }
    bool has(const QString &kind) const { return marker(kind) != QLatin1String("<none>"); }
};

Ran parse(const QByteArray &out, const QByteArray &err)
{
    Ran r;
    r.out = out;
    for (const QString &line : QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (const auto m = DetachedStep::marker(line)) {
            if (m->kind != QLatin1String("alive"))
                r.markers << (m->value.isEmpty() ? m->kind : m->kind + QLatin1Char(' ') + m->value);
        } else {
            r.other << line;
        }
    }
    return r;
}

QProcess *startScript(const DetachedStep::Request &request, const QByteArray &input, const QString &home)
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SHELL"), QStringLiteral("/bin/sh"));
    p->setProcessEnvironment(env);
    p->setWorkingDirectory(home);
    p->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), DetachedStep::script(request)});
    p->write(input);
    p->closeWriteChannel();
    return p;
}

Ran run(const DetachedStep::Request &request, const QString &home, const QByteArray &input = {})
{
    std::unique_ptr<QProcess> p(startScript(request, input, home));
    if (!p->waitForFinished(30000))
        qWarning("the script did not end");
    return parse(p->readAllStandardOutput(), p->readAllStandardError());
}

// Waits until the node-side status file exists (the runner ended).
bool waitForStatus(const QString &dir, int ms = 20000)
{
    QElapsedTimer clock;
    clock.start();
    while (!QFileInfo::exists(dir + QStringLiteral("/status")) && clock.elapsed() < ms)
        QThread::msleep(50);
    return QFileInfo::exists(dir + QStringLiteral("/status"));
}
} // namespace

class TestDetached : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void startsFollowsAndReportsTheStatus();
    void followerComesBackAtItsOffset();
    void finishedRunIsTakenOverNotRepeated();
    void failedRunIsReportedOnResumeAndRepeatedOnStart();
    void anotherCommandIsRefusedWhileOneRuns();
    void secretArrivesOnStdinAndIsInNoFile();
    void skipWhenIsAskedOnTheNode();
    void runnerKilledWithoutStatusIsLostThenRestarted();
    void commandGetsTheLoginsUmask();
    void valuesStayData();
    void shellcheckAcceptsTheScript();

private:
    DetachedStep::Request request(const QString &command, const QString &sha = QStringLiteral("sha1")) const
    {
        DetachedStep::Request r;
        r.stateRoot = m_dir->filePath(QStringLiteral("installer/.agilesec-steps"));
        r.stepId = QStringLiteral("backend-1/install");
        r.command = command;
        r.commandSha = sha;
        r.heartbeatSeconds = 1;
        return r;
    }
    QString stepDir() const { return DetachedStep::stateDir(m_dir->filePath(QStringLiteral("installer/.agilesec-steps")), QStringLiteral("backend-1/install")); }
    QString counter() const { return m_dir->filePath(QStringLiteral("runs")); }
    int runs() const { return int(TestFiles::read(counter()).count('\n')); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDetached::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDetached::startsFollowsAndReportsTheStatus()
{
    const Ran r = run(request(QStringLiteral("echo run >> %1; echo one; echo two >&2; printf three").arg(counter())), m_dir->path());
    QCOMPARE(r.out, QByteArray("one\ntwo\nthree"));
    QVERIFY2(r.has(QStringLiteral("started")), qPrintable(r.markers.join(QLatin1Char(','))));
    QCOMPARE(r.marker(QStringLiteral("status")), QStringLiteral("0"));
    QVERIFY(r.other.isEmpty());
    QCOMPARE(runs(), 1);
    QCOMPARE(QFileInfo(stepDir()).fileName(), QStringLiteral("backend-1.install"));
    QCOMPARE(QFileInfo(stepDir()).permissions() & 0x0077, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(QFileInfo(stepDir()).path()).permissions() & 0x0077, QFileDevice::Permissions());
    QCOMPARE(TestFiles::read(stepDir() + QStringLiteral("/status")), QByteArray("0\n"));
    QCOMPARE(TestFiles::read(stepDir() + QStringLiteral("/sha")), QByteArray("sha1\n"));
    QVERIFY(!QFileInfo::exists(stepDir() + QStringLiteral("/in"))); // no input: no FIFO
}

void TestDetached::followerComesBackAtItsOffset()
{
    const QString command = QStringLiteral("echo run >> %1; for i in 1 2 3 4 5 6; do echo line$i; sleep 0.3; done; exit 3").arg(counter());
    std::unique_ptr<QProcess> p(startScript(request(command), {}, m_dir->path()));
    QByteArray seen;
    QElapsedTimer clock;
    clock.start();
    while (!seen.contains("line2\n") && clock.elapsed() < 10000) {
        p->waitForReadyRead(100);
        seen += p->readAllStandardOutput();
    }
    QVERIFY(seen.contains("line2\n"));
    const QByteArray err = p->readAllStandardError();
    ::kill(pid_t(p->processId()), SIGKILL); // the connection's end: the follower dies, the step does not
    p->waitForFinished();
    const QString runId = parse({}, err).marker(QStringLiteral("run"));
    QVERIFY(!runId.isEmpty());
    const qsizetype complete = seen.lastIndexOf('\n') + 1;

    DetachedStep::Request again = request(command);
    again.mode = DetachedStep::Mode::Resume;
    again.runId = runId;
    again.offset = complete;
    const Ran r = run(again, m_dir->path());
    QVERIFY2(r.has(QStringLiteral("attached")), qPrintable(r.markers.join(QLatin1Char(','))));
    QCOMPARE(seen.left(complete) + r.out, QByteArray("line1\nline2\nline3\nline4\nline5\nline6\n"));
    QCOMPARE(r.marker(QStringLiteral("status")), QStringLiteral("3"));
    QCOMPARE(runs(), 1);

    // A follower with another run's id starts at the beginning of the log.
    again.runId = QStringLiteral("1.2");
    QCOMPARE(run(again, m_dir->path()).out, QByteArray("line1\nline2\nline3\nline4\nline5\nline6\n"));
}

void TestDetached::finishedRunIsTakenOverNotRepeated()
{
    const QString command = QStringLiteral("echo run >> %1; echo done").arg(counter());
    std::unique_ptr<QProcess> p(startScript(request(command), {}, m_dir->path()));
    QVERIFY(p->waitForFinished());
    QCOMPARE(runs(), 1);
    // The installer never saw the end: a new one in Start mode takes the result over.
    const Ran r = run(request(command), m_dir->path());
    QVERIFY2(r.has(QStringLiteral("adopted")), qPrintable(r.markers.join(QLatin1Char(','))));
    QCOMPARE(r.marker(QStringLiteral("status")), QStringLiteral("0"));
    QVERIFY(r.out.isEmpty()); // Start mode: the old output is not shown again
    QCOMPARE(runs(), 1);
    // Another command under the same step id is a new step: it runs.
    const Ran changed = run(request(command, QStringLiteral("sha2")), m_dir->path());
    QVERIFY(changed.has(QStringLiteral("started")));
    QCOMPARE(runs(), 2);
}

void TestDetached::failedRunIsReportedOnResumeAndRepeatedOnStart()
{
    const QString command = QStringLiteral("echo run >> %1; echo 'it broke'; exit 7").arg(counter());
    QCOMPARE(run(request(command), m_dir->path()).marker(QStringLiteral("status")), QStringLiteral("7"));
    DetachedStep::Request resume = request(command);
    resume.mode = DetachedStep::Mode::Resume;
    const Ran reported = run(resume, m_dir->path());
    QVERIFY(reported.has(QStringLiteral("adopted")));
    QCOMPARE(reported.marker(QStringLiteral("status")), QStringLiteral("7"));
    QCOMPARE(reported.out, QByteArray("it broke\n")); // the node's log, for the failure's message
    QCOMPARE(runs(), 1);
    const Ran retried = run(request(command), m_dir->path()); // a retry runs it again
    QVERIFY(retried.has(QStringLiteral("started")));
    QCOMPARE(runs(), 2);
}

void TestDetached::anotherCommandIsRefusedWhileOneRuns()
{
    const QString command = QStringLiteral("echo run >> %1; sleep 2").arg(counter());
    std::unique_ptr<QProcess> first(startScript(request(command), {}, m_dir->path()));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(stepDir() + QStringLiteral("/pid")), 10000);
    const Ran same = run(request(command), m_dir->path()); // the same step again: attach, not start
    QVERIFY2(same.has(QStringLiteral("attached")), qPrintable(same.markers.join(QLatin1Char(','))));
    QCOMPARE(runs(), 1);
    QVERIFY(waitForStatus(stepDir()));
    QVERIFY(first->waitForFinished());

    std::unique_ptr<QProcess> third(startScript(request(command, QStringLiteral("sha-b")), {}, m_dir->path()));
    QTRY_VERIFY_WITH_TIMEOUT(runs() == 2, 10000);
    const Ran other = run(request(QStringLiteral("echo other"), QStringLiteral("sha-other")), m_dir->path());
    QVERIFY2(other.has(QStringLiteral("busy")), qPrintable(other.markers.join(QLatin1Char(','))));
    QVERIFY(third->waitForFinished());
}

void TestDetached::secretArrivesOnStdinAndIsInNoFile()
{
    DetachedStep::Request r = request(QStringLiteral("IFS= read -r pw; printf 'got %s chars\\n' \"${#pw}\"; read -r more || echo eof"));
    r.withInput = true;
    const QByteArray secret = "s3cr3t-'$(touch pwned)'`id`;|\"x";
    const Ran ran = run(r, m_dir->path(), secret + '\n');
    QCOMPARE(ran.marker(QStringLiteral("status")), QStringLiteral("0"));
    QCOMPARE(ran.out, QByteArray("got ") + QByteArray::number(secret.size()) + " chars\neof\n");
    QVERIFY(!QFileInfo::exists(stepDir() + QStringLiteral("/in"))); // the FIFO is gone
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("pwned"))));
    for (const QFileInfo &f : QDir(stepDir()).entryInfoList(QDir::Files))
        QVERIFY2(!TestFiles::read(f.filePath()).contains("s3cr3t"), qPrintable(f.filePath()));
}

void TestDetached::skipWhenIsAskedOnTheNode()
{
    DetachedStep::Request r = request(QStringLiteral("echo run >> %1").arg(counter()));
    r.skipWhen = QStringLiteral("[ -f %1 ]").arg(m_dir->filePath(QStringLiteral("marker")));
    QVERIFY(run(r, m_dir->path()).has(QStringLiteral("started")));
    TestFiles::write(m_dir->filePath(QStringLiteral("marker")), "x");
    QVERIFY(run(request(QStringLiteral("echo run >> %1").arg(counter()), QStringLiteral("sha2")), m_dir->path()).has(QStringLiteral("started")));
    r.commandSha = QStringLiteral("sha3");
    QVERIFY(run(r, m_dir->path()).has(QStringLiteral("already")));
    QCOMPARE(runs(), 2);
}

void TestDetached::runnerKilledWithoutStatusIsLostThenRestarted()
{
    const QString command = QStringLiteral("echo run >> %1; sleep 30").arg(counter());
    std::unique_ptr<QProcess> p(startScript(request(command), {}, m_dir->path()));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(stepDir() + QStringLiteral("/pid")), 10000);
    const pid_t runner = pid_t(TestFiles::read(stepDir() + QStringLiteral("/pid")).split(' ').value(0).toInt());
    QVERIFY(runner > 0);
    ::kill(-runner, SIGKILL); // its whole session: what a reboot does to it
    QVERIFY(p->waitForFinished(10000));
    QVERIFY2(parse(p->readAllStandardOutput(), p->readAllStandardError()).has(QStringLiteral("lost")), "the follower says lost");
    DetachedStep::Request resume = request(QStringLiteral("echo run >> %1").arg(counter()));
    resume.mode = DetachedStep::Mode::Resume;
    resume.commandSha = QStringLiteral("sha1");
    const Ran again = run(resume, m_dir->path());
    QVERIFY2(again.has(QStringLiteral("restarted")) && again.has(QStringLiteral("started")), qPrintable(again.markers.join(QLatin1Char(','))));
    QCOMPARE(runs(), 2);
}

void TestDetached::commandGetsTheLoginsUmask()
{
    const QString made = m_dir->filePath(QStringLiteral("made"));
    DetachedStep::Request r = request(QStringLiteral("umask 022 2>/dev/null; : > %1").arg(made));
    r.command = QStringLiteral(": > %1").arg(made);
    std::unique_ptr<QProcess> p(new QProcess);
    p->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("umask 022; ") + DetachedStep::script(r)});
    QVERIFY(p->waitForFinished());
    QCOMPARE(QFileInfo(made).permissions() & 0x0077, QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QCOMPARE(QFileInfo(stepDir() + QStringLiteral("/log")).permissions() & 0x0077, QFileDevice::Permissions()); // the step's own files stay private
}

void TestDetached::valuesStayData()
{
    DetachedStep::Request r = request(QStringLiteral("echo 'it''s' \"$(echo ok)\"; echo '%1 %2'"));
    r.stateRoot = m_dir->filePath(QStringLiteral("dir with 'quotes' $(touch pwned) `id`; %1/.agilesec-steps"));
    const Ran ran = run(r, m_dir->path());
    QCOMPARE(ran.out, QByteArray("its ok\n%1 %2\n"));
    QVERIFY(QFileInfo::exists(DetachedStep::stateDir(r.stateRoot, r.stepId) + QStringLiteral("/status")));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("pwned"))));
}

void TestDetached::shellcheckAcceptsTheScript()
{
    const QString shellcheck = QStandardPaths::findExecutable(QStringLiteral("shellcheck"));
    if (shellcheck.isEmpty())
        QSKIP("shellcheck is not installed");
    const QString path = m_dir->filePath(QStringLiteral("step.sh"));
    TestFiles::write(path, "#!/bin/sh\n" + DetachedStep::script(request(QStringLiteral("echo hi"))).toUtf8() + '\n');
    QProcess p;
    p.start(shellcheck, {QStringLiteral("-s"), QStringLiteral("sh"), QStringLiteral("-e"), QStringLiteral("SC2016"), path});
    QVERIFY(p.waitForFinished());
    QVERIFY2(p.exitCode() == 0, p.readAllStandardOutput().constData());
}

QTEST_GUILESS_MAIN(TestDetached)
#include "tst_detached.moc"
