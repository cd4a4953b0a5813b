// Day-2 operations: the diff shown before a change, the add-frontend and add-scan-node plans as
// the guide orders them, what is refused and why, importing a cluster (from files and from
// backend-1 over SSH), and the whole sequence against the lab's real sshd: a 4-node install,
// frontend-3 added, a scan node added, the cluster imported back byte for byte.
#include "day2/ClusterImporter.h"
#include "config/EnvRenderer.h"
#include "CliRun.h"
#include "LabFixture.h"
#include "day2/NodeExpansion.h"
#include "core/ProfileCatalog.h"
#include "util/TextDiff.h"
#include "lab/LabLoadBalancer.h"
#include "verify/HttpsProbe.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
using Run = CliRun;

Run cli(const QStringList &arguments, int timeoutMs = 120000)
{
    return CliRun::run(arguments, timeoutMs);
}

// A project around one of the examples, in dir.
Project exampleProject(const QString &dir, const char *example)
{
    TestFiles::write(dir + QStringLiteral("/multi_node_config.conf"), TestFiles::example(QLatin1String(example)));
    Project p;
    p.path = dir + QStringLiteral("/project.json");
    p.configFile = QStringLiteral("multi_node_config.conf");
    return p;
}

QStringList idsOf(const PlanPhase &phase)
{
    QStringList ids;
    for (const PlanNode &n : phase.nodes) {
        for (const PlanStep &s : n.steps)
            ids << s.id;
    }
    return ids;
}

const PlanStep *stepById(const InstallPlan &plan, const QString &id)
{
    for (const PlanPhase &phase : plan.phases)
        for (const PlanNode &n : phase.nodes)
            for (const PlanStep &s : n.steps)
                if (s.id == id)
                    return &s;
    return nullptr;
}

QDateTime journalTime(const QJsonObject &steps, const QString &id, const char *field)
{
    return QDateTime::fromString(steps.value(id).toObject().value(QLatin1String(field)).toString(), Qt::ISODateWithMs);
}

QString labPort(const LabFixture &lab, const QString &hostname)
{
    return QString::number(lab.project.nodes.value(hostname).port);
}
} // namespace

class TestDay2 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textDiffMatchesDiffU_data();
    void textDiffMatchesDiffU();
    void addFrontendFollowsTheGuide();
    void addScanNodeTouchesNoOtherNode();
    void refusesWhatTheGuideDoesNotDo_data();
    void refusesWhatTheGuideDoesNotDo();
    void importFromFilesChecksEverything();
    void convertsToTheGuidesStretchCluster();
    void labInstallThenFrontendThenScanThenImport();

private:
    void liveAddFrontendScriptReachesTheRunningHaproxy(LabFixture &lab);
};

void TestDay2::textDiffMatchesDiffU_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QByteArray lines;
    for (int i = 1; i <= 30; ++i)
        lines += "line " + QByteArray::number(i) + '\n';
    QTest::newRow("appended") << lines << lines + "new a\nnew b\n";
    QTest::newRow("changed in the middle") << lines << QByteArray(lines).replace("line 15\n", "line fifteen\n");
    QTest::newRow("removed at the start") << lines << lines.mid(lines.indexOf("line 3\n"));
    QTest::newRow("two hunks") << lines << QByteArray(lines).replace("line 2\n", "two\n").replace("line 28\n", "");
    QTest::newRow("near changes merge") << lines << QByteArray(lines).replace("line 10\n", "ten\n").replace("line 13\n", "thirteen\n");
}

void TestDay2::textDiffMatchesDiffU()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("a")), before);
    TestFiles::write(dir.filePath(QStringLiteral("b")), after);
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-U2"), dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("b"))});
    QVERIFY(diff.waitForFinished());
    QCOMPARE(diff.exitCode(), 1);
    // Hunks as diff -u prints them (the --- / +++ lines carry file names and times).
    const QStringList expected = QString::fromUtf8(diff.readAllStandardOutput()).split(QLatin1Char('\n')).mid(2);
    const QStringList ours = TextDiff::unified(before, after, QStringLiteral("a"), QStringLiteral("b")).split(QLatin1Char('\n')).mid(2);
    QCOMPARE(ours, expected);
    QVERIFY(TextDiff::unified(before, before, QStringLiteral("a"), QStringLiteral("a")).isEmpty());
}

