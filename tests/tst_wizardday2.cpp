// Day 2 in the wizard, driven by objectName against the lab's real sshd and HAProxy: frontend-3
// added to a running lab, then the cluster imported from backend-1; and the Maintenance page: a
// rolling restart of the frontends (HAProxy's own view shows each out of rotation while it is
// worked on, and both UP at the end), then a failing command that stops with frontend-2 out
// and is resumed from the page. Each has a lab of its own, one after the other. Screenshots go
// to <build>/tests/screenshots/.
#include "CliRun.h"
#include "ClusterSession.h"
#include "ImportClusterPage.h"
#include "InstallWizard.h"
#include "LabFixture.h"
#include "WizardDriver.h"
#include "WizardWindow.h"
#include "jobs/ClusterImportJob.h"
#include "jobs/ConnectionsJob.h"
#include "jobs/InstallJob.h"
#include "jobs/MaintenanceJob.h"
#include "jobs/VerifyJob.h"
#include "lab/LabEnvironment.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace WizardDriver;

class TestWizardDay2 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { failOnWarnings(); }
    void addsFrontend3ToTheRunningLab();
    void rollsTheFrontendsThenResumesAFailedRun();

private:
    void importFromBackend1(LabFixture &lab);
    void opensTheMaintenancePage(WizardWindow &window);
    void restartsBothFrontends(WizardWindow &window);
    void stopsWithFrontend2OutThenResumes(WizardWindow &window);
    // Rows of a table: "cell0|cell1|..." each.
    static QStringList rows(QTableWidget *table);
    LabFixture m_lab; // the maintenance test's; frontend-3's test has its own before it
};

void TestWizardDay2::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AgileSecTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_wizardday2"));
}

QStringList TestWizardDay2::rows(QTableWidget *table)
{
    QStringList all;
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c)
            cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
        all << cells.join(QLatin1Char('|'));
    }
    return all;
}

