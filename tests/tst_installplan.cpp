#include "config/ClusterLoader.h"
#include "plan/InstallPlanBuilder.h"
#include "plan/PackageRelayPlan.h"
#include "TestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {
ClusterLoader::Result load(const char *example, const QStringList &scan = {})
{
    ClusterLoader::Result r = ClusterLoader::loadData(TestFiles::example(QLatin1String(example)), QLatin1String(example), scan);
    if (!r.ok())
        qFatal("example %s is invalid", example);
    return r;
}

QStringList hostsOf(const PlanPhase &phase)
{
    QStringList hosts;
    for (const PlanNode &n : phase.nodes)
        hosts << n.hostname;
    return hosts;
}

const PlanStep *findStep(const InstallPlan &plan, const QString &id)
{
    for (const PlanPhase &phase : plan.phases) {
        for (const PlanNode &node : phase.nodes) {
            for (const PlanStep &step : node.steps) {
                if (step.id == id)
                    return &step;
            }
        }
    }
    return nullptr;
}
} // namespace

class TestInstallPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fourNodeFollowsTheGuidesOrder();
    void threeNodeHasNoPhaseFour();
    void stretchInstallsCoordinatorWithRemainingBackends();
    void scanNodesInstallLastWithScanFlag();
    void preparationStepsMatchTheGuide();
    void installAndCheckCommands();
    void optionsAndPerNodeOverridesShapeCommands();
    void hostsEntriesPointFrontendsAtThemselves();
    void packageIsUploadedAndUnpackedOnlyWhereMissing();
    void relayedPackageCrossesTheLinkOnce();
    void stepIdsAreUniqueAndStable();
    void jsonMatchesTheObject();
    void textListsEveryCommand();
};

void TestInstallPlan::fourNodeFollowsTheGuidesOrder()
{
    const InstallPlan plan = InstallPlanBuilder::build(load("four-node.conf").cluster, PlanOptions());
    QCOMPARE(plan.phases.size(), 5);
    QCOMPARE(plan.phases[0].kind, PlanPhase::Kind::Prepare);
    QCOMPARE(hostsOf(plan.phases[0]), (QStringList{"backend-1", "backend-2", "frontend-1", "frontend-2"}));
    QCOMPARE(hostsOf(plan.phases[1]), QStringList{"backend-1"});
    QCOMPARE(hostsOf(plan.phases[2]), QStringList{"backend-2"});
    QCOMPARE(hostsOf(plan.phases[3]), QStringList{"frontend-1"});
    QCOMPARE(hostsOf(plan.phases[4]), QStringList{"frontend-2"});
    for (int i = 0; i < plan.phases.size(); ++i)
        QCOMPARE(plan.phases[i].index, i);
    QCOMPARE(plan.nodeCount(), 4);
}

void TestInstallPlan::threeNodeHasNoPhaseFour()
{
    const InstallPlan plan = InstallPlanBuilder::build(load("three-node.conf").cluster, PlanOptions());
    QCOMPARE(plan.phases.size(), 4);
    QCOMPARE(plan.phases.last().kind, PlanPhase::Kind::BackendsAndQuorum);
    QCOMPARE(hostsOf(plan.phases.last()), QStringList{"frontend-1"});
}

void TestInstallPlan::stretchInstallsCoordinatorWithRemainingBackends()
{
    // The guide's installation order for the 7-node stretch cluster.
    const InstallPlan plan = InstallPlanBuilder::build(load("seven-node-stretch.conf").cluster, PlanOptions());
    QCOMPARE(plan.phases.size(), 5);
    QCOMPARE(hostsOf(plan.phases[1]), QStringList{"backend-1"});
    QCOMPARE(hostsOf(plan.phases[2]), QStringList{"backend-2"});
    QCOMPARE(plan.phases[3].kind, PlanPhase::Kind::BackendsAndQuorum);
    QCOMPARE(hostsOf(plan.phases[3]), (QStringList{"backend-3", "backend-4", "coordinator-1"}));
    QVERIFY(plan.phases[3].waitFor.contains(QStringLiteral("manage.sh start kafka")));
    QCOMPARE(plan.phases[4].kind, PlanPhase::Kind::FrontendsAndScan);
    QCOMPARE(hostsOf(plan.phases[4]), (QStringList{"frontend-2", "frontend-3"}));
    QCOMPARE(plan.phases[0].nodes.size(), 7);
}