void TestDay2::addFrontendFollowsTheGuide()
{
    QTemporaryDir dir;
    const Project project = exampleProject(dir.path(), "four-node.conf");
    const ClusterLoader::Result current = project.loadCluster();
    QVERIFY(current.ok());
    NodeExpansion::Spec spec;
    spec.hostname = QStringLiteral("frontend-3");
    spec.privateIp = QStringLiteral("10.0.2.13");
    spec.profile = Profile::AdditionalFrontend;
    const NodeExpansion::Result r = NodeExpansion::prepare(project, current, spec);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!r.resuming);

    // Only the new block is added: every old line is still there, in order, and the added lines
    // are the guide's three (plus a blank separator).
    const QStringList before = QString::fromUtf8(TestFiles::example(QStringLiteral("four-node.conf"))).split(QLatin1Char('\n'));
    QStringList added = QString::fromUtf8(r.config).split(QLatin1Char('\n'));
    for (const QString &line : before) {
        const qsizetype at = added.indexOf(line);
        QVERIFY2(at >= 0, qPrintable(line));
        added.removeAt(at);
    }
    added.removeAll(QString());
    QCOMPARE(added, (QStringList{QStringLiteral("frontend3_node_hostname=\"frontend-3\""), QStringLiteral("frontend3_private_ip=\"10.0.2.13\""),
                                 QStringLiteral("frontend3_node_profile=\"ADDITIONAL_FRONTEND\"")}));

    // The guide's order: backend-1 and the frontends refreshed and frontend-3 prepared; then
    // frontend-3 installed; then each existing frontend patched, one phase each.
    QCOMPARE(r.plan.phases.size(), 4);
    QCOMPARE(r.plan.phases[0].kind, PlanPhase::Kind::Prepare);
    QCOMPARE(r.plan.phases[1].kind, PlanPhase::Kind::JoinNode);
    QCOMPARE(r.plan.phases[2].kind, PlanPhase::Kind::PatchFrontend);
    QCOMPARE(r.plan.phases[3].kind, PlanPhase::Kind::PatchFrontend);
    const QStringList prepare = idsOf(r.plan.phases[0]);
    for (const char *id : {"backend-1/publish-config", "backend-1/refresh-env", "backend-1/refresh-bundle", "frontend-1/refresh-env",
                           "frontend-2/refresh-env", "frontend-3/upload-certificates", "frontend-3/place-env", "frontend-3/tune",
                           "frontend-3/admin-password"})
        QVERIFY2(prepare.contains(QLatin1String(id)), id);
    for (const PlanPhase &phase : r.plan.phases)
        for (const PlanNode &n : phase.nodes)
            QVERIFY2(n.hostname != QLatin1String("backend-2"), "backend-2 is not touched");
    QCOMPARE(idsOf(r.plan.phases[1]).first(), QStringLiteral("frontend-3/install"));
    QCOMPARE(idsOf(r.plan.phases[2]), (QStringList{"frontend-1/patch-new-frontend", "frontend-1/tune-after-patch", "frontend-1/check-services"}));
    QCOMPARE(idsOf(r.plan.phases[3]).first(), QStringLiteral("frontend-2/patch-new-frontend"));
    QCOMPARE(stepById(r.plan, QStringLiteral("frontend-1/patch-new-frontend"))->command,
             QStringLiteral("cd /opt/agilesec-installer && ./install_analytics.sh -u agilesec -p /opt/agilesec patch new-frontend -v"));
    QCOMPARE(stepById(r.plan, QStringLiteral("frontend-1/tune-after-patch"))->command, QStringLiteral("cd /opt/agilesec-installer && sudo ./scripts/tune.sh -u agilesec"));
    const PlanStep *env = stepById(r.plan, QStringLiteral("frontend-2/refresh-env"));
    QCOMPARE(env->localPath, QStringLiteral("generate_envs/generated_envs/env.frontend-2"));
    QCOMPARE(env->remotePath, QStringLiteral("/opt/agilesec-installer/.env"));
    QCOMPARE(stepById(r.plan, QStringLiteral("frontend-3/place-env"))->command,
             QStringLiteral("cd /opt/agilesec-installer/certificates && cp env.frontend-3 ../.env"));

    // The per-node diff: frontends' and backend-1's .env applied, backend-2's shown but not.
    bool sawBackend2 = false, sawFrontend1 = false;
    for (const NodeExpansion::Change &c : r.changes) {
        if (c.hostname == QLatin1String("backend-2")) {
            sawBackend2 = true;
            QVERIFY(!c.applied);
        }
        if (c.hostname == QLatin1String("frontend-1") && c.what == QLatin1String(".env")) {
            sawFrontend1 = true;
            QVERIFY(c.applied);
            QVERIFY(c.diff.contains(QStringLiteral("+CLUSTER_FRONTEND_HOSTNAMES=\"frontend-1,frontend-2,frontend-3\"")));
            QVERIFY(c.diff.contains(QStringLiteral("-CLUSTER_FRONTEND_HOSTNAMES=\"frontend-1,frontend-2\"")));
        }
    }
    QVERIFY(sawBackend2 && sawFrontend1);
    QCOMPARE(r.changes.last().hostname, QStringLiteral("frontend-3"));
    QVERIFY(r.journalPath.endsWith(QStringLiteral("/output/day2/add-frontend-3-journal.json")));
    QCOMPARE(r.loadBalancerChange.size(), 1);
    QVERIFY(r.loadBalancerChange.first().content.contains("10.0.2.13"));

    // Nothing is written until commit; then the config and the project are.
    QCOMPARE(TestFiles::read(dir.filePath(QStringLiteral("multi_node_config.conf"))), TestFiles::example(QStringLiteral("four-node.conf")));
    QCOMPARE(NodeExpansion::commit(r), QString());
    QCOMPARE(TestFiles::read(dir.filePath(QStringLiteral("multi_node_config.conf"))), r.config);

    // The same again resumes the same operation.
    const NodeExpansion::Result again = NodeExpansion::prepare(project, project.loadCluster(), spec);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(again.resuming);
    QCOMPARE(again.config, r.config);
    QCOMPARE(again.plan.allSteps().size(), r.plan.allSteps().size());
}