void TestWizardDay2::rollsTheFrontendsThenResumesAFailedRun()
{
    const QString error = m_lab.start(QStringLiteral("4"));
    if (error == LabEnvironment::unsupportedReason() && !error.isEmpty())
        QSKIP(qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CliRun install = CliRun::run({QStringLiteral("install"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--yes"), QStringLiteral("--quiet")}, 300000);
    QVERIFY2(install.exitCode == 0, install.describe().constData());
    WizardWindow window;
    QVERIFY(showAtLaptopSize(window));
    for (void (TestWizardDay2::*stage)(WizardWindow &) :
         {&TestWizardDay2::opensTheMaintenancePage, &TestWizardDay2::restartsBothFrontends, &TestWizardDay2::stopsWithFrontend2OutThenResumes}) {
        (this->*stage)(window);
        if (QTest::currentTestFailed())
            return;
    }
    // Then a look at the cluster: every node's services after the maintenance.
    InstallWizard *wizard = window.wizard();
    QSignalSpy verified(window.session()->verify(), &VerifyJob::finished);
    QVERIFY(goNext(wizard));
    QCOMPARE(wizard->currentId(), int(InstallWizard::Verify));
    QVERIFY(verified.wait(120000));
    QCOMPARE(child<QTreeWidget>(wizard, "serviceTree")->topLevelItemCount(), 4);
}

void TestWizardDay2::opensTheMaintenancePage(WizardWindow &window)
{
    InstallWizard *wizard = window.wizard();
    selectRadio(wizard, "maintainRadio");
    QVERIFY(!child<QWidget>(wizard, "exportOnlyCheck")->isEnabled()); // day 2 acts on the nodes
    setText(wizard, "projectFileEdit", m_lab.project.path);
    QVERIFY(goNext(wizard));
    QCOMPARE(wizard->currentId(), int(InstallWizard::Access));
    QSignalSpy checked(window.session()->connections(), &ConnectionsJob::finished);
    QTest::mouseClick(child<QPushButton>(wizard, "testConnectionsButton"), Qt::LeftButton);
    QVERIFY(checked.wait(60000));
    QVERIFY(goNext(wizard));
    QCOMPARE(wizard->currentId(), int(InstallWizard::Maintenance));

    // The frontends are chosen to start with; the steps show before anything runs.
    auto *nodes = child<QListWidget>(wizard, "maintainNodesList");
    QCOMPARE(nodes->count(), 4);
    QStringList checkedNodes;
    for (int i = 0; i < nodes->count(); ++i) {
        if (nodes->item(i)->checkState() == Qt::Checked)
            checkedNodes << nodes->item(i)->data(Qt::UserRole).toString();
    }
    QCOMPARE(checkedNodes, (QStringList{QStringLiteral("frontend-1"), QStringLiteral("frontend-2")}));
    auto *timeline = child<QListWidget>(wizard, "maintenanceTimeline");
    QVERIFY(timeline->count() > 8);
    QVERIFY2(timeline->item(0)->text().contains(QStringLiteral("[frontend-1]")), qPrintable(timeline->item(0)->text()));
    QVERIFY(child<QLabel>(wizard, "maintenanceVerdict")->text().contains(QStringLiteral("Nothing has run yet")));
    QVERIFY(child<QPushButton>(wizard, "startMaintenanceButton")->isEnabled());
    QVERIFY(child<QWidget>(wizard, "resumeMaintenanceButton")->isHidden());
    // The load balancer's own view: both frontends UP on lb-1.
    auto *rotation = child<QTableWidget>(wizard, "rotationTable");
    QVERIFY2(QTest::qWaitFor([&] { return rows(rotation).size() == 2; }, 15000), qPrintable(child<QLabel>(wizard, "rotationNote")->text()));
    QCOMPARE(rows(rotation), (QStringList{QStringLiteral("frontend-1|lb-1|UP|0"), QStringLiteral("frontend-2|lb-1|UP|0")}));
    // A backend alone makes its own steps (the quorum before and after); back to the frontends.
    QTest::mouseClick(child<QPushButton>(wizard, "allBackendsButton"), Qt::LeftButton);
    QVERIFY(timeline->item(0)->text().contains(QStringLiteral("[backend-1]")));
    bool quorum = false;
    for (int i = 0; i < timeline->count(); ++i)
        quorum = quorum || timeline->item(i)->text().contains(QStringLiteral("quorum"), Qt::CaseInsensitive);
    QVERIFY(quorum);
    QTest::mouseClick(child<QPushButton>(wizard, "allFrontendsButton"), Qt::LeftButton);
    QVERIFY(timeline->item(0)->text().contains(QStringLiteral("[frontend-1]")));
    saveScreenshot(&window, QStringLiteral("13-maintenance-plan.png"));
}

void TestWizardDay2::restartsBothFrontends(WizardWindow &window)
{
    InstallWizard *wizard = window.wizard();
    auto *rotation = child<QTableWidget>(wizard, "rotationTable");
    auto *progress = child<QTableWidget>(wizard, "maintenanceProgressTable");
    QSignalSpy finished(window.session()->maintenance(), &MaintenanceJob::finished);
    // What the page shows while it runs, sampled as the user would see it.
    QSet<QString> seenInRotationTable;
    QStringList stagesSeen;
    bool shotWhileOut = false;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] {
        for (const QString &row : rows(rotation))
            seenInRotationTable.insert(row.section(QLatin1Char('|'), 0, 0) + QLatin1Char(' ') + row.section(QLatin1Char('|'), 2, 2));
        for (const QString &row : rows(progress)) {
            const QString stage = row.section(QLatin1Char('|'), 0, 0) + QLatin1Char(' ') + row.section(QLatin1Char('|'), 2, 2);
            if (stagesSeen.isEmpty() || stagesSeen.last() != stage)
                stagesSeen << stage;
            if (!shotWhileOut && row.startsWith(QLatin1String("frontend-2|")) && row.section(QLatin1Char('|'), 2, 2) == QLatin1String("working")) {
                shotWhileOut = true;
                saveScreenshot(&window, QStringLiteral("13-maintenance-running.png"));
            }
        }
    });
    sampler.start(50);
    QTest::mouseClick(child<QPushButton>(wizard, "startMaintenanceButton"), Qt::LeftButton);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // a running maintenance holds the page
    QVERIFY(child<QPushButton>(wizard, "stopMaintenanceButton")->isEnabled());
    QVERIFY(finished.wait(180000));
    sampler.stop();
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(child<QLabel>(wizard, "maintenanceVerdict")->text().startsWith(QStringLiteral("Maintenance complete")));
    // The load balancer's own view showed each frontend out of rotation, then both back UP.
    for (const QString &fe : {QStringLiteral("frontend-1"), QStringLiteral("frontend-2")}) {
        QVERIFY2(seenInRotationTable.contains(fe + QStringLiteral(" MAINT")) || seenInRotationTable.contains(fe + QStringLiteral(" DRAIN")),
                 qPrintable(QStringList(seenInRotationTable.values()).join(QStringLiteral(", "))));
        QVERIFY2(stagesSeen.contains(fe + QStringLiteral(" working")), qPrintable(stagesSeen.join(QStringLiteral(", "))));
    }
    QVERIFY2(QTest::qWaitFor([&] { return rows(rotation) == QStringList{QStringLiteral("frontend-1|lb-1|UP|0"), QStringLiteral("frontend-2|lb-1|UP|0")}; }, 10000),
             qPrintable(rows(rotation).join(QStringLiteral(", "))));
    QCOMPARE(progress->item(0, 2)->text(), QStringLiteral("done, back in rotation"));
    QCOMPARE(progress->item(1, 2)->text(), QStringLiteral("done, back in rotation"));
    // Never two out at once: frontend-1 was done before frontend-2 was worked on.
    QVERIFY(stagesSeen.indexOf(QStringLiteral("frontend-1 done, back in rotation")) < stagesSeen.indexOf(QStringLiteral("frontend-2 working")));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    saveScreenshot(&window, QStringLiteral("13-maintenance-done.png"));
}

void TestWizardDay2::stopsWithFrontend2OutThenResumes(WizardWindow &window)
{
    InstallWizard *wizard = window.wizard();
    // The command fails on frontend-2 while a file there says so; each run is counted on the node.
    const QString failFlag = m_lab.nodeDir(QStringLiteral("frontend-2")) + QStringLiteral("/installer/maintain-fail");
    TestFiles::write(failFlag, "disk full\n");
    auto *work = child<QComboBox>(wizard, "maintainWorkCombo");
    work->setCurrentIndex(work->findData(int(MaintenanceRequest::Work::Run)));
    QVERIFY(!child<QPushButton>(wizard, "startMaintenanceButton")->isEnabled()); // no command yet
    setText(wizard, "maintainCommandEdit", QStringLiteral("echo ran >> maintain-runs.log; if test -e maintain-fail; then echo \"it's $(cat maintain-fail)\" >&2; exit 3; fi"));
    QSignalSpy finished(window.session()->maintenance(), &MaintenanceJob::finished);
    QTest::mouseClick(child<QPushButton>(wizard, "startMaintenanceButton"), Qt::LeftButton);
    QVERIFY(finished.wait(180000));
    QVERIFY(!finished.first().at(0).toBool());
    const QString verdict = child<QLabel>(wizard, "maintenanceVerdict")->text();
    QVERIFY2(verdict.startsWith(QStringLiteral("MAINTENANCE STOPPED: stopped at Work on frontend-2")), qPrintable(verdict));
    QVERIFY2(verdict.contains(QStringLiteral("frontend-2: OUT OF ROTATION (stopped here)")), qPrintable(verdict));
    auto *progress = child<QTableWidget>(wizard, "maintenanceProgressTable");
    QCOMPARE(progress->item(1, 2)->text(), QStringLiteral("STOPPED HERE"));
    // The work's own output is in the timeline.
    auto *timeline = child<QListWidget>(wizard, "maintenanceTimeline");
    QVERIFY(!timeline->findItems(QStringLiteral("frontend-2: it's disk full"), Qt::MatchContains).isEmpty());
    auto *rotation = child<QTableWidget>(wizard, "rotationTable");
    QVERIFY2(QTest::qWaitFor([&] { return rows(rotation).value(1).startsWith(QStringLiteral("frontend-2|lb-1|MAINT")); }, 10000),
             qPrintable(rows(rotation).join(QStringLiteral(", "))));
    // Only the unfinished run can go on: Start is refused until it is resumed.
    QVERIFY(!child<QWidget>(wizard, "resumeMaintenanceButton")->isHidden());
    QVERIFY(child<QLabel>(wizard, "maintainUnfinishedLabel")->text().contains(QStringLiteral("did not finish")));
    QVERIFY(!child<QPushButton>(wizard, "startMaintenanceButton")->isEnabled());
    saveScreenshot(&window, QStringLiteral("13-maintenance-stopped.png"));

    QFile::remove(failFlag);
    finished.clear();
    QTest::mouseClick(child<QPushButton>(wizard, "resumeMaintenanceButton"), Qt::LeftButton);
    QVERIFY(finished.wait(180000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(child<QWidget>(wizard, "resumeMaintenanceButton")->isHidden());
    QVERIFY2(QTest::qWaitFor([&] { return rows(rotation).value(1) == QStringLiteral("frontend-2|lb-1|UP|0"); }, 10000),
             qPrintable(rows(rotation).join(QStringLiteral(", "))));
    // frontend-1's finished work did not run again; frontend-2's failed one ran once more.
    QCOMPARE(TestFiles::read(m_lab.nodeDir(QStringLiteral("frontend-1")) + QStringLiteral("/installer/maintain-runs.log")), QByteArray("ran\n"));
    QCOMPARE(TestFiles::read(m_lab.nodeDir(QStringLiteral("frontend-2")) + QStringLiteral("/installer/maintain-runs.log")), QByteArray("ran\nran\n"));
}

void TestWizardDay2::addsFrontend3ToTheRunningLab()
{
    // A running 4-node lab (installed from the CLI) with a spare machine for frontend-3.
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("4"), {QStringLiteral("frontend-3=ADDITIONAL_FRONTEND")});
    if (error == LabEnvironment::unsupportedReason() && !error.isEmpty())
        QSKIP(qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CliRun install = CliRun::run({QStringLiteral("install"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--yes"), QStringLiteral("--quiet")});
    QVERIFY2(install.exitCode == 0, install.describe().constData());
    const QByteArray configBefore = TestFiles::read(lab.labDir() + QStringLiteral("/multi_node_config.conf"));

    WizardWindow window;
    QVERIFY(showAtLaptopSize(window));
    InstallWizard *wizard = window.wizard();

    // Welcome: add a node to the project's running cluster.
    selectRadio(wizard, "addNodeRadio");
    setText(wizard, "projectFileEdit", lab.project.path);
    QVERIFY(goNext(wizard));
    QCOMPARE(wizard->currentId(), int(InstallWizard::AddNode));

    // The new node: the next free frontend name is suggested; a taken address is refused,
    // named, and Next stays disabled.
    QCOMPARE(child<QLineEdit>(wizard, "newNodeHostnameEdit")->text(), QStringLiteral("frontend-3"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    setText(wizard, "newNodeAddressEdit", QStringLiteral("127.0.0.13"));
    QTest::mouseClick(child<QPushButton>(wizard, "showChangesButton"), Qt::LeftButton);
    QVERIFY2(child<QLabel>(wizard, "addNodeMessage")->text().contains(QStringLiteral("IP 127.0.0.13 of frontend-3 is already frontend-1's")),
             qPrintable(child<QLabel>(wizard, "addNodeMessage")->text()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    setText(wizard, "newNodeAddressEdit", QStringLiteral("127.0.0.15"));
    QTest::mouseClick(child<QPushButton>(wizard, "showChangesButton"), Qt::LeftButton);
    auto *changes = child<QTreeWidget>(wizard, "changesTree");
    QStringList nodes;
    for (int i = 0; i < changes->topLevelItemCount(); ++i)
        nodes << changes->topLevelItem(i)->text(0);
    QCOMPARE(nodes, (QStringList{"backend-1", "backend-2", "frontend-1", "frontend-2", "frontend-3"}));
    // Selecting frontend-1's .env shows its diff.
    QTreeWidgetItem *frontend1 = changes->topLevelItem(2);
    QCOMPARE(frontend1->child(0)->text(0), QStringLiteral(".env"));
    changes->setCurrentItem(frontend1->child(0));
    QVERIFY(child<QPlainTextEdit>(wizard, "changeDiffView")->toPlainText().contains(QStringLiteral("+CLUSTER_FRONTEND_HOSTNAMES=\"frontend-1,frontend-2,frontend-3\"")));
    QCOMPARE(changes->topLevelItem(1)->child(0)->text(1), QStringLiteral("no")); // backend-2's .env: not copied, as in the guide
    QVERIFY(child<QLabel>(wizard, "addNodeMessage")->text().contains(QStringLiteral("Patch frontend-2 for the new frontend")));
    QCOMPARE(TestFiles::read(lab.labDir() + QStringLiteral("/multi_node_config.conf")), configBefore); // nothing written yet
    saveScreenshot(&window, QStringLiteral("12-add-node.png"));
    QVERIFY(goNext(wizard));

    // Access: every node, the new one included, tested.
    QCOMPARE(wizard->currentId(), int(InstallWizard::Access));
    QSignalSpy checked(window.session()->connections(), &ConnectionsJob::finished);
    QTest::mouseClick(child<QPushButton>(wizard, "testConnectionsButton"), Qt::LeftButton);
    QVERIFY(checked.wait(60000));
    QVERIFY2(QTest::qWaitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }, 5000),
             qPrintable(child<QLabel>(wizard, "accessProblem")->text()));
    QCOMPARE(child<QTableWidget>(wizard, "connectionTable")->rowCount(), 5);
    QVERIFY(goNext(wizard));

    // Review, then Install: the expansion's phases, frontend-3 installed before the patches.
    QCOMPARE(wizard->currentId(), int(InstallWizard::Review));
    // The config against what is on backend-1 now: only frontend-3's block is new.
    auto *reviewFiles = child<QListWidget>(wizard, "renderedFileList");
    QVERIFY(reviewFiles->item(0)->text().contains(QStringLiteral("backend-1")));
    reviewFiles->setCurrentRow(0);
    auto *viewer = child<QPlainTextEdit>(wizard, "renderedFileView");
    QVERIFY2(QTest::qWaitFor([&] { return viewer->toPlainText().contains(QStringLiteral("+frontend3_node_hostname=\"frontend-3\"")); }, 30000),
             qPrintable(viewer->toPlainText()));
    QVERIFY(!viewer->toPlainText().contains(QStringLiteral("\n-")));
    saveScreenshot(&window, QStringLiteral("12-add-node-review.png"));
    QSignalSpy finished(window.session()->install(), &InstallJob::finished);
    QVERIFY(goNext(wizard));
    QCOMPARE(wizard->currentId(), int(InstallWizard::Install));
    QVERIFY(finished.wait(180000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    auto *tree = child<QTreeWidget>(wizard, "installTree");
    QCOMPARE(tree->topLevelItemCount(), 4);
    QVERIFY(tree->topLevelItem(1)->text(0).contains(QStringLiteral("Install frontend-3")));
    QVERIFY(tree->topLevelItem(2)->text(0).contains(QStringLiteral("Patch frontend-1")));
    saveScreenshot(&window, QStringLiteral("12-add-node-installed.png"));
    QVERIFY(TestFiles::read(lab.labDir() + QStringLiteral("/multi_node_config.conf")).startsWith(configBefore));
    QVERIFY(QFileInfo::exists(lab.labDir() + QStringLiteral("/output/day2/add-frontend-3-journal.json")));
    QCOMPARE(TestFiles::read(lab.nodeDir(QStringLiteral("frontend-2")) + QStringLiteral("/installation/state/haproxy-frontends")),
             QByteArray("frontend-1\nfrontend-2\nfrontend-3\n"));
    QVERIFY(goNext(wizard));

    // Verify: five nodes now.
    QCOMPARE(wizard->currentId(), int(InstallWizard::Verify));
    QSignalSpy verified(window.session()->verify(), &VerifyJob::finished);
    QVERIFY(verified.wait(120000));
    QCOMPARE(child<QTreeWidget>(wizard, "serviceTree")->topLevelItemCount(), 5);
    importFromBackend1(lab);
    lab.stop();
}

void TestWizardDay2::importFromBackend1(LabFixture &lab)
{
    // The same running cluster imported from backend-1 over SSH into a new project: the host
    // key is asked for, the config arrives byte for byte.
    WizardWindow second;
    QVERIFY(showAtLaptopSize(second));
    InstallWizard *importWizard = second.wizard();
    selectRadio(importWizard, "importFromNodeRadio");
    setText(importWizard, "projectFolderEdit", lab.tempPath(QStringLiteral("imported")));
    QVERIFY(goNext(importWizard));
    QCOMPARE(importWizard->currentId(), int(InstallWizard::ImportCluster));
    auto *importPage = child<ImportClusterPage>(importWizard, "importClusterPage");
    QList<ConnectionCheck> asked;
    importPage->setHostKeyPrompt([&](const ConnectionCheck &check) {
        asked << check;
        return true;
    });
    const NodeAccess backend1 = lab.project.nodes.value(QStringLiteral("backend-1"));
    setText(importWizard, "importHostEdit", QStringLiteral("127.0.0.11"));
    child<QSpinBox>(importWizard, "importPortSpin")->setValue(backend1.port);
    setText(importWizard, "importUserEdit", lab.project.defaults.user);
    auto *auth = child<QComboBox>(importWizard, "importAuthCombo");
    auth->setCurrentIndex(auth->findData(QStringLiteral("key")));
    setText(importWizard, "importIdentityEdit", lab.labDir() + QStringLiteral("/lab-user-key"));
    setText(importWizard, "importInstallerDirEdit", backend1.installerDir);
    QSignalSpy imported(second.session()->clusterImport(), &ClusterImportJob::finished);
    QTest::mouseClick(child<QPushButton>(importWizard, "importButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !imported.isEmpty() && imported.last().at(0).toBool(); }, 60000));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().hostKey, ConnectionCheck::HostKey::Unknown);
    QCOMPARE(asked.first().fingerprint, lab.project.hostKeys.value(Project::hostKeyId(QStringLiteral("127.0.0.11"), backend1.port)));
    QVERIFY(child<QLabel>(importWizard, "importMessage")->text().contains(QStringLiteral("5 node(s) in the project")));
    saveScreenshot(&second, QStringLiteral("13-import-from-backend-1.png"));
    QCOMPARE(TestFiles::read(lab.tempPath(QStringLiteral("imported/multi_node_config.conf"))),
             TestFiles::read(lab.labDir() + QStringLiteral("/multi_node_config.conf")));
    QVERIFY(goNext(importWizard));
    QCOMPARE(importWizard->currentId(), int(InstallWizard::Topology));
    QCOMPARE(child<QTableWidget>(importWizard, "nodeTable")->rowCount(), 5);
}

QTEST_MAIN(TestWizardDay2)
#include "tst_wizardday2.moc"
