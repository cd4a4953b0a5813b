// Preflight against the lab's real sshd (nodes made too small with fault knobs, a wrong sudo
// password, cross-site round trips) and the grading tables themselves.
#include "CliRun.h"
#include "LabFixture.h"
#include "verify/PreflightRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
using Severity = PreflightFinding::Severity;

QJsonObject findingOf(const QJsonArray &findings, const QString &node, const QString &check)
{
    for (const QJsonValue &v : findings) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("node")).toString() == node && o.value(QStringLiteral("check")).toString() == check)
            return o;
    }
    return {};
}
} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gradesLatencyByTheGuidesTable_data();
    void gradesLatencyByTheGuidesTable();
    void gradesResourcesAgainstMinimumAndProduction();
    void gradesClockSkew();
    void findsSmallNodesWrongSudoAndMeasuresSites();
    void measuresClocksAndSummarisesPerNode();
};

void TestPreflight::gradesLatencyByTheGuidesTable_data()
{
    QTest::addColumn<double>("rtt");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("grade");
    QTest::newRow("same metro") << 0.4 << int(Severity::Ok) << QStringLiteral("ideal (< 5 ms)");
    QTest::newRow("just under 5") << 4.99 << int(Severity::Ok) << QStringLiteral("ideal");
    QTest::newRow("nearby regions") << 18.0 << int(Severity::Ok) << QStringLiteral("recommended range (5-20 ms)");
    QTest::newRow("far") << 35.0 << int(Severity::Warning) << QStringLiteral("degraded (20-50 ms)");
    QTest::newRow("too far") << 80.0 << int(Severity::Error) << QStringLiteral("not recommended (> 50 ms)");
}

void TestPreflight::gradesLatencyByTheGuidesTable()
{
    QFETCH(double, rtt);
    QFETCH(int, severity);
    QFETCH(QString, grade);
    const PreflightFinding f = PreflightRunner::gradeLatency(QStringLiteral("backend-1"), QStringLiteral("backend-3"), rtt);
    QCOMPARE(int(f.severity), severity);
    QVERIFY2(f.detail.contains(grade), qPrintable(f.detail));
    QVERIFY(f.detail.contains(QStringLiteral("backend-3")));
    QCOMPARE(f.hint.isEmpty(), severity == int(Severity::Ok));
}

void TestPreflight::gradesResourcesAgainstMinimumAndProduction()
{
    QCOMPARE(PreflightRunner::gradeResource(QStringLiteral("n"), QStringLiteral("cpu"), 3, 4, 8, QStringLiteral("cores")).severity, Severity::Error);
    QCOMPARE(PreflightRunner::gradeResource(QStringLiteral("n"), QStringLiteral("cpu"), 4, 4, 8, QStringLiteral("cores")).severity, Severity::Warning);
    QCOMPARE(PreflightRunner::gradeResource(QStringLiteral("n"), QStringLiteral("cpu"), 8, 4, 8, QStringLiteral("cores")).severity, Severity::Ok);
    const PreflightFinding small = PreflightRunner::gradeResource(QStringLiteral("n"), QStringLiteral("memory"), 15.5, 32, 64, QStringLiteral("GiB"));
    QCOMPARE(small.detail, QStringLiteral("15.5 GiB, below the minimum of 32"));
    QCOMPARE(small.hint, QStringLiteral("give the node at least 32 GiB (64 for production)"));
}