void TestDay2::addScanNodeTouchesNoOtherNode()
{
    QTemporaryDir dir;
    const Project project = exampleProject(dir.path(), "four-node.conf");
    NodeExpansion::Spec spec;
    spec.hostname = QStringLiteral("scan-1");
    spec.privateIp = QStringLiteral("10.0.3.1");
    spec.profile = Profile::Scan;
    const NodeExpansion::Result r = NodeExpansion::prepare(project, project.loadCluster(), spec);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.config, TestFiles::example(QStringLiteral("four-node.conf"))); // scan nodes have no block
    QCOMPARE(r.project.scanNodes, QStringList{QStringLiteral("scan-1=10.0.3.1")});
    QCOMPARE(r.changes.size(), 1);
    QCOMPARE(r.changes.first().hostname, QStringLiteral("scan-1"));
    QCOMPARE(r.plan.phases.size(), 2);
    for (const PlanPhase &phase : r.plan.phases) {
        QCOMPARE(phase.nodes.size(), 1);
        QCOMPARE(phase.nodes.first().hostname, QStringLiteral("scan-1"));
    }
    QCOMPARE(stepById(r.plan, QStringLiteral("scan-1/place-env"))->command, QStringLiteral("cd /opt/agilesec-installer/certificates && cp env.backend-1 ../.env"));
    QCOMPARE(stepById(r.plan, QStringLiteral("scan-1/tune"))->command, QStringLiteral("cd /opt/agilesec-installer && sudo ./scripts/tune.sh -u agilesec -r scan"));
    QVERIFY(stepById(r.plan, QStringLiteral("scan-1/install"))->command.endsWith(QStringLiteral("--non-interactive -r scan")));
    QVERIFY(!stepById(r.plan, QStringLiteral("scan-1/admin-password"))); // a scan node has no .pass
    QVERIFY(r.loadBalancerChange.isEmpty());
}