void TestInstallPlan::scanNodesInstallLastWithScanFlag()
{
    const InstallPlan plan = InstallPlanBuilder::build(load("four-node.conf", {QStringLiteral("scan-1=10.0.3.21")}).cluster, PlanOptions());
    QCOMPARE(hostsOf(plan.phases.last()), (QStringList{"frontend-2", "scan-1"}));
    QCOMPARE(findStep(plan, QStringLiteral("scan-1/place-env"))->command,
             QStringLiteral("cd /opt/agilesec-installer/certificates && cp env.backend-1 ../.env"));
    QCOMPARE(findStep(plan, QStringLiteral("scan-1/tune"))->command, QStringLiteral("cd /opt/agilesec-installer && sudo ./scripts/tune.sh -u agilesec -r scan"));
    QCOMPARE(findStep(plan, QStringLiteral("scan-1/install"))->command,
             QStringLiteral("cd /opt/agilesec-installer && ./install_analytics.sh install -u agilesec -p /opt/agilesec --non-interactive -r scan"));
    QVERIFY(!findStep(plan, QStringLiteral("scan-1/admin-password"))); // the guide's scan-node steps set no password
    QVERIFY(findStep(plan, QStringLiteral("scan-1/check-services"))->expectation.contains(QStringLiteral("2 services Running: haproxy, scheduler")));
}

void TestInstallPlan::preparationStepsMatchTheGuide()
{
    const InstallPlan plan = InstallPlanBuilder::build(load("four-node.conf").cluster, PlanOptions());
    const PlanNode &be2 = plan.phases[0].nodes[1];
    QCOMPARE(be2.hostname, QStringLiteral("backend-2"));
    QStringList titles, commands;
    for (const PlanStep &s : be2.steps)
        commands << s.command;
    QCOMPARE(commands, (QStringList{
                           "scp certificates/kf-agilesec.internal-certs.tgz 10.0.1.12:/opt/agilesec-installer/certificates/",
                           "cd /opt/agilesec-installer/certificates && tar zxvf kf-agilesec.internal-certs.tgz",
                           "cd /opt/agilesec-installer/certificates && cp env.backend-2 ../.env",
                           "cd /opt/agilesec-installer && sudo ./scripts/tune.sh -u agilesec",
                           "cd /opt/agilesec-installer && umask 077 && IFS= read -r password && { grep -v '^admin_password=' .pass.example; "
                           "printf 'admin_password=%s\\n' \"$password\"; } > .pass && chmod 600 .pass",
                       }));
    QCOMPARE(be2.steps[0].kind, PlanStep::Kind::Upload);
    QCOMPARE(be2.steps[0].localPath, QStringLiteral("certificates/kf-agilesec.internal-certs.tgz"));
    QCOMPARE(be2.steps[0].remotePath, QStringLiteral("/opt/agilesec-installer/certificates/kf-agilesec.internal-certs.tgz"));
    QVERIFY(be2.steps[3].usesSudo);
    QVERIFY(!be2.steps[2].usesSudo);
    QCOMPARE(be2.steps[4].input, PlanStep::Input::AdminPassword);
}