void TestPreflight::gradesClockSkew()
{
    QCOMPARE(PreflightRunner::gradeClockSkew(0.3, QStringLiteral("a"), QStringLiteral("b")).severity, Severity::Ok);
    QCOMPARE(PreflightRunner::gradeClockSkew(4, QStringLiteral("a"), QStringLiteral("b")).severity, Severity::Warning);
    const PreflightFinding bad = PreflightRunner::gradeClockSkew(95, QStringLiteral("a"), QStringLiteral("b"));
    QCOMPARE(bad.severity, Severity::Error);
    QVERIFY(bad.detail.contains(QStringLiteral("a behind b")));
    // Only what exceeds the measurement's own uncertainty is graded.
    QCOMPARE(PreflightRunner::gradeClockSkew(1.5, 0.6, QStringLiteral("a"), QStringLiteral("b")).severity, Severity::Ok);
    QCOMPARE(PreflightRunner::gradeClockSkew(1.5, 0.2, QStringLiteral("a"), QStringLiteral("b")).severity, Severity::Warning);
    QVERIFY(PreflightRunner::gradeClockSkew(1.5, 0.2, QStringLiteral("a"), QStringLiteral("b")).detail.contains(QStringLiteral("1.50 s +/- 0.20 s")));
    QVERIFY(bad.hint.contains(QStringLiteral("chronyd")));
}