void TestDay2::refusesWhatTheGuideDoesNotDo_data()
{
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("expected");
    QTest::newRow("backend") << "backend-3" << "10.0.1.13" << "FULL_BACKEND" << "no procedure for adding a backend";
    QTest::newRow("coordinator") << "coordinator-1" << "10.0.1.20" << "COORDINATOR" << "convert-stretch";
    QTest::newRow("second primary") << "frontend-9" << "10.0.1.21" << "PRIMARY_FRONTEND" << "exactly one";
    QTest::newRow("taken name") << "frontend-2" << "10.0.1.22" << "ADDITIONAL_FRONTEND" << "hostname frontend-2 is already in the cluster";
    QTest::newRow("taken IP") << "frontend-3" << "10.0.2.21" << "ADDITIONAL_FRONTEND" << "IP 10.0.2.21 of frontend-3 is already frontend-1's";
    QTest::newRow("bad name") << "Frontend_3" << "10.0.1.23" << "ADDITIONAL_FRONTEND" << "hostname 'Frontend_3'";
    QTest::newRow("bad IP") << "frontend-3" << "10.0.1.300" << "ADDITIONAL_FRONTEND" << "IP '10.0.1.300' of frontend-3: not an IPv4 or IPv6 address";
}

void TestDay2::refusesWhatTheGuideDoesNotDo()
{
    QFETCH(QString, hostname);
    QFETCH(QString, ip);
    QFETCH(QString, profile);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const Project project = exampleProject(dir.path(), "four-node.conf");
    NodeExpansion::Spec spec{hostname, ip, ProfileCatalog::fromName(profile), {}, {}};
    const NodeExpansion::Result r = NodeExpansion::prepare(project, project.loadCluster(), spec);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    QVERIFY(r.plan.phases.isEmpty());
}

void TestDay2::importFromFilesChecksEverything()
{
    // A cluster's files as `certs` makes them.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("multi_node_config.conf"));
    TestFiles::write(config, TestFiles::example(QStringLiteral("four-node.conf")));
    const Run certs = cli({QStringLiteral("certs"), QStringLiteral("--config"), config, QStringLiteral("--out"), dir.filePath(QStringLiteral("made"))});
    QVERIFY2(certs.exitCode == 0, certs.describe().constData());
    const QString ca = dir.filePath(QStringLiteral("made/certificates/ca/agilesec-rootca-cert.pem"));
    const QString key = dir.filePath(QStringLiteral("made/certificates/ca/agilesec-rootca-key.pem"));
    const QString bundle = dir.filePath(QStringLiteral("made/certificates/kf-agilesec.internal-certs.tgz"));
    // Another CA, whose key does not match ca.
    const Run other = cli({QStringLiteral("certs"), QStringLiteral("--config"), config, QStringLiteral("--out"), dir.filePath(QStringLiteral("other"))});
    QCOMPARE(other.exitCode, 0);
    const QString otherKey = dir.filePath(QStringLiteral("other/certificates/ca/agilesec-rootca-key.pem"));
    const QString otherBundle = dir.filePath(QStringLiteral("other/certificates/kf-agilesec.internal-certs.tgz"));

    const auto import = [&](const QString &target, const QStringList &extra) {
        return cli(QStringList{QStringLiteral("import-cluster"), QStringLiteral("--dir"), target, QStringLiteral("--config"), config,
                               QStringLiteral("--ca-cert"), ca, QStringLiteral("--no-status")}
                   + extra);
    };
    Run bad = import(dir.filePath(QStringLiteral("p1")), {QStringLiteral("--ca-key"), otherKey});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("the CA key from")) && bad.err.contains(QStringLiteral("nothing written")), qPrintable(bad.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("p1/project.json"))));
    bad = import(dir.filePath(QStringLiteral("p2")), {QStringLiteral("--bundle"), otherBundle});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("not from the same cluster")), qPrintable(bad.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("p2"))));

    const Run good = import(dir.filePath(QStringLiteral("p3")), {QStringLiteral("--ca-key"), key, QStringLiteral("--bundle"), bundle});
    QVERIFY2(good.exitCode == 0, good.describe().constData());
    QCOMPARE(TestFiles::read(dir.filePath(QStringLiteral("p3/multi_node_config.conf"))), TestFiles::example(QStringLiteral("four-node.conf")));
    const QString importedKey = dir.filePath(QStringLiteral("p3/output/certificates/ca/agilesec-rootca-key.pem"));
    QCOMPARE(TestFiles::read(importedKey), TestFiles::read(key));
    QCOMPARE(QFile::permissions(importedKey) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFileDevice::Permissions());
    QCOMPARE(TestFiles::read(dir.filePath(QStringLiteral("p3/output/certificates/nodes/backend-2-cert.pem"))),
             TestFiles::read(dir.filePath(QStringLiteral("made/certificates/nodes/backend-2-cert.pem"))));
    // A folder that already holds a project is refused.
    bad = import(dir.filePath(QStringLiteral("p3")), {});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("already exists")), qPrintable(bad.err));
}

