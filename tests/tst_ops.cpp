#include "TestFiles.h"
#include "ops/AccessCheck.h"
#include "ops/AnsibleProgress.h"
#include "export/AnsibleRenderer.h"
#include "ops/HostKeyPinning.h"
#include "ops/PlanRun.h"
#include "ops/PlanText.h"
#include "plan/InstallPlanBuilder.h"
#include "project/Project.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// installer/ops on its own: the rules both faces share, with no node involved (the lab
// scenarios drive the same classes through the CLI and the wizard).
class TestOps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pinsAreSavedAtOnce();
    void anUnsavedPinIsAWarningNotAFailure();
    void aProjectWithoutAFileKeepsPinsInMemory();
    void onlyExplicitlyAcceptedKeysArePinned();
    void nodeSelectionRefusesUnknownNames();
    void dryRunListsThePlansOwnCommands();
    void executorSettingsAreAssembledOnce();
    void ansibleOutputBecomesTheExecutorsRows();
};

namespace {
Project project(const QString &path)
{
    Project p;
    p.path = path;
    p.configFile = QStringLiteral(EXAMPLES_DIR "/four-node.conf");
    return p;
}

QList<NodeTarget> targets(const QStringList &names)
{
    QList<NodeTarget> list;
    for (const QString &n : names)
        list << NodeTarget{n, Profile::FullBackend, {}, {}};
    return list;
}
} // namespace

void TestOps::pinsAreSavedAtOnce()
{
    QTemporaryDir dir;
    Project p = project(dir.filePath(QStringLiteral("project.json")));
    QVERIFY(HostKeyPinning::pin(&p, {{QStringLiteral("10.0.1.11:22"), QStringLiteral("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s")}}).isEmpty());
    QString error;
    const std::optional<Project> saved = Project::load(p.path, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->hostKeys.value(QStringLiteral("10.0.1.11:22")), QStringLiteral("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"));
}

void TestOps::anUnsavedPinIsAWarningNotAFailure()
{
    // The one rule: the pin stays in memory, the warning names the file and says what follows.
    Project p = project(QStringLiteral("/nonexistent-dir-for-tst-ops/project.json"));
    const QString warning = HostKeyPinning::pin(&p, {{QStringLiteral("10.0.1.11:22"), QStringLiteral("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s")}});
    QVERIFY2(warning.startsWith(QStringLiteral("could not pin the accepted host keys in /nonexistent-dir-for-tst-ops/project.json: ")), qPrintable(warning));
    QVERIFY(warning.endsWith(QStringLiteral("(they will be asked for again)")));
    QCOMPARE(p.hostKeys.value(QStringLiteral("10.0.1.11:22")), QStringLiteral("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"));
}

void TestOps::aProjectWithoutAFileKeepsPinsInMemory()
{
    Project p = project({});
    QVERIFY(HostKeyPinning::pin(&p, {{QStringLiteral("h:22"), QStringLiteral("SHA256:x")}}).isEmpty());
    QCOMPARE(p.hostKeys.size(), 1);
    QVERIFY(HostKeyPinning::pin(&p, {}).isEmpty());
}

void TestOps::onlyExplicitlyAcceptedKeysArePinned()
{
    ConnectionCheck accepted;
    accepted.hostKeyId = QStringLiteral("a:22");
    accepted.fingerprint = QStringLiteral("SHA256:a");
    accepted.shouldPin = true;
    ConnectionCheck known = accepted;
    known.hostKeyId = QStringLiteral("b:22");
    known.shouldPin = false; // already pinned or in known_hosts
    const QHash<QString, QString> pins = HostKeyPinning::acceptedIn({accepted, known});
    QCOMPARE(pins, (QHash<QString, QString>{{QStringLiteral("a:22"), QStringLiteral("SHA256:a")}}));
}

void TestOps::nodeSelectionRefusesUnknownNames()
{
    const QList<NodeTarget> all = targets({QStringLiteral("backend-1"), QStringLiteral("backend-2"), QStringLiteral("frontend-1")});
    QString error;
    QCOMPARE(AccessCheck::select(all, {}, &error).size(), 3);
    const QList<NodeTarget> two = AccessCheck::select(all, {QStringLiteral("frontend-1"), QStringLiteral("backend-1")}, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.first().hostname, QStringLiteral("backend-1")); // the cluster's order
    QVERIFY(AccessCheck::select(all, {QStringLiteral("backend-1"), QStringLiteral("backend-9")}, &error).isEmpty());
    QCOMPARE(error, QStringLiteral("--node backend-9: no such node in the cluster"));
    QVERIFY(!AccessCheck::allOk({}));
}