void TestInstallPlan::installAndCheckCommands()
{
    const InstallPlan plan = InstallPlanBuilder::build(load("seven-node-stretch.conf").cluster, PlanOptions());
    const PlanNode &coordinator = plan.phases[3].nodes[2];
    QCOMPARE(coordinator.hostname, QStringLiteral("coordinator-1"));
    QCOMPARE(coordinator.steps.size(), 3);
    QCOMPARE(coordinator.steps[0].command,
             QStringLiteral("cd /opt/agilesec-installer && ./install_analytics.sh install -u agilesec -p /opt/agilesec --non-interactive"));
    QCOMPARE(coordinator.steps[1].kind, PlanStep::Kind::Check);
    QCOMPARE(coordinator.steps[1].command, QStringLiteral("crontab -l | grep -v '^#' | grep -q health_check.sh"));
    QCOMPARE(coordinator.steps[2].command, QStringLiteral("cd /opt/agilesec-installer && ./scripts/manage.sh status"));
    QCOMPARE(coordinator.steps[2].expectation, QStringLiteral("3 services Running: mongodb, opensearch, kafka"));
    QCOMPARE(findStep(plan, QStringLiteral("backend-1/check-services"))->expectation.left(19), QStringLiteral("9 services Running:"));
    QCOMPARE(findStep(plan, QStringLiteral("frontend-2/check-services"))->expectation.left(19), QStringLiteral("6 services Running:"));
}

void TestInstallPlan::optionsAndPerNodeOverridesShapeCommands()
{
    ClusterLoader::Result r = load("four-node.conf");
    r.cluster.nodes[1].installerDir = QStringLiteral("/srv/agile sec/installer");
    r.cluster.nodes[1].sshUser = QStringLiteral("ops");
    r.cluster.nodes[1].sshPort = 2222;
    PlanOptions options;
    options.user = QStringLiteral("ec2-user");
    options.installationDir = QStringLiteral("/data/agilesec");
    const InstallPlan plan = InstallPlanBuilder::build(r.cluster, options);
    QCOMPARE(findStep(plan, QStringLiteral("backend-1/install"))->command,
             QStringLiteral("cd /opt/agilesec-installer && ./install_analytics.sh install -u ec2-user -p /data/agilesec --non-interactive"));
    QCOMPARE(findStep(plan, QStringLiteral("backend-2/install"))->command,
             QStringLiteral("cd '/srv/agile sec/installer' && ./install_analytics.sh install -u ec2-user -p /data/agilesec --non-interactive"));
    QCOMPARE(findStep(plan, QStringLiteral("backend-2/upload-certificates"))->command,
             QStringLiteral("scp -P 2222 certificates/kf-agilesec.internal-certs.tgz ops@10.0.1.12:'/srv/agile sec/installer'/certificates/"));
    QCOMPARE(findStep(plan, QStringLiteral("backend-2/upload-certificates"))->remotePath,
             QStringLiteral("/srv/agile sec/installer/certificates/kf-agilesec.internal-certs.tgz"));
}

void TestInstallPlan::hostsEntriesPointFrontendsAtThemselves()
{
    const ClusterLoader::Result r = load("four-node.conf");
    PlanOptions options;
    options.addHostsEntries = true;
    InstallPlan plan = InstallPlanBuilder::build(r.cluster, options);
    QCOMPARE(findStep(plan, QStringLiteral("frontend-2/hosts-entry"))->command,
             QStringLiteral("grep -qxF '10.0.2.22 agilesec.kf-agilesec.com' /etc/hosts || echo '10.0.2.22 agilesec.kf-agilesec.com' | sudo tee -a "
                            "/etc/hosts >/dev/null"));
    QVERIFY(findStep(plan, QStringLiteral("backend-1/hosts-entry"))->command.startsWith(QStringLiteral("grep -qxF '10.0.2.21 agilesec")));
    options.hostsTarget = QStringLiteral("10.0.0.100");
    plan = InstallPlanBuilder::build(r.cluster, options);
    QVERIFY(findStep(plan, QStringLiteral("backend-2/hosts-entry"))->command.startsWith(QStringLiteral("grep -qxF '10.0.0.100 agilesec")));
    QVERIFY(findStep(plan, QStringLiteral("frontend-1/hosts-entry"))->command.startsWith(QStringLiteral("grep -qxF '10.0.2.21 agilesec")));
    QVERIFY(!findStep(InstallPlanBuilder::build(r.cluster, PlanOptions()), QStringLiteral("backend-1/hosts-entry")));
}