void TestDay2::convertsToTheGuidesStretchCluster()
{
    QTemporaryDir dir;
    const Project project = exampleProject(dir.path(), "four-node.conf");
    QVERIFY(project.save().isEmpty());
    const QStringList base{QStringLiteral("convert-stretch"), QStringLiteral("--project"), project.path,
                           QStringLiteral("--coordinator"), QStringLiteral("coordinator-1=10.0.3.10@us-west-2a"),
                           QStringLiteral("--site"), QStringLiteral("backend-1=us-west-1a"), QStringLiteral("--site"), QStringLiteral("backend-2=us-west-1a"),
                           QStringLiteral("--site"), QStringLiteral("frontend-2=us-west-1a"),
                           QStringLiteral("--add"), QStringLiteral("frontend-3=10.0.2.23@us-west-2b:ADDITIONAL_FRONTEND")};
    // backend-3 and -4 in the first site: losing it loses quorum; refused, nothing written.
    const Run lopsided = cli(base + QStringList{QStringLiteral("--add"), QStringLiteral("backend-3=10.0.1.13@us-west-1a:FULL_BACKEND"), QStringLiteral("--add"),
                                                QStringLiteral("backend-4=10.0.1.14@us-west-1a:FULL_BACKEND"), QStringLiteral("--write")});
    QCOMPARE(lopsided.exitCode, 1);
    QVERIFY2(lopsided.out.contains(QStringLiteral("FAIL  site us-west-1a lost")), lopsided.describe().constData());
    QVERIFY2(lopsided.err.contains(QStringLiteral("nothing written:")) && lopsided.err.contains(QStringLiteral("losing site us-west-1a")), lopsided.describe().constData());
    QCOMPARE(TestFiles::read(dir.filePath(QStringLiteral("multi_node_config.conf"))), TestFiles::example(QStringLiteral("four-node.conf")));

    // The guide's 7-node layout: 2 + 2 backends in two sites, the coordinator in a third.
    const Run run = cli(base + QStringList{QStringLiteral("--add"), QStringLiteral("backend-3=10.0.1.13@us-west-2b:FULL_BACKEND"), QStringLiteral("--add"),
                                           QStringLiteral("backend-4=10.0.1.14@us-west-2b:FULL_BACKEND"), QStringLiteral("--write")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    for (const QString &line : {QStringLiteral("-frontend1_private_ip=\"10.0.2.21\"\n+#frontend1_private_ip=\"10.0.2.21\""),
                                QStringLiteral("+opensearch_index_number_of_shards=4"), QStringLiteral("+opensearch_index_number_of_replicas=3"),
                                QStringLiteral("OK    site us-west-1a lost (backend-1, backend-2, frontend-2): quorum 3/5 voters, 3 needed"),
                                QStringLiteral("phase 3: Install the remaining backends and the quorum node in parallel: backend-3, backend-4, coordinator-1"),
                                QStringLiteral("phase 4: Install the additional frontends and scan nodes in parallel: frontend-2, frontend-3"),
                                QStringLiteral("note: frontend-1 is commented out")})
        QVERIFY2(run.out.contains(line), qPrintable(line));
    const ClusterLoader::Result converted = project.loadCluster();
    QVERIFY(converted.ok());
    QCOMPARE(converted.cluster.quorumNode()->hostname, QStringLiteral("coordinator-1"));
    QCOMPARE(converted.cluster.quorumVoters().size(), 5);
    QVERIFY(!converted.cluster.findByHostname(QStringLiteral("frontend-1")));
    QVERIFY(TestFiles::read(dir.filePath(QStringLiteral("multi_node_config.conf"))).contains("smtp_relay_host=\"mail.internal\"   # used by notifications"));
    // Converting again is refused: there is a coordinator now.
    const Run again = cli(base);
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QStringLiteral("already has a coordinator")));
}

