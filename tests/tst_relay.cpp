// The package relay against the lab's real sshd (issue 21): the package crosses the installer's
// link once, backend-1 sends it on with a one-time key that every node checks and forgets, a
// damaged copy is refused and sent again, an unreachable node gets the installer's own upload,
// a node answering with another host key gets nothing, and a killed installer resumes.
#include "CliRun.h"
#include "LabFixture.h"

#include "ssh/PackageDigest.h"

#include <QtTest>

namespace {
const QStringList kFourNodes{QStringLiteral("backend-1"), QStringLiteral("backend-2"), QStringLiteral("frontend-1"), QStringLiteral("frontend-2")};

// A package made from backend-1's installer; then no node has an installer.
QString makePackage(LabFixture &lab, const QStringList &hosts)
{
    const QString package = lab.tempPath(QStringLiteral("agilesec-installer-1.0.tar.gz"));
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("czf"), package, QStringLiteral("-C"), lab.nodeDir(QStringLiteral("backend-1")),
                                      QStringLiteral("--transform"), QStringLiteral("s,^installer,agilesec-installer-1.0,"), QStringLiteral("installer")});
    if (!tar.waitForFinished() || tar.exitCode() != 0)
        return {};
    for (const QString &host : hosts)
        QDir(lab.nodeDir(host) + QStringLiteral("/installer")).removeRecursively();
    lab.project.installerPackage = package;
    return package;
}

QString logOf(LabFixture &lab, const QString &host)
{
    return QString::fromUtf8(TestFiles::read(lab.labDir() + QStringLiteral("/output/logs/") + host + QStringLiteral(".log")));
}

bool holdsRelayKey(LabFixture &lab, const QString &host)
{
    return TestFiles::read(lab.nodeDir(host) + QStringLiteral("/authorized_keys")).contains("agilesec-installer-relay");
}

QStringList install(const LabFixture &lab)
{
    return {QStringLiteral("install"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--yes")};
}

// Every node unpacked exactly this package, and nothing of the relay is left anywhere.
void checkEveryCopyAndNoKey(LabFixture &lab, const QStringList &hosts, const QString &sha)
{
    for (const QString &host : hosts) {
        const QString dir = lab.nodeDir(host) + QStringLiteral("/installer/");
        QCOMPARE(TestFiles::read(dir + QStringLiteral(".agilesec-installer-package.done")).trimmed(),
                 (sha + QStringLiteral(" ") + host + QStringLiteral("/unpack-package")).toUtf8());
        QVERIFY2(QFileInfo(dir + QStringLiteral("install_analytics.sh")).isExecutable(), qPrintable(host));
        QVERIFY2(!holdsRelayKey(lab, host), qPrintable(host));
        QVERIFY2(!QFileInfo::exists(dir + QStringLiteral(".agilesec-relay")), qPrintable(host));
        QVERIFY2(!QFileInfo::exists(dir + QStringLiteral(".agilesec-installer-package.tgz.part")), qPrintable(host));
    }
}
} // namespace

class TestRelay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sendsOnceRefusesDamagedCopiesAndFallsBack();
    void killedMidRelayResumesAndLeavesNoKey();
    void anotherHostKeyStopsTheRelayToThatNode();
};