void TestInstallPlan::packageIsUploadedAndUnpackedOnlyWhereMissing()
{
    const ClusterLoader::Result r = ClusterLoader::loadFile(QStringLiteral(EXAMPLES_DIR "/four-node.conf"));
    QVERIFY(!findStep(InstallPlanBuilder::build(r.cluster, PlanOptions()), QStringLiteral("backend-1/upload-package")));
    PlanOptions options;
    options.installerPackage = QStringLiteral("/home/ops/agilesec installer.tgz");
    const InstallPlan plan = InstallPlanBuilder::build(r.cluster, options);
    const QList<PlanStep> steps = plan.stepsFor(QStringLiteral("frontend-2"));
    QCOMPARE(steps[0].id, QStringLiteral("frontend-2/upload-package"));
    QCOMPARE(steps[0].kind, PlanStep::Kind::Upload);
    QCOMPARE(steps[0].localPath, options.installerPackage);
    QCOMPARE(steps[0].remotePath, QStringLiteral("/opt/agilesec-installer/.agilesec-installer-package.tgz"));
    QVERIFY(steps[0].command.contains(QStringLiteral("'/home/ops/agilesec installer.tgz'")));
    QCOMPARE(steps[1].id, QStringLiteral("frontend-2/unpack-package"));
    // Done when our unpack's marker names this step (and the package's SHA-256 when known), or
    // when the installer is there with neither our marker nor a half-done unpack's flag.
    const QString byHand = QStringLiteral(" || { [ ! -e /opt/agilesec-installer/.agilesec-installer-package.done ] && "
                                          "[ ! -e /opt/agilesec-installer/.agilesec-installer-package.unpacking ] && [ -x /opt/agilesec-installer/install_analytics.sh ]; }");
    for (int i : {0, 1})
        QCOMPARE(steps[i].skipWhen, QStringLiteral("[ \"$(cut -d' ' -f2 /opt/agilesec-installer/.agilesec-installer-package.done 2>/dev/null)\" = "
                                                   "frontend-2/unpack-package ]") + byHand);
    QVERIFY(steps[1].command.contains(QStringLiteral("printf '%s %s\\n' \"${h%% *}\" frontend-2/unpack-package > .agilesec-installer-package.done.tmp && "
                                                     "mv -f .agilesec-installer-package.done.tmp .agilesec-installer-package.done")));
    QCOMPARE(steps[2].id, QStringLiteral("frontend-2/upload-certificates"));
    QVERIFY(steps[2].privateFile);
    options.installerPackageSha256 = QString(64, QLatin1Char('a'));
    options.relayNode = QStringLiteral("none"); // every node from the installer, as above
    const PlanStep unpack = InstallPlanBuilder::build(r.cluster, options).stepsFor(QStringLiteral("frontend-2"))[1];
    QCOMPARE(unpack.skipWhen, QStringLiteral("[ \"$(cat /opt/agilesec-installer/.agilesec-installer-package.done 2>/dev/null)\" = '%1 frontend-2/unpack-package' ]")
                                  .arg(options.installerPackageSha256) + byHand);
    QVERIFY(unpack.command.contains(QStringLiteral("the package's SHA-256 is ${h%% *}, the installer expects ") + options.installerPackageSha256));
}