// Seed 001's live update for real: the rendered lb/add-frontend-3.sh, run against the lab's
// running HAProxy, adds frontend-3 through the runtime API; it goes UP and takes requests with
// no reload or restart (the same HAProxy process throughout).
void TestDay2::liveAddFrontendScriptReachesTheRunningHaproxy(LabFixture &lab)
{
    const QString script = lab.labDir() + QStringLiteral("/output/lb/add-frontend-3.sh");
    QVERIFY(QFileInfo::exists(script));
    const qint64 pid = qint64(QJsonDocument::fromJson(TestFiles::read(lab.labDir() + QStringLiteral("/lab.json")))
                                  .object().value(QStringLiteral("loadBalancer")).toObject().value(QStringLiteral("pid")).toDouble());
    QVERIFY(pid > 0 && LabProcess::alive(pid));
    const auto status = [&] { return lab.haproxyStatus(QStringLiteral("frontend-3")); };
    QCOMPARE(status(), QStringLiteral("absent")); // the running HAProxy does not know it yet
    const Run applied = Run::program(QStringLiteral("bash"), {script});
    QVERIFY2(applied.exitCode == 0, applied.describe().constData());
    QVERIFY2(applied.out.contains(QStringLiteral("New server registered.")), applied.describe().constData());
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("UP"), 20000);
    const QByteArray ca = TestFiles::read(lab.caCertPath());
    QSet<QString> servedBy;
    for (int i = 0; i < 12 && !servedBy.contains(QStringLiteral("frontend-3")); ++i) {
        const HttpsProbe::Result r = HttpsProbe::get(LabLoadBalancer::address(), lab.cluster.cluster.frontendPort, lab.cluster.cluster.fqdn(), ca, "/health-check");
        QCOMPARE(r.status, 200);
        servedBy.insert(r.servedBy);
    }
    QVERIFY2(servedBy.contains(QStringLiteral("frontend-3")), qPrintable(QStringList(servedBy.begin(), servedBy.end()).join(QLatin1Char(','))));
    QVERIFY(LabProcess::alive(pid)); // neither reloaded nor restarted: the same process
    QVERIFY(LabProcess::commandLine(pid).contains("lb/haproxy.cfg"));
}

