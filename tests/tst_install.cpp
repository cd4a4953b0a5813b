// The install engine end to end against the lab's real sshd and simulated installer, driven
// through the CLI as a user (or a CI job) would: full installs, a node failing mid-install,
// the CLI killed and resumed, the Kafka watchdog, verify catching a stopped service, and the
// dry run's commands equal to the commands actually run.
#include "exec/InstallExecutor.h"
#include "plan/InstallPlanBuilder.h"
#include "CliRun.h"
#include "LabFixture.h"
#include "staging/ProjectStaging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <csignal>

namespace {
using Run = CliRun;

Run cli(const QStringList &arguments, int timeoutMs = 120000)
{
    return CliRun::run(arguments, timeoutMs);
}

// The commands a node's log shows as run ("$ ..." and "local> ..."), in order.
QStringList commandsInLog(const QString &logPath)
{
    QStringList commands;
    for (const QString &line : QString::fromUtf8(TestFiles::read(logPath)).split(QLatin1Char('\n'))) {
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        const QString rest = line.mid(space + 1);
        if (rest.startsWith(QLatin1String("$ ")) || rest.startsWith(QLatin1String("local> ")))
            commands << rest;
    }
    return commands;
}

// The dry run's commands for one node, in the form the log writes them.
QStringList commandsInDryRun(const QString &dryRun, const QString &hostname)
{
    QStringList commands;
    const QString prefix = hostname + QStringLiteral(": ");
    for (QString line : dryRun.split(QLatin1Char('\n'))) {
        if (!line.startsWith(prefix))
            continue;
        line = line.mid(prefix.size());
        const qsizetype note = line.indexOf(QLatin1String("   # stdin:"));
        commands << (note >= 0 ? line.left(note) : line);
    }
    return commands;
}

bool servicesRecorded(const LabFixture &lab, const QString &hostname)
{
    return QFileInfo::exists(lab.nodeDir(hostname) + QStringLiteral("/installation/state/services"));
}
} // namespace

class TestInstall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fourNodesEndToEndAndDryRunEqualsRun();
    void sevenNodeStretchEndToEnd();
    void failedNodeStopsLaterPhasesAndRetrySucceeds();
    void killedCliResumesWithoutRedoingSteps();
    void kafkaWatchdogRestartsKafka();
    void verifyCatchesAStoppedService();
    void executorWaitsForRetryOrSkip();
    void installsFromAPackageWhereTheInstallerIsMissing();
};