void TestOps::dryRunListsThePlansOwnCommands()
{
    const Project p = project({});
    const ClusterLoader::Result loaded = p.loadCluster();
    QVERIFY(loaded.ok());
    const InstallPlan plan = InstallPlanBuilder::build(loaded.cluster, p.planOptions());
    const QString text = PlanText::dryRun(plan);
    QVERIFY(text.startsWith(QStringLiteral("# dry run: %1 nodes, %2 phases, %3 steps; nothing is changed\n").arg(plan.nodeCount()).arg(plan.phases.size()).arg(plan.stepCount())));
    int commands = 0;
    for (const PlanPhase &phase : plan.phases) {
        QVERIFY(text.contains(QStringLiteral("# phase %1: %2\n").arg(phase.index).arg(phase.title)));
        for (const PlanNode &node : phase.nodes) {
            for (const PlanStep &step : node.steps) {
                QVERIFY2(text.contains(step.command), qPrintable(step.command));
                ++commands;
            }
        }
    }
    QCOMPARE(commands, plan.stepCount());
    QVERIFY(text.contains(QStringLiteral("# stdin: the admin password")));
    const QString order = PlanText::order(plan);
    QCOMPARE(order.count(QLatin1Char('\n')), int(plan.phases.size()));
}

void TestOps::executorSettingsAreAssembledOnce()
{
    QTemporaryDir dir;
    const Project p = project(dir.filePath(QStringLiteral("project.json")));
    PlanRun::Options options;
    ExecutorSettings s = PlanRun::settings(p, QStringLiteral("/stage"), options);
    QCOMPARE(s.stagingDir, QStringLiteral("/stage"));
    QCOMPARE(s.journalPath, p.journalPath());
    QCOMPARE(s.logDir, p.logDir());
    QCOMPARE(s.maxParallelNodes, ExecutorSettings().maxParallelNodes);
    QVERIFY(!s.waitForDecision);
    options.journalPath = QStringLiteral("/day2/add-frontend-3-journal.json");
    options.kafkaWatchIntervalMs = 0;
    options.waitForDecision = true;
    s = PlanRun::settings(p, QStringLiteral("/stage"), options);
    QCOMPARE(s.journalPath, options.journalPath);
    QCOMPARE(s.kafkaWatchIntervalMs, 0);
    QVERIFY(s.waitForDecision);
}

QTEST_GUILESS_MAIN(TestOps)
// Ansible's default output for the exported playbook, as ansible-playbook 2.14 prints it,
// read back into the executor's rows: the counts, titles and states the Install page paints.
void TestOps::ansibleOutputBecomesTheExecutorsRows()
{
    const Project p = project({});
    const ClusterLoader::Result loaded = p.loadCluster();
    QVERIFY(loaded.ok());
    const InstallPlan plan = InstallPlanBuilder::build(loaded.cluster, p.planOptions());
    const PlanPhase &phase = plan.phases.at(0); // every node: the others' rows can be seen stopping
    const PlanNode &node = phase.nodes.at(0);
    QVERIFY(node.steps.size() >= 2);
    AnsibleOutputReader reader(plan);
    AnsibleProgress progress(plan);
    QList<NodeProgress> rows;
    const auto feed = [&](const QString &line) {
        for (const AnsibleOutputReader::Event &e : reader.read(line))
            rows << progress.apply(e, 1000);
    };
    const auto taskLine = [&](const PlanStep &step) {
        const QString slot = AnsibleRenderer::slot(phase.index, step);
        return QStringLiteral("TASK [Phase %1 %2: %3] ****").arg(phase.index).arg(slot.mid(slot.indexOf(QLatin1Char('_')) + 1), step.title);
    };
    feed(QStringLiteral("PLAY [Phase %1: %2] ****").arg(phase.index).arg(phase.title));
    QVERIFY(rows.isEmpty());
    feed(taskLine(node.steps.at(0)));
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.size(), int(phase.nodes.size())); // the task runs the step on every node that has it
    for (const NodeProgress &r : std::as_const(rows)) {
        QCOMPARE(r.state, NodeProgress::State::Running);
        QCOMPARE(r.phase, phase.index);
        QCOMPARE(r.stepIndex, 1);
    }
    rows.clear();
    feed(QStringLiteral("changed: [%1]").arg(node.hostname));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).hostname, node.hostname);
    QCOMPARE(rows.at(0).stepCount, int(node.steps.size()));
    QCOMPARE(rows.at(0).percent, 100 / int(node.steps.size()));
    rows.clear();
    feed(taskLine(node.steps.at(1)));
    feed(QStringLiteral("fatal: [%1]: FAILED! => {\"changed\": true, \"msg\": \"non-zero return code\", \"stdout\": \"a\\nthe last line\"}").arg(node.hostname));
    const auto failed = std::find_if(rows.cbegin(), rows.cend(), [&](const NodeProgress &r) { return r.hostname == node.hostname && r.state == NodeProgress::State::Failed; });
    QVERIFY(failed != rows.cend());
    QCOMPARE(failed->stepIndex, 2);
    QCOMPARE(failed->stepTitle, node.steps.at(1).title);
    QVERIFY2(failed->message.contains(QStringLiteral("the last line")), qPrintable(failed->message));
    // The other nodes of the phase were running when the playbook stopped: they say why.
    const QList<NodeProgress> stopped = progress.finish(false, QStringLiteral("ansible-playbook ended with exit status 2"));
    QCOMPARE(stopped.size(), int(phase.nodes.size()) - 1);
    for (const NodeProgress &r : stopped) {
        QCOMPARE(r.state, NodeProgress::State::Failed);
        QVERIFY2(r.message.contains(node.hostname), qPrintable(r.message));
    }
}

#include "tst_ops.moc"
