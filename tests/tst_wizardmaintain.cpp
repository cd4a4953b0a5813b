// The wizard's Maintenance page driven by objectName against the lab's real sshd and HAProxy: a
// rolling restart of the frontends (HAProxy's own view shows each out of rotation while it is
// worked on, and both UP at the end), then a failing command that stops with frontend-2 out
// and is resumed from the page. Screenshots go to <build>/tests/screenshots/.
#include "CliRun.h"
#include "ClusterSession.h"
#include "InstallWizard.h"
#include "LabFixture.h"
#include "WizardDriver.h"
#include "WizardWindow.h"
#include "jobs/ConnectionsJob.h"
#include "jobs/MaintenanceJob.h"
#include "jobs/VerifyJob.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace WizardDriver;

class TestWizardMaintain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { failOnWarnings(); }
    void rollsTheFrontendsThenResumesAFailedRun();

private:
    void opensTheMaintenancePage(WizardWindow &window);
    void restartsBothFrontends(WizardWindow &window);
    void stopsWithFrontend2OutThenResumes(WizardWindow &window);
    // Rows of a table: "cell0|cell1|..." each.
    static QStringList rows(QTableWidget *table);
    LabFixture m_lab;
    QString m_labError;
};

void TestWizardMaintain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AgileSecTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_wizardmaintain"));
    m_labError = m_lab.start(QStringLiteral("4"));
    if (!m_labError.isEmpty())
        return;
    const CliRun install = CliRun::run({QStringLiteral("install"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--yes"), QStringLiteral("--quiet")}, 300000);
    if (install.exitCode != 0)
        m_labError = QString::fromUtf8(install.describe());
}

QStringList TestWizardMaintain::rows(QTableWidget *table)
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

void TestWizardMaintain::rollsTheFrontendsThenResumesAFailedRun()
{
    if (!m_labError.isEmpty())
        QSKIP(qPrintable(m_labError));
    WizardWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (void (TestWizardMaintain::*stage)(WizardWindow &) :
         {&TestWizardMaintain::opensTheMaintenancePage, &TestWizardMaintain::restartsBothFrontends, &TestWizardMaintain::stopsWithFrontend2OutThenResumes}) {
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

void TestWizardMaintain::opensTheMaintenancePage(WizardWindow &window)
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

void TestWizardMaintain::restartsBothFrontends(WizardWindow &window)
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

void TestWizardMaintain::stopsWithFrontend2OutThenResumes(WizardWindow &window)
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

QTEST_MAIN(TestWizardMaintain)
#include "tst_wizardmaintain.moc"