void TestRelay::sendsOnceRefusesDamagedCopiesAndFallsBack()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString package = makePackage(lab, kFourNodes);
    QVERIFY(!package.isEmpty());
    const QString sha = PackageDigest::compute(package);
    // An earlier run's leftovers: frontend-1 holds a whole copy that is not the package,
    // backend-2 half a copy that is not either. frontend-2 cannot be reached from backend-1.
    for (const QString &host : {QStringLiteral("frontend-1"), QStringLiteral("backend-2")})
        QVERIFY(QDir().mkpath(lab.nodeDir(host) + QStringLiteral("/installer")));
    TestFiles::write(lab.nodeDir(QStringLiteral("frontend-1")) + QStringLiteral("/installer/.agilesec-installer-package.tgz"), QByteArray(4000, 'x'));
    TestFiles::write(lab.nodeDir(QStringLiteral("backend-2")) + QStringLiteral("/installer/.agilesec-installer-package.tgz.part"), QByteArray(100, 'y'));
    NodeAccess unreachable = lab.project.nodes.value(QStringLiteral("frontend-2"));
    unreachable.relayAddress = lab.node(QStringLiteral("frontend-2")).privateIp + QStringLiteral(":1");
    lab.project.nodes.insert(QStringLiteral("frontend-2"), unreachable);
    QCOMPARE(lab.project.save(), QString());

    const CliRun dry = CliRun::run({QStringLiteral("install"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.out.contains(QStringLiteral("# phase 0: Send the installer package across the installer's link once, to backend-1, which relays it")));
    QVERIFY(dry.out.contains(QStringLiteral("frontend-1: (on backend-1) $ set -u;")));

    const CliRun run = CliRun::run(install(lab));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    // Across the installer's link: backend-1's copy, and frontend-2's, which the relay could not reach.
    for (const QString &host : kFourNodes) {
        const bool direct = host == QLatin1String("backend-1") || host == QLatin1String("frontend-2");
        QVERIFY2(logOf(lab, host).contains(QStringLiteral("step %1/upload-package: ok: uploaded ").arg(host)) == direct, qPrintable(host));
    }
    QVERIFY(logOf(lab, QStringLiteral("frontend-1")).contains(QStringLiteral("refused the copy already on frontend-1: SHA-256 ")));
    QVERIFY(logOf(lab, QStringLiteral("backend-2")).contains(QStringLiteral("refused by backend-2: ")));
    QVERIFY(logOf(lab, QStringLiteral("backend-2")).contains(QStringLiteral("sending to backend-2 again")));
    QVERIFY(logOf(lab, QStringLiteral("backend-2")).contains(QStringLiteral("backend-2 verified SHA-256 ") + sha));
    QVERIFY2(run.out.contains(QStringLiteral("backend-1 cannot reach frontend-2 at %1:1").arg(lab.node(QStringLiteral("frontend-2")).privateIp)),
             run.describe().constData());
    checkEveryCopyAndNoKey(lab, kFourNodes, sha);
    QDir keys(lab.nodeDir(QStringLiteral("backend-1")) + QStringLiteral("/installer"));
    QVERIFY(keys.entryList({QStringLiteral("key.*")}, QDir::Files | QDir::Hidden, QDir::Name).isEmpty());
}

void TestRelay::killedMidRelayResumesAndLeavesNoKey()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString package = makePackage(lab, kFourNodes);
    QVERIFY(!package.isEmpty());
    QCOMPARE(lab.project.save(), QString());

    // kill -9 once the relay has begun: some node holds this run's key, which nobody revokes.
    QProcess installer;
    installer.setProcessChannelMode(QProcess::MergedChannels);
    installer.start(QStringLiteral(AGILESEC_BINARY), install(lab));
    QVERIFY(installer.waitForStarted());
    QString seen;
    QElapsedTimer clock;
    clock.start();
    while (!seen.contains(QStringLiteral("Send the installer package from backend-1")) && clock.elapsed() < 60000) {
        installer.waitForReadyRead(50);
        seen += QString::fromUtf8(installer.readAll());
    }
    installer.kill();
    installer.waitForFinished();
    QVERIFY2(seen.contains(QStringLiteral("Send the installer package from backend-1")), qPrintable(seen));
    QVERIFY(std::any_of(kFourNodes.begin(), kFourNodes.end(), [&](const QString &host) { return holdsRelayKey(lab, host); }));

    const CliRun resumed = CliRun::run(install(lab));
    QVERIFY2(resumed.exitCode == 0, resumed.describe().constData());
    checkEveryCopyAndNoKey(lab, kFourNodes, PackageDigest::compute(package));
}

void TestRelay::anotherHostKeyStopsTheRelayToThatNode()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("3"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList hosts{QStringLiteral("backend-1"), QStringLiteral("backend-2"), QStringLiteral("frontend-1")};
    QVERIFY(!makePackage(lab, hosts).isEmpty());
    // The relay reaches "frontend-1" at backend-2's sshd: another machine answers on its address.
    const SshEndpoint other = lab.endpoint(QStringLiteral("backend-2"));
    NodeAccess misdirected = lab.project.nodes.value(QStringLiteral("frontend-1"));
    misdirected.relayAddress = QStringLiteral("%1:%2").arg(other.host).arg(other.port);
    lab.project.nodes.insert(QStringLiteral("frontend-1"), misdirected);
    QCOMPARE(lab.project.save(), QString());

    const CliRun run = CliRun::run(install(lab));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("answered with a host key other than the one pinned for frontend-1; nothing was sent")), run.describe().constData());
    QVERIFY(!QFileInfo::exists(lab.nodeDir(QStringLiteral("frontend-1")) + QStringLiteral("/installer/.agilesec-installer-package.tgz")));
    QVERIFY(!QFileInfo::exists(lab.nodeDir(QStringLiteral("frontend-1")) + QStringLiteral("/installer/.agilesec-installer-package.tgz.part")));
    QVERIFY(!logOf(lab, QStringLiteral("frontend-1")).contains(QStringLiteral("frontend-1/upload-package: ok"))); // no fallback past a wrong key
    // backend-2 got its copy; the key is gone from both, the failed node included.
    QVERIFY(TestFiles::read(lab.nodeDir(QStringLiteral("backend-2")) + QStringLiteral("/installer/.agilesec-installer-package.tgz.verified")).size() > 64);
    for (const QString &host : hosts)
        QVERIFY2(!holdsRelayKey(lab, host), qPrintable(host));
}

QTEST_GUILESS_MAIN(TestRelay)
#include "tst_relay.moc"