void TestInstallPlan::relayedPackageCrossesTheLinkOnce()
{
    const ClusterLoader::Result r = ClusterLoader::loadFile(QStringLiteral(EXAMPLES_DIR "/four-node.conf"));
    PlanOptions options;
    options.installerPackage = QFINDTESTDATA("tst_installplan.cpp"); // any file: its size goes into the receiving script
    options.installerPackageSha256 = QString(64, QLatin1Char('b'));
    options.installerDir = QStringLiteral("/opt/it's $(touch PWNED) `id` \"q\" ; {{ x }}");
    options.relayParallel = 2;
    options.relayAddresses.insert(QStringLiteral("frontend-2"), QStringLiteral("10.9.9.9:2222"));
    const InstallPlan plan = InstallPlanBuilder::build(r.cluster, options);
    QCOMPARE(plan.phases[0].kind, PlanPhase::Kind::PackageRelay);
    QCOMPARE(hostsOf(plan.phases[0]), (QStringList{"backend-1", "backend-2", "frontend-1", "frontend-2"}));
    QCOMPARE(plan.phases[0].maxParallel, 3); // the relay's upload and 2 receiving nodes
    QCOMPARE(plan.phases[0].nodes[0].steps.size(), 1);
    QCOMPARE(plan.phases[0].nodes[0].steps[0].kind, PlanStep::Kind::Upload); // the only upload of the package from the installer that always runs
    QCOMPARE(plan.phases[1].kind, PlanPhase::Kind::Prepare);
    for (const PlanPhase &phase : plan.phases) {
        if (phase.kind == PlanPhase::Kind::Prepare)
            for (const PlanNode &node : phase.nodes)
                QVERIFY(std::none_of(node.steps.begin(), node.steps.end(), [](const PlanStep &s) { return s.id.endsWith(QLatin1String("/upload-package")); }));
    }
    QCOMPARE(plan.stepsFor(QStringLiteral("backend-1"))[1].id, QStringLiteral("backend-1/relay-forget"));

    const QList<PlanStep> fe2 = plan.phases[0].nodes[3].steps;
    QStringList ids;
    for (const PlanStep &s : fe2)
        ids << s.id;
    QCOMPARE(ids, (QStringList{"frontend-2/relay-authorize", "frontend-2/relay-package", "frontend-2/upload-package", "frontend-2/relay-revoke"}));
    QCOMPARE(fe2[0].input, PlanStep::Input::RelayPublicKey);
    QVERIFY(fe2[0].command.contains(QStringLiteral("from=\"%s\",restrict,command=\"%s\"%s %s agilesec-installer-relay")));
    QVERIFY(fe2[0].command.contains(QStringLiteral(" 10.0.1.11 "))); // from= the relay's own private IP
    QVERIFY(fe2[0].command.contains(QStringLiteral("expiry-time")));
    QCOMPARE(fe2[1].runsOn, QStringLiteral("backend-1"));
    QCOMPARE(fe2[1].input, PlanStep::Input::RelayPrivateKey);
    QVERIFY(fe2[1].command.contains(QStringLiteral("-o StrictHostKeyChecking=yes")));
    QVERIFY(fe2[1].command.contains(QStringLiteral("-o HostKeyAlias=frontend-2")));
    QVERIFY(fe2[1].command.contains(QStringLiteral("-o BindAddress=10.0.1.11 ")));
    QVERIFY(fe2[1].command.contains(QStringLiteral(" -p 2222 10.9.9.9 ")));
    QVERIFY(fe2[1].command.contains(QStringLiteral("sort -n -k3 \"$g\"")));  // follows the upload's records while it arrives
    QVERIFY(!fe2[1].skipWhen.isEmpty());
    QCOMPARE(fe2[2].kind, PlanStep::Kind::Upload);
    QCOMPARE(fe2[2].skipWhen, fe2[1].skipWhen); // runs only where the relay left no verified copy
    QVERIFY(fe2[3].cleanup);
    for (const PlanStep &s : fe2)
        QVERIFY2(s.perRun, qPrintable(s.id));
    QVERIFY(fe2[0].viaRelay && fe2[1].viaRelay && !fe2[2].viaRelay && fe2[3].viaRelay);
    // Without the relay's mechanics (Ansible, by-hand scripts) each node still gets the package.
    const InstallPlan direct = plan.withoutRelay();
    QCOMPARE(direct.stepsFor(QStringLiteral("frontend-2"))[0].id, QStringLiteral("frontend-2/upload-package"));

    // Every command parses, with a hostile installer directory, and passes shellcheck.
    const QString shellcheck = QStandardPaths::findExecutable(QStringLiteral("shellcheck"));
    QTemporaryDir dir;
    int n = 0;
    QStringList texts{PackageRelayPlan::receiverScript(r.cluster.nodes[3], options).join(QLatin1Char('\n'))};
    for (const PlanStep &s : fe2)
        texts << s.command << s.skipWhen;
    for (const QString &text : std::as_const(texts)) {
        if (text.isEmpty())
            continue;
        const QString path = dir.filePath(QStringLiteral("step%1.sh").arg(++n));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n" + text.toUtf8() + "\n");
        f.close();
        QProcess check;
        check.start(QStringLiteral("sh"), {QStringLiteral("-n"), path});
        QVERIFY(check.waitForFinished());
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
        if (shellcheck.isEmpty())
            continue;
        check.start(shellcheck, {QStringLiteral("-f"), QStringLiteral("gcc"), QStringLiteral("-S"), QStringLiteral("warning"), QStringLiteral("-e"), QStringLiteral("SC2016"), path});
        QVERIFY(check.waitForFinished());
        QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().right(1500).constData());
    }
    QVERIFY(n >= 8);
}