void TestInstall::fourNodesEndToEndAndDryRunEqualsRun()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString project = lab.project.path;
    const Run dry = cli({QStringLiteral("install"), QStringLiteral("--project"), project, QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(!servicesRecorded(lab, QStringLiteral("backend-1"))); // a dry run changes nothing

    const Run run = cli({QStringLiteral("install"), QStringLiteral("--project"), project, QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY(run.out.contains(QStringLiteral("install complete")));
    QVERIFY(run.out.contains(QStringLiteral("backend-1 | [1/20] Installing mongodb"))); // live output, per node

    const QString logs = lab.labDir() + QStringLiteral("/output/logs/");
    for (const QString &host : {QStringLiteral("backend-1"), QStringLiteral("backend-2"), QStringLiteral("frontend-1"), QStringLiteral("frontend-2")}) {
        const QStringList planned = commandsInDryRun(dry.out, host);
        QVERIFY(planned.size() >= 8);
        QCOMPARE(commandsInLog(logs + host + QStringLiteral(".log")), planned);
        QVERIFY(servicesRecorded(lab, host));
    }

    // Phases in the guide's order: each install started after the previous phase's ended.
    const QJsonObject journal = QJsonDocument::fromJson(TestFiles::read(lab.labDir() + QStringLiteral("/output/install-journal.json"))).object();
    const QJsonObject steps = journal.value(QStringLiteral("steps")).toObject();
    const auto at = [&](const QString &id, const char *field) {
        return QDateTime::fromString(steps.value(id).toObject().value(QLatin1String(field)).toString(), Qt::ISODateWithMs);
    };
    QVERIFY(at(QStringLiteral("backend-1/check-services"), "finished") <= at(QStringLiteral("backend-2/install"), "started"));
    QVERIFY(at(QStringLiteral("backend-2/check-services"), "finished") <= at(QStringLiteral("frontend-1/install"), "started"));
    QVERIFY(at(QStringLiteral("frontend-1/check-services"), "finished") <= at(QStringLiteral("frontend-2/install"), "started"));
    for (const QJsonValue &v : steps)
        QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));

    // No secret on disk in anything the install wrote.
    const QByteArray admin = TestFiles::read(lab.labDir() + QStringLiteral("/admin-password")).trimmed();
    QVERIFY(admin.size() >= 8);
    QDirIterator it(lab.labDir() + QStringLiteral("/output"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QVERIFY2(!TestFiles::read(path).contains(admin), qPrintable(path));
    }
    QVERIFY(!run.out.toUtf8().contains(admin));
    // ... but the node's .pass has it, mode 600, as the installer needs.
    const QString pass = lab.nodeDir(QStringLiteral("backend-1")) + QStringLiteral("/installer/.pass");
    QVERIFY(TestFiles::read(pass).contains("admin_password=" + admin));
    const QFileDevice::Permissions modeBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup
                                              | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(pass) & modeBits, QFile::ReadOwner | QFile::WriteOwner);
    // The certificate bundle holds every node's private key: 0600 on every node, and so are the keys it held.
    for (const Node &node : lab.cluster.cluster.nodes) {
        const QString certificates = lab.nodeDir(node.hostname) + QStringLiteral("/installer/certificates/");
        QCOMPARE(QFile::permissions(certificates + QStringLiteral("kf-agilesec.internal-certs.tgz")) & modeBits, QFile::ReadOwner | QFile::WriteOwner);
        QDirIterator keys(certificates, {QStringLiteral("*-key.pem")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(keys.hasNext());
        while (keys.hasNext())
            QVERIFY2((QFile::permissions(keys.next()) & modeBits) == (QFile::ReadOwner | QFile::WriteOwner), qPrintable(keys.filePath()));
    }

    // A second run does nothing again.
    const QByteArray logBefore = TestFiles::read(logs + QStringLiteral("backend-1.log"));
    const Run again = cli({QStringLiteral("install"), QStringLiteral("--project"), project, QStringLiteral("--yes")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(TestFiles::read(logs + QStringLiteral("backend-1.log")), logBefore);

    const Run verified = cli({QStringLiteral("verify"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    QVERIFY2(verified.exitCode == 0, verified.describe().constData());
    const QJsonArray nodes = QJsonDocument::fromJson(verified.out.toUtf8()).object().value(QStringLiteral("nodes")).toArray();
    QCOMPARE(nodes.size(), 4);
    QCOMPARE(nodes[3].toObject().value(QStringLiteral("services")).toArray().size(), 6); // ADDITIONAL_FRONTEND
    lab.stop();

    // A new lab in the same directory has new nodes: the old journal must not say their steps are done.
    QVERIFY(QFileInfo::exists(lab.project.journalPath()));
    const QString restarted = lab.start(QStringLiteral("4"));
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    QVERIFY(!QFileInfo::exists(lab.project.journalPath()));
    lab.stop();
}

void TestInstall::sevenNodeStretchEndToEnd()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("7"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Run run = cli({QStringLiteral("install"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--yes"), QStringLiteral("--quiet")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const Run verified = cli({QStringLiteral("verify"), QStringLiteral("--project"), lab.project.path});
    QVERIFY2(verified.exitCode == 0, verified.describe().constData());
    QVERIFY(verified.out.contains(QStringLiteral("coordinator-1 (COORDINATOR): 3/3 services Running")));
    // backend-3, backend-4 and coordinator-1 share phase 3 and ran in parallel.
    const QJsonObject steps = QJsonDocument::fromJson(TestFiles::read(lab.labDir() + QStringLiteral("/output/install-journal.json")))
                                  .object().value(QStringLiteral("steps")).toObject();
    const auto at = [&](const QString &id, const char *field) {
        return QDateTime::fromString(steps.value(id).toObject().value(QLatin1String(field)).toString(), Qt::ISODateWithMs);
    };
    QVERIFY(at(QStringLiteral("backend-3/install"), "started") < at(QStringLiteral("coordinator-1/install"), "finished"));
    QVERIFY(at(QStringLiteral("coordinator-1/install"), "started") < at(QStringLiteral("backend-3/install"), "finished"));
    QVERIFY(at(QStringLiteral("coordinator-1/check-services"), "finished") <= at(QStringLiteral("frontend-2/install"), "started"));
    lab.stop();
}

void TestInstall::failedNodeStopsLaterPhasesAndRetrySucceeds()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    lab.setFault(QStringLiteral("backend-2"), QStringLiteral("FAIL_AT_STEP=install-kafka\nFAIL_ONCE=1"));
    const QStringList args{QStringLiteral("install"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--yes")};
    const Run failed = cli(args);
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(QStringLiteral("backend-2: FAILED: Install the full backend services (exited with status 1)")), qPrintable(failed.err));
    QVERIFY2(failed.err.contains(QStringLiteral("later phases were not started")), qPrintable(failed.err));
    QVERIFY(failed.err.contains(QStringLiteral("log: ")));
    QVERIFY(failed.out.contains(QStringLiteral("simulated fault FAIL_AT_STEP=install-kafka")) || failed.err.contains(QStringLiteral("FAIL_AT_STEP")));
    QVERIFY(servicesRecorded(lab, QStringLiteral("backend-1")));
    QVERIFY(!servicesRecorded(lab, QStringLiteral("frontend-1"))); // phase 3 never started
    QVERIFY(!servicesRecorded(lab, QStringLiteral("frontend-2")));

    const QString backend1Log = lab.labDir() + QStringLiteral("/output/logs/backend-1.log");
    const qsizetype installsOnBackend1 = TestFiles::read(backend1Log).count("install_analytics.sh install");
    const Run retried = cli(args);
    QVERIFY2(retried.exitCode == 0, retried.describe().constData());
    QCOMPARE(TestFiles::read(backend1Log).count("install_analytics.sh install"), installsOnBackend1); // not redone
    QVERIFY(servicesRecorded(lab, QStringLiteral("frontend-2")));
    lab.stop();
}

void TestInstall::killedCliResumesWithoutRedoingSteps()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    lab.setFault(QStringLiteral("backend-2"), QStringLiteral("STEP_SECONDS=0.4"));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(AGILESEC_BINARY), {QStringLiteral("install"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--yes")});
    QVERIFY(p.waitForStarted());
    QByteArray seen;
    QElapsedTimer clock;
    clock.start();
    while (!seen.contains("backend-2 | [3/20]") && clock.elapsed() < 60000) {
        p.waitForReadyRead(200);
        seen += p.readAll();
    }
    QVERIFY2(seen.contains("backend-2 | [3/20]"), seen.constData());
    ::kill(pid_t(p.processId()), SIGKILL); // a crash: no chance to clean up
    p.waitForFinished();
    QVERIFY(!servicesRecorded(lab, QStringLiteral("frontend-1")));

    const QString backend1Log = lab.labDir() + QStringLiteral("/output/logs/backend-1.log");
    const QByteArray before = TestFiles::read(backend1Log);
    QVERIFY(before.contains("install_analytics.sh install"));
    const Run resumed = cli({QStringLiteral("install"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--yes")});
    QVERIFY2(resumed.exitCode == 0, resumed.describe().constData());
    QCOMPARE(TestFiles::read(backend1Log), before); // backend-1 finished before the kill: untouched
    // backend-2's install went on on the node without the installer: the resume re-attached to
    // it (or took its result over) and the installer ran there exactly once.
    QCOMPARE(lab.installerRuns(QStringLiteral("backend-2")), 1);
    QCOMPARE(TestFiles::read(lab.labDir() + QStringLiteral("/output/logs/backend-2.log")).count("install_analytics.sh install"), 2); // the step, shown twice
    const Run verified = cli({QStringLiteral("verify"), QStringLiteral("--project"), lab.project.path});
    QCOMPARE(verified.exitCode, 0);
    lab.stop();
}

void TestInstall::kafkaWatchdogRestartsKafka()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Kafka stops on backend-2 mid-install and the installer waits for someone to start it.
    lab.setFault(QStringLiteral("backend-2"), QStringLiteral("KAFKA_STOPS_MIDINSTALL=1\nKAFKA_WAIT_SECONDS=60"));
    const Run run = cli({QStringLiteral("install"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--yes"),
                         QStringLiteral("--kafka-watch-seconds"), QStringLiteral("1")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.out.contains(QStringLiteral("backend-2: KAFKA WATCHDOG: Kafka was Stopped on backend-2; restarted it with ./scripts/manage.sh start kafka")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("kafka is running again")));
    lab.stop();
}

void TestInstall::verifyCatchesAStoppedService()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("3"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Run run = cli({QStringLiteral("install"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--yes"), QStringLiteral("--quiet")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    TestFiles::write(lab.nodeDir(QStringLiteral("backend-2")) + QStringLiteral("/installation/state/indexing"), "Stopped\n");
    const Run verified = cli({QStringLiteral("verify"), QStringLiteral("--project"), lab.project.path});
    QCOMPARE(verified.exitCode, 1);
    QVERIFY2(verified.out.contains(QStringLiteral("FAIL  backend-2 (FULL_BACKEND): 8/9 services Running; not running: indexing")), qPrintable(verified.out));
    QVERIFY(verified.out.contains(QStringLiteral("OK    backend-1")));
    lab.stop();
}

void TestInstall::executorWaitsForRetryOrSkip()
{
    // The GUI's path: a failure waits for the user's decision instead of ending the run.
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    lab.setFault(QStringLiteral("frontend-1"), QStringLiteral("FAIL_AT_STEP=install-webui\nFAIL_ONCE=1"));
    const ProjectStaging::Result staged = ProjectStaging::prepare(lab.project, lab.cluster);
    QVERIFY2(staged.ok(), qPrintable(staged.error));
    ExecutorSettings settings;
    settings.stagingDir = staged.directory;
    settings.journalPath = lab.project.journalPath();
    settings.logDir = lab.project.logDir();
    settings.waitForDecision = true;
    settings.kafkaWatchIntervalMs = 0;
    InstallSecrets secrets;
    secrets.adminPassword = TestFiles::read(lab.labDir() + QStringLiteral("/admin-password")).trimmed();
    InstallExecutor executor(InstallPlanBuilder::build(lab.cluster.cluster, lab.project.planOptions()), lab.project.targets(lab.cluster.cluster),
                             secrets, settings);
    QSignalSpy decision(&executor, &InstallExecutor::decisionNeeded);
    QSignalSpy finished(&executor, &InstallExecutor::finished);
    QSignalSpy changes(&executor, &InstallExecutor::nodeChanged);
    QString startError;
    QVERIFY2(executor.start(&startError), qPrintable(startError));
    QVERIFY(decision.wait(60000));
    QCOMPARE(decision.first().first().toStringList(), QStringList{QStringLiteral("frontend-1")});
    QVERIFY(finished.isEmpty());
    QVERIFY(executor.skipWarning(QStringLiteral("frontend-1")).contains(QStringLiteral("quorum tie-breaker")));
    QVERIFY(!servicesRecorded(lab, QStringLiteral("frontend-2"))); // the later phase waits
    executor.retryNode(QStringLiteral("frontend-1"));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(servicesRecorded(lab, QStringLiteral("frontend-2")));
    // Live progress reached 100% for every node, through running states.
    bool sawRunning = false;
    bool sawWithinAStep = false; // "[k/20]" lines of the (detached) installer move the bar inside its step
    for (const QList<QVariant> &args : std::as_const(changes)) {
        const NodeProgress p = args.first().value<NodeProgress>();
        sawRunning = sawRunning || p.state == NodeProgress::State::Running;
        sawWithinAStep = sawWithinAStep || (p.stepId.endsWith(QLatin1String("/install")) && p.percent > 0 && p.percent < 100 / std::max(1, p.stepCount));
    }
    QVERIFY(sawRunning);
    QVERIFY(sawWithinAStep);
    for (const NodeProgress &p : executor.progress()) {
        QCOMPARE(p.state, NodeProgress::State::Done);
        QCOMPARE(p.percent, 100);
    }
    lab.stop();
}

void TestInstall::installsFromAPackageWhereTheInstallerIsMissing()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("3"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A package with one top-level folder, made from a node's installer; backend-2 has none.
    const QString package = lab.tempPath(QStringLiteral("agilesec-installer-1.0.tar.gz"));
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("czf"), package, QStringLiteral("-C"), lab.nodeDir(QStringLiteral("backend-1")),
                                      QStringLiteral("--transform"), QStringLiteral("s,^installer,agilesec-installer-1.0,"), QStringLiteral("installer")});
    QVERIFY(tar.waitForFinished());
    QCOMPARE(tar.exitCode(), 0);
    QVERIFY(QDir(lab.nodeDir(QStringLiteral("backend-2")) + QStringLiteral("/installer")).removeRecursively());

    Project project = lab.project;
    project.installerPackage = package;
    project.installerPackageSha256 = QStringLiteral("0000000000000000000000000000000000000000000000000000000000000000");
    QCOMPARE(project.save(), QString());
    const QStringList args{QStringLiteral("install"), QStringLiteral("--project"), project.path, QStringLiteral("--yes")};
    const Run refused = cli(args);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("but the project expects 0000")), qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(lab.labDir() + QStringLiteral("/output/logs"))); // nothing was done

    QFile f(package);
    QVERIFY(f.open(QIODevice::ReadOnly));
    project.installerPackageSha256 = QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(project.save(), QString());
    const Run preflight = cli({QStringLiteral("preflight"), QStringLiteral("--project"), project.path, QStringLiteral("--verbose")}); // an OK row
    QVERIFY2(preflight.out.contains(QStringLiteral("has no installer yet: the install uploads and unpacks")), qPrintable(preflight.out));
    const Run run = cli(args);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY(run.out.contains(QStringLiteral("backend-1: skipped, already done: Copy the installer package")));
    QVERIFY(run.out.contains(QStringLiteral("backend-2: ok: Unpack the installer package")));
    const QString installer = lab.nodeDir(QStringLiteral("backend-2")) + QStringLiteral("/installer/");
    QVERIFY(QFileInfo(installer + QStringLiteral("install_analytics.sh")).isExecutable());
    QVERIFY(!QFileInfo::exists(installer + QStringLiteral(".agilesec-installer-package.tgz")));
    // The unpack's completion marker: the package's SHA-256 and the step, written last.
    QCOMPARE(TestFiles::read(installer + QStringLiteral(".agilesec-installer-package.done")),
             project.installerPackageSha256.toUtf8() + " backend-2/unpack-package\n");
    QVERIFY(!QFileInfo::exists(installer + QStringLiteral(".agilesec-installer-package.unpacking")));
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--project"), project.path}).exitCode, 0);

    // An unpack killed half-way, then a run with no journal (another laptop): the tree has
    // install_analytics.sh but no marker, and the leftovers say so. It is redone, not skipped.
    QVERIFY(QFile::remove(installer + QStringLiteral(".agilesec-installer-package.done")));
    TestFiles::write(installer + QStringLiteral(".agilesec-installer-package.unpacking"), {});
    QVERIFY(QDir().mkpath(installer + QStringLiteral(".unpack.Ab12Cd")));
    TestFiles::write(installer + QStringLiteral(".unpack.Ab12Cd/partial.bin"), QByteArray(1 << 20, 'x'));
    QVERIFY(QFile::remove(project.journalPath()));
    for (const Node &node : lab.cluster.cluster.nodes)
        QVERIFY(QDir(lab.nodeDir(node.hostname) + QStringLiteral("/installer/.agilesec-steps")).removeRecursively());
    const Run redo = cli(args);
    QVERIFY2(redo.exitCode == 0, redo.describe().constData());
    QVERIFY2(redo.out.contains(QStringLiteral("backend-2: ok: Copy the installer package")) && redo.out.contains(QStringLiteral("backend-2: ok: Unpack the installer package")),
             redo.describe().constData());
    QVERIFY(redo.out.contains(QStringLiteral("backend-1: skipped, already done: Unpack the installer package"))); // put there by hand: no marker, no leftovers
    QCOMPARE(TestFiles::read(installer + QStringLiteral(".agilesec-installer-package.done")),
             project.installerPackageSha256.toUtf8() + " backend-2/unpack-package\n");
    QVERIFY(!QFileInfo::exists(installer + QStringLiteral(".agilesec-installer-package.unpacking")));
    QVERIFY(!QFileInfo::exists(installer + QStringLiteral(".unpack.Ab12Cd")));
    // Now proved done by its marker alone: another run with no journal and no step state skips it.
    QVERIFY(QFile::remove(project.journalPath()));
    for (const Node &node : lab.cluster.cluster.nodes)
        QVERIFY(QDir(lab.nodeDir(node.hostname) + QStringLiteral("/installer/.agilesec-steps")).removeRecursively());
    const Run again = cli(args);
    QVERIFY2(again.exitCode == 0 && again.out.contains(QStringLiteral("backend-2: skipped, already done: Unpack the installer package")), qPrintable(again.out));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