void TestDay2::labInstallThenFrontendThenScanThenImport()
{
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("4"), {QStringLiteral("frontend-3=ADDITIONAL_FRONTEND"), QStringLiteral("scan-1=SCAN")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString project = lab.project.path;
    const Run install = cli({QStringLiteral("install"), QStringLiteral("--project"), project, QStringLiteral("--yes"), QStringLiteral("--quiet")});
    QVERIFY2(install.exitCode == 0, install.describe().constData());
    const QString configPath = lab.labDir() + QStringLiteral("/multi_node_config.conf");
    const QByteArray configBefore = TestFiles::read(configPath);
    // The install keeps the config on backend-1, where the guide edits it.
    QCOMPARE(TestFiles::read(lab.nodeDir(QStringLiteral("backend-1")) + QStringLiteral("/installer/generate_envs/multi_node_config.conf")), configBefore);
    const QString backend2Env = lab.nodeDir(QStringLiteral("backend-2")) + QStringLiteral("/installer/.env");
    const QByteArray backend2EnvBefore = TestFiles::read(backend2Env);
    const QString certs = lab.labDir() + QStringLiteral("/output/certificates/");
    const QByteArray frontend1CertBefore = TestFiles::read(certs + QStringLiteral("nodes/frontend-1-cert.pem"));

    const QStringList addFrontend{QStringLiteral("add-node"), QStringLiteral("--project"), project, QStringLiteral("--hostname"), QStringLiteral("frontend-3"),
                                  QStringLiteral("--ip"), QStringLiteral("127.0.0.15"), QStringLiteral("--profile"), QStringLiteral("ADDITIONAL_FRONTEND")};
    // --diff shows and changes nothing.
    const Run diff = cli(addFrontend + QStringList{QStringLiteral("--diff")});
    QVERIFY2(diff.exitCode == 0, diff.describe().constData());
    QVERIFY(diff.out.contains(QStringLiteral("== frontend-1\n-- .env: ")));
    QVERIFY(diff.out.contains(QStringLiteral("+frontend3_node_hostname=\"frontend-3\"")));
    QVERIFY(diff.out.contains(QStringLiteral("== backend-2\n-- .env (not applied)")));
    QCOMPARE(TestFiles::read(configPath), configBefore);

    const Run added = cli(addFrontend + QStringList{QStringLiteral("--yes")});
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    QVERIFY(added.out.contains(QStringLiteral("certificates: 2 issued, 6 kept")));
    // The config gained only frontend-3's block.
    const QByteArray configAfter = TestFiles::read(configPath);
    QVERIFY(configAfter.startsWith(configBefore));
    QCOMPARE(configAfter.mid(configBefore.size()).trimmed(),
             QByteArray("frontend3_node_hostname=\"frontend-3\"\nfrontend3_private_ip=\"127.0.0.15\"\nfrontend3_node_profile=\"ADDITIONAL_FRONTEND\""));
    QCOMPARE(TestFiles::read(lab.nodeDir(QStringLiteral("backend-1")) + QStringLiteral("/installer/generate_envs/multi_node_config.conf")), configAfter);
    // The patch ran on frontend-1 and frontend-2 only after frontend-3 was installed, one at a time.
    const QJsonObject steps = QJsonDocument::fromJson(TestFiles::read(lab.labDir() + QStringLiteral("/output/day2/add-frontend-3-journal.json")))
                                  .object()
                                  .value(QStringLiteral("steps"))
                                  .toObject();
    QVERIFY(journalTime(steps, QStringLiteral("frontend-3/check-services"), "finished") <= journalTime(steps, QStringLiteral("frontend-1/patch-new-frontend"), "started"));
    QVERIFY(journalTime(steps, QStringLiteral("frontend-1/check-services"), "finished") <= journalTime(steps, QStringLiteral("frontend-2/patch-new-frontend"), "started"));
    for (const QString &fe : {QStringLiteral("frontend-1"), QStringLiteral("frontend-2")}) {
        const QString node = lab.nodeDir(fe);
        QVERIFY(TestFiles::read(node + QStringLiteral("/installer/.env")).contains("CLUSTER_FRONTEND_HOSTNAMES=\"frontend-1,frontend-2,frontend-3\""));
        QCOMPARE(TestFiles::read(node + QStringLiteral("/installation/state/haproxy-frontends")), QByteArray("frontend-1\nfrontend-2\nfrontend-3\n"));
    }
    QCOMPARE(TestFiles::read(backend2Env), backend2EnvBefore); // the guide does not copy a backend's env file
    QCOMPARE(TestFiles::read(certs + QStringLiteral("nodes/frontend-1-cert.pem")), frontend1CertBefore);
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("verify"), QStringLiteral("-CAfile"), lab.caCertPath(), certs + QStringLiteral("web/frontend-3-web-cert.pem"),
                                              certs + QStringLiteral("nodes/frontend-3-cert.pem")});
    QVERIFY(openssl.waitForFinished());
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    liveAddFrontendScriptReachesTheRunningHaproxy(lab);

    // Again: resumes, nothing to redo.
    const Run again = cli(addFrontend + QStringList{QStringLiteral("--yes")});
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    QVERIFY(again.out.startsWith(QStringLiteral("resuming the addition of frontend-3")));
    QVERIFY(!again.out.contains(QStringLiteral("Patch new-frontend complete")));

    const Run scan = cli({QStringLiteral("add-node"), QStringLiteral("--project"), project, QStringLiteral("--hostname"), QStringLiteral("scan-1"),
                          QStringLiteral("--ip"), QStringLiteral("127.0.0.16"), QStringLiteral("--profile"), QStringLiteral("SCAN"), QStringLiteral("--yes")});
    QVERIFY2(scan.exitCode == 0, scan.describe().constData());
    QCOMPARE(TestFiles::read(configPath), configAfter);
    const Run verified = cli({QStringLiteral("verify"), QStringLiteral("--project"), project});
    QVERIFY2(verified.exitCode == 0, verified.describe().constData());
    QVERIFY(verified.out.contains(QStringLiteral("OK    frontend-3 (ADDITIONAL_FRONTEND): 6/6 services Running")));
    QVERIFY(verified.out.contains(QStringLiteral("OK    scan-1 (SCAN): 2/2 services Running")));

    // Import the running cluster from backend-1 over SSH: the same config, byte for byte, and
    // the same env files rendered from it.
    QStringList import{QStringLiteral("import-cluster"), QStringLiteral("--dir"), lab.tempPath(QStringLiteral("imported")),
                       QStringLiteral("--from"), QStringLiteral("127.0.0.11:") + labPort(lab, QStringLiteral("backend-1")),
                       QStringLiteral("--user"), lab.project.defaults.user, QStringLiteral("--auth"), QStringLiteral("key"),
                       QStringLiteral("--identity"), lab.labDir() + QStringLiteral("/lab-user-key"),
                       QStringLiteral("--ssh-config"), lab.labDir() + QStringLiteral("/ssh_config"),
                       QStringLiteral("--known-hosts"), lab.labDir() + QStringLiteral("/known_hosts"),
                       QStringLiteral("--installer-dir"), lab.nodeDir(QStringLiteral("backend-1")) + QStringLiteral("/installer"),
                       QStringLiteral("--scan-node"), QStringLiteral("scan-1=127.0.0.16"), QStringLiteral("--accept-new-host-keys"),
                       QStringLiteral("--sudo-password-file"), lab.labDir() + QStringLiteral("/sudo-password")};
    for (const QString &host : {QStringLiteral("backend-1"), QStringLiteral("backend-2"), QStringLiteral("frontend-1"), QStringLiteral("frontend-2"),
                                QStringLiteral("frontend-3"), QStringLiteral("scan-1")}) {
        const NodeAccess a = lab.project.nodes.value(host);
        import << QStringLiteral("--node")
               << QStringLiteral("%1:port=%2,installer-dir=%3,installation-dir=%4").arg(host).arg(a.port).arg(a.installerDir, a.installationDir);
    }
    const Run imported = cli(import);
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    QCOMPARE(TestFiles::read(lab.tempPath(QStringLiteral("imported/multi_node_config.conf"))), configAfter);
    for (const QString &line : {QStringLiteral("OK    backend-1 (PRIMARY_FULL_BACKEND): 9/9 services Running"),
                                QStringLiteral("OK    frontend-3 (ADDITIONAL_FRONTEND): 6/6 services Running"),
                                QStringLiteral("OK    scan-1 (SCAN): 2/2 services Running")})
        QVERIFY2(imported.out.contains(line), qPrintable(line));
    QString loadError;
    const std::optional<Project> importedProject = Project::load(lab.tempPath(QStringLiteral("imported/project.json")), &loadError);
    QVERIFY2(importedProject, qPrintable(loadError));
    const std::optional<Project> ours = Project::load(project, &loadError);
    QVERIFY2(ours, qPrintable(loadError));
    const ClusterLoader::Result mine = ours->loadCluster(), theirs = importedProject->loadCluster();
    const QList<RenderedFile> a = EnvRenderer::renderAll(mine.cluster, mine.document), b = EnvRenderer::renderAll(theirs.cluster, theirs.document);
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(b[i].relativePath, a[i].relativePath);
        QCOMPARE(b[i].content, a[i].content);
    }
    QCOMPARE(importedProject->hostKeys.size(), 6); // every node's key pinned as accepted
    QCOMPARE(TestFiles::read(lab.tempPath(QStringLiteral("imported/output/certificates/nodes/frontend-3-cert.pem"))),
             TestFiles::read(certs + QStringLiteral("nodes/frontend-3-cert.pem")));
    QVERIFY(!QFileInfo::exists(lab.tempPath(QStringLiteral("imported/output/certificates/ca/agilesec-rootca-key.pem")))); // never on a node
    lab.stop();
}

QTEST_GUILESS_MAIN(TestDay2)
#include "tst_day2.moc"
