#include "util/BoundedFile.h"
#include "util/FanOut.h"
#include "util/FileSetWriter.h"
#include "util/NetworkNames.h"
#include "util/Redactor.h"
#include "util/ShellQuote.h"
#include "util/TextDiff.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

// installer/util on its own: shell quoting proven by a real shell, the fan-out rule, atomic file
// sets, redaction and address rules.
class TestUtil : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shellQuoteSurvivesARealShell_data();
    void shellQuoteSurvivesARealShell();
    void fanOutKeepsOrderAndRunsAtOnce();
    void boundedFileRefusesWhatWouldNeverEnd();
    void fanOutIsBoundedAt64();
    void fileSetIsAllOrNothing();
    void redactorMasksEverySecret();
    void addressesAndNames();
};

void TestUtil::shellQuoteSurvivesARealShell_data()
{
    QTest::addColumn<QString>("value");
    int row = 0;
    for (const char *v : {"plain", "with space", "it's", "$(touch pwned)", "`id`", "a;b|c&d", "{{ lookup('pipe','id') }}", "line\nbreak", "", "-n", "*"})
        QTest::addRow("value %d", ++row) << QString::fromUtf8(v);
}

void TestUtil::shellQuoteSurvivesARealShell()
{
    // What the node's shell receives is the value, byte for byte, never code.
    QFETCH(QString, value);
    QTemporaryDir dir;
    QProcess sh;
    sh.setWorkingDirectory(dir.path());
    sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("printf %s ") + ShellQuote::quote(value)});
    QVERIFY(sh.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), value);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("pwned"))));
}

void TestUtil::fanOutKeepsOrderAndRunsAtOnce()
{
    // Network-bound work: 16 items of 200 ms take about 200 ms, not 16 x 200 / cores.
    QList<int> items;
    for (int i = 0; i < 16; ++i)
        items << i;
    QElapsedTimer clock;
    clock.start();
    const QList<int> doubled = FanOut::map<int, int>(items, [](const int &i) {
        QThread::msleep(200);
        return i * 2;
    });
    QVERIFY2(clock.elapsed() < 16 * 200 / 2, qPrintable(QString::number(clock.elapsed())));
    for (int i = 0; i < 16; ++i)
        QCOMPARE(doubled.at(i), i * 2);
}

void TestUtil::fanOutIsBoundedAt64()
{
    std::atomic_int running{0}, peak{0};
    QList<int> items(100, 0);
    FanOut::map<int, int>(items, [&](const int &) {
        const int now = ++running;
        int seen = peak.load();
        while (now > seen && !peak.compare_exchange_weak(seen, now)) {
        }
        QThread::msleep(50);
        --running;
        return 0;
    });
    QVERIFY(peak.load() <= FanOut::kMaxThreads);
    QVERIFY(peak.load() > 2);
}

void TestUtil::fileSetIsAllOrNothing()
{
    QTemporaryDir dir;
    QVERIFY(FileSetWriter::write(dir.path(), {{QStringLiteral("a/one.txt"), "1", 0644}, {QStringLiteral("key.pem"), "k", 0600}}).isEmpty());
    QCOMPARE(QFile(dir.filePath(QStringLiteral("key.pem"))).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    // A set that cannot be written whole leaves the earlier files as they were.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("blocked")));
    QFile blocker(dir.filePath(QStringLiteral("blocked/file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString error = FileSetWriter::write(dir.path(), {{QStringLiteral("a/one.txt"), "2", 0644}, {QStringLiteral("blocked/file/x"), "x", 0644}});
    QVERIFY(!error.isEmpty());
    QFile one(dir.filePath(QStringLiteral("a/one.txt")));
    QVERIFY(one.open(QIODevice::ReadOnly));
    QCOMPARE(one.readAll(), QByteArray("1"));
}

void TestUtil::redactorMasksEverySecret()
{
    Redactor redactor;
    redactor.addSecret("s3cr3t");
    redactor.addSecret("p@ss word");
    QCOMPARE(redactor.redact(QStringLiteral("a s3cr3t and p@ss word and s3cr3t")), QStringLiteral("a %1 and %1 and %1").arg(Redactor::kMask));
}

void TestUtil::addressesAndNames()
{
    QVERIFY(NetworkNames::ipProblem(QStringLiteral("10.0.1.12")).isEmpty());
    QVERIFY(NetworkNames::ipProblem(QStringLiteral("fd00::1")).isEmpty());
    QVERIFY(!NetworkNames::ipProblem(QStringLiteral("10.0.1.256")).isEmpty());
    QVERIFY(!NetworkNames::ipProblem(QStringLiteral("frontend-2.local")).isEmpty());
    // inet_aton reads 010 as octal: the env files would point at 8.0.1.10.
    QCOMPARE(NetworkNames::ipProblem(QStringLiteral("010.000.001.012")),
             QStringLiteral("'010.000.001.012' has a leading zero in '010', which libc reads as an octal number (010 is 8); write each part without leading zeros"));
    QVERIFY(NetworkNames::ipProblem(QStringLiteral("10.0.1.0")).isEmpty());
    QVERIFY(NetworkNames::hostnameProblem(QStringLiteral("backend-1")).isEmpty());
    QVERIFY(!NetworkNames::hostnameProblem(QStringLiteral("-backend")).isEmpty());
    QCOMPARE(NetworkNames::hostPort(QStringLiteral("fd00::1"), 22), QStringLiteral("[fd00::1]:22"));
    int added = 0, removed = 0;
    TextDiff::count(TextDiff::unified("a\nb\n", "a\nc\n", QStringLiteral("x"), QStringLiteral("y")), &added, &removed);
    QCOMPARE(added, 1);
    QCOMPARE(removed, 1);
}

QTEST_GUILESS_MAIN(TestUtil)
// A FIFO, /dev/zero, a directory, an empty name and a file over the limit are each refused at
// once, before any read; a file within the limit is read whole.
void TestUtil::boundedFileRefusesWhatWouldNeverEnd()
{
    QTemporaryDir dir;
    QByteArray data;
    QCOMPARE(BoundedFile::read(QString(), 100, &data), QStringLiteral("no file name was given"));
    QCOMPARE(BoundedFile::read(dir.filePath(QStringLiteral("missing")), 100, &data), QStringLiteral("the file does not exist"));
    QVERIFY(BoundedFile::read(dir.path(), 100, &data).startsWith(QStringLiteral("this is a directory")));
    QVERIFY(BoundedFile::read(QStringLiteral("/dev/zero"), 100, &data).startsWith(QStringLiteral("this is not a regular file")));
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
    QVERIFY(BoundedFile::read(fifo, 100, &data).startsWith(QStringLiteral("this is not a regular file")));
    QFile big(dir.filePath(QStringLiteral("big")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(101, 'x'));
    big.close();
    QCOMPARE(BoundedFile::read(big.fileName(), 100, &data), QStringLiteral("the file is 101 bytes; the limit is 100 bytes"));
    QVERIFY(BoundedFile::read(big.fileName(), 101, &data).isEmpty());
    QCOMPARE(data.size(), 101);
}

#include "tst_util.moc"