void TestInstallPlan::stepIdsAreUniqueAndStable()
{
    const InstallPlan plan = InstallPlanBuilder::build(load("seven-node-stretch.conf").cluster, PlanOptions());
    QSet<QString> ids;
    for (const PlanStep &s : plan.allSteps()) {
        QVERIFY2(!ids.contains(s.id), qPrintable(s.id));
        ids.insert(s.id);
    }
    QCOMPARE(ids.size(), plan.stepCount());
    // 5 preparation and 3 install/check steps per node, and the config kept on the primary backend
    QCOMPARE(plan.stepCount(), 7 * 5 + 1 + 7 * 3);
    const QList<PlanStep> be1 = plan.stepsFor(QStringLiteral("backend-1"));
    QCOMPARE(be1.first().id, QStringLiteral("backend-1/upload-certificates"));
    QCOMPARE(be1.last().id, QStringLiteral("backend-1/check-services"));
}

void TestInstallPlan::jsonMatchesTheObject()
{
    const InstallPlan plan = InstallPlanBuilder::build(load("four-node.conf").cluster, PlanOptions());
    const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(plan.toJson()).toJson()).object();
    const QJsonArray phases = json.value(QStringLiteral("phases")).toArray();
    QCOMPARE(phases.size(), plan.phases.size());
    const QJsonObject phase1 = phases[1].toObject();
    QCOMPARE(phase1.value(QStringLiteral("index")).toInt(), 1);
    const QJsonObject be1 = phase1.value(QStringLiteral("nodes")).toArray()[0].toObject();
    QCOMPARE(be1.value(QStringLiteral("hostname")).toString(), QStringLiteral("backend-1"));
    const QJsonObject install = be1.value(QStringLiteral("steps")).toArray()[0].toObject();
    QCOMPARE(install.value(QStringLiteral("title")).toString(), plan.phases[1].nodes[0].steps[0].title);
    QCOMPARE(install.value(QStringLiteral("command")).toString(), plan.phases[1].nodes[0].steps[0].command);
    int jsonSteps = 0;
    for (const QJsonValue &p : phases) {
        for (const QJsonValue &n : p.toObject().value(QStringLiteral("nodes")).toArray())
            jsonSteps += int(n.toObject().value(QStringLiteral("steps")).toArray().size());
    }
    QCOMPARE(jsonSteps, plan.stepCount());
}

void TestInstallPlan::textListsEveryCommand()
{
    const InstallPlan plan = InstallPlanBuilder::build(load("seven-node-stretch.conf").cluster, PlanOptions());
    const QString text = plan.toText();
    qsizetype from = 0;
    for (const PlanStep &s : plan.allSteps()) {
        const qsizetype at = text.indexOf(s.command, from);
        QVERIFY2(at >= 0, qPrintable(s.id)); // in plan order
        from = at + 1;
    }
    QVERIFY(text.startsWith(QStringLiteral("Install plan: 7 nodes, 5 phases, 57 steps")));
}

QTEST_GUILESS_MAIN(TestInstallPlan)
#include "tst_installplan.moc"