void TestPreflight::findsSmallNodesWrongSudoAndMeasuresSites()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("7"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    lab.setFault(QStringLiteral("backend-3"), QStringLiteral("CPU_CORES=2"));
    lab.setFault(QStringLiteral("backend-4"), QStringLiteral("MEMORY_GB=40"));
    lab.setFault(QStringLiteral("frontend-2"), QStringLiteral("DISK_GB=20"));
    lab.setFault(QStringLiteral("coordinator-1"), QStringLiteral("SUDO_MODE=password"));
    const QString wrong = lab.tempPath(QStringLiteral("wrong-sudo"));
    TestFiles::write(wrong, "not-the-password\n");

    const CliRun p = CliRun::run({QStringLiteral("preflight"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--json"),
                                 QStringLiteral("--sudo-password-file"), wrong});
    QCOMPARE(p.exitCode, 1);
    const QJsonObject out = QJsonDocument::fromJson(p.out.toUtf8()).object();
    const QJsonArray findings = out.value(QStringLiteral("findings")).toArray();
    QVERIFY(findings.size() > 40);

    const QJsonObject cpu = findingOf(findings, QStringLiteral("backend-3"), QStringLiteral("cpu"));
    QCOMPARE(cpu.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(cpu.value(QStringLiteral("detail")).toString(), QStringLiteral("2 cores, below the minimum of 4"));
    QVERIFY(!cpu.value(QStringLiteral("hint")).toString().isEmpty());
    QCOMPARE(findingOf(findings, QStringLiteral("backend-4"), QStringLiteral("memory")).value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(findingOf(findings, QStringLiteral("frontend-2"), QStringLiteral("disk")).value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(findingOf(findings, QStringLiteral("backend-1"), QStringLiteral("cpu")).value(QStringLiteral("severity")).toString(), QStringLiteral("ok"));
    const QJsonObject sudo = findingOf(findings, QStringLiteral("coordinator-1"), QStringLiteral("sudo"));
    QCOMPARE(sudo.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(sudo.value(QStringLiteral("detail")).toString(), QStringLiteral("sudo refused the given password"));
    QCOMPARE(findingOf(findings, QStringLiteral("backend-1"), QStringLiteral("sudo")).value(QStringLiteral("severity")).toString(), QStringLiteral("ok"));
    QCOMPARE(findingOf(findings, QStringLiteral("backend-1"), QStringLiteral("installer")).value(QStringLiteral("severity")).toString(), QStringLiteral("ok"));
    QCOMPARE(findingOf(findings, QStringLiteral("all nodes"), QStringLiteral("clock")).value(QStringLiteral("severity")).toString(), QStringLiteral("ok"));

    // Every pair of nodes in different sites was measured once and graded (loopback: ideal).
    int latencies = 0;
    for (const QJsonValue &v : findings) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("check")).toString() != QLatin1String("latency"))
            continue;
        ++latencies;
        QVERIFY2(o.value(QStringLiteral("detail")).toString().contains(QStringLiteral("ideal (< 5 ms)")), qPrintable(o.value(QStringLiteral("detail")).toString()));
    }
    QVERIFY2(latencies >= 12, qPrintable(QString::number(latencies)));
    // Nothing was changed on the nodes.
    QVERIFY(!QFileInfo::exists(lab.nodeDir(QStringLiteral("backend-1")) + QStringLiteral("/.tuned")));
    QVERIFY(!QFileInfo::exists(lab.nodeDir(QStringLiteral("backend-1")) + QStringLiteral("/installer/.env")));
}

void TestPreflight::measuresClocksAndSummarisesPerNode()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList args{QStringLiteral("preflight"), QStringLiteral("--project"), lab.project.path};

    // The lab's nodes share this machine's clock: each reads 0 within its own uncertainty.
    CliRun p = CliRun::run(args + QStringList{QStringLiteral("--json")});
    QJsonObject out = QJsonDocument::fromJson(p.out.toUtf8()).object();
    QJsonArray findings = out.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findingOf(findings, QStringLiteral("all nodes"), QStringLiteral("clock")).value(QStringLiteral("severity")).toString(), QStringLiteral("ok"));
    const QRegularExpression offset(QStringLiteral("^clock (-?\\d+) ms from this machine's \\(\\+/-(\\d+) ms\\)$"));
    for (const QString &node : {QStringLiteral("backend-1"), QStringLiteral("backend-2"), QStringLiteral("frontend-1"), QStringLiteral("frontend-2")}) {
        const QRegularExpressionMatch m = offset.match(findingOf(findings, node, QStringLiteral("clock")).value(QStringLiteral("detail")).toString());
        QVERIFY2(m.hasMatch(), qPrintable(node));
        QVERIFY2(std::abs(m.captured(1).toInt()) <= m.captured(2).toInt() + 20, qPrintable(m.captured(0)));
    }
    // A per-node summary in the JSON too.
    QCOMPARE(out.value(QStringLiteral("nodes")).toArray().size(), 5); // four nodes and "all nodes"

    // backend-2's clock 7.5 s behind: named, with the right sign and size.
    lab.setFault(QStringLiteral("backend-2"), QStringLiteral("CLOCK_OFFSET_SECONDS=-7.5"));
    p = CliRun::run(args);
    QCOMPARE(p.exitCode, 0); // a warning does not block
    const QRegularExpression skew(QStringLiteral("WARNING +all nodes +clock +largest clock difference (\\d+\\.\\d+) s \\+/- \\d+\\.\\d+ s \\(backend-2 behind "));
    const QRegularExpressionMatch m = skew.match(p.out);
    QVERIFY2(m.hasMatch(), qPrintable(p.out));
    QVERIFY2(std::abs(m.captured(1).toDouble() - 7.5) < 0.3, qPrintable(m.captured(0)));
    // The summary first, one line per node; OK rows only with --verbose.
    // (every lab node warns that the lab's FQDN does not resolve on it; backend-2's clock is on "all nodes")
    for (const QString &node : {QStringLiteral("backend-1"), QStringLiteral("backend-2"), QStringLiteral("frontend-1"), QStringLiteral("frontend-2")})
        QVERIFY2(p.out.contains(QRegularExpression(QStringLiteral("^%1 +\\d+ ok, 1 warning\\(s\\), 0 error\\(s\\)$").arg(node), QRegularExpression::MultilineOption)),
                 qPrintable(p.out));
    QVERIFY(p.out.contains(QRegularExpression(QStringLiteral("^all nodes +0 ok, 1 warning\\(s\\), 0 error\\(s\\)$"), QRegularExpression::MultilineOption)));
    QVERIFY(!p.out.contains(QStringLiteral("\nOK ")));
    QVERIFY(p.out.contains(QStringLiteral("(--verbose lists what is fine too)")));
    const CliRun verbose = CliRun::run(args + QStringList{QStringLiteral("--verbose")});
    QVERIFY(verbose.out.contains(QStringLiteral("\nOK ")));
    QVERIFY(verbose.out.contains(QStringLiteral("\nINFO     backend-2        clock      clock -7")));
}

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
