#include "AccessPage.h"
#include "HostKeyDialog.h"
#include "CliRun.h"
#include "ClusterSession.h"
#include "ImportClusterPage.h"
#include "InstallPage.h"
#include "InstallWizard.h"
#include "RowProgressDelegate.h"
#include "LabFixture.h"
#include "WizardDriver.h"
#include "WizardWindow.h"
#include "jobs/CertificatesJob.h"
#include "jobs/ClusterImportJob.h"
#include "jobs/ConnectionsJob.h"
#include "jobs/DrillJob.h"
#include "jobs/InstallJob.h"
#include "jobs/LabJob.h"
#include "jobs/PreflightJob.h"
#include "jobs/VerifyJob.h"
#include "lab/LabEnvironment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QProcess>
#include <QtTest>
#include <csignal>

using namespace WizardDriver;

// The wizard driven by objectName against the lab's real sshd: a whole 4-node install from the
// welcome page to the finish, and an install with Ansible (day 2: tst_wizardday2).
// A screenshot of every page goes to <build>/tests/screenshots/.
class TestWizardLab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { WizardDriver::failOnWarnings(); }
    void installsTheFourNodeLabEndToEnd();
    void installsWithAnsibleFromTheReviewPage();
    void cleanupTestCase();

private:
    // The stages of the end-to-end install, each on the page the previous one left.
    void startsTheLab(WizardWindow &window);
    void acceptsAForgottenHostKey(WizardWindow &window);
    void asksOnceForAJumpHostKey(WizardWindow &window);
    void issuesCertificatesAndPassesPreflight(WizardWindow &window);
    void installsWithOneRetry(WizardWindow &window);
    void verifiesDrillsAndFinishes(WizardWindow &window);

    QTemporaryDir m_dir;
    QString m_labDir;
};

void TestWizardLab::initTestCase()
{
    // Settings of a test run never touch the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AgileSecTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_wizardlab"));
    m_labDir = m_dir.filePath(QStringLiteral("lab"));
}

void TestWizardLab::cleanupTestCase()
{
    if (QFileInfo::exists(m_labDir + QStringLiteral("/lab.json"))) {
        QStringList stopped;
        LabEnvironment::down(m_labDir, &stopped);
    }
}

void TestWizardLab::installsTheFourNodeLabEndToEnd()
{
    const QString unsupported = LabEnvironment::unsupportedReason();
    if (!unsupported.isEmpty())
        QSKIP(qPrintable(unsupported));
    WizardWindow window;
    window.session()->lab()->setDefaults(QStringLiteral(AGILESEC_BINARY), QStringLiteral("0.02"));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    for (void (TestWizardLab::*stage)(WizardWindow &) : {&TestWizardLab::startsTheLab, &TestWizardLab::asksOnceForAJumpHostKey, &TestWizardLab::acceptsAForgottenHostKey,
                                                         &TestWizardLab::issuesCertificatesAndPassesPreflight, &TestWizardLab::installsWithOneRetry,
                                                         &TestWizardLab::verifiesDrillsAndFinishes}) {
        (this->*stage)(window);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestWizardLab::startsTheLab(WizardWindow &window)
{
    InstallWizard *wizard = window.wizard();
    // 1. Welcome: start the lab.
    selectRadio(wizard, "labRadio");
    auto *labTopology = child<QComboBox>(wizard, "labTopologyCombo");
    labTopology->setCurrentIndex(labTopology->findData(QStringLiteral("4")));
    setText(wizard, "labFolderEdit", m_labDir);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto *stopLab = child<QPushButton>(wizard, "stopLabButton");
    QVERIFY(!stopLab->isEnabled());
    // Started with a busy bar and each node's line as it comes up; stopped with Stop lab; started again.
    for (int round = 0; round < 2; ++round) {
        QSignalSpy labUp(window.session()->lab(), &LabJob::finished);
        QSignalSpy lines(window.session()->lab(), &LabJob::progressLine);
        QTest::mouseClick(child<QPushButton>(wizard, "startLabButton"), Qt::LeftButton);
        QVERIFY(child<QProgressBar>(wizard, "labProgress")->isVisible());
        QVERIFY(labUp.wait(120000));
        QVERIFY2(labUp.first().at(0).toBool(), qPrintable(labUp.first().at(1).toString()));
        QVERIFY2(lines.count() >= 4 + 1, qPrintable(QString::number(lines.count()))); // each node's sshd, then the load balancer
        QVERIFY(stopLab->isEnabled());
        if (round == 1)
            break;
        QSignalSpy labDown(window.session()->lab(), &LabJob::stopped);
        QTest::mouseClick(stopLab, Qt::LeftButton);
        QVERIFY(labDown.wait(60000));
        QVERIFY2(labDown.first().at(0).toBool(), qPrintable(labDown.first().at(1).toString()));
        QVERIFY(!LabEnvironment::isRunning(m_labDir));
        QVERIFY(!stopLab->isEnabled());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    }
    saveScreenshot(&window, QStringLiteral("01-welcome-lab.png"));
    QVERIFY(goNext(wizard));

    // 2. Topology: the lab's 4 nodes.
    QCOMPARE(child<QTableWidget>(wizard, "nodeTable")->rowCount(), 4);
    saveScreenshot(&window, QStringLiteral("02-topology.png"));
    QVERIFY(goNext(wizard));

}

void TestWizardLab::asksOnceForAJumpHostKey(WizardWindow &window)
{
    // Every node through backend-2's sshd as a bastion whose key is not pinned: one question,
    // about the jump host by its own name; accepted, every node is reached through it.
    InstallWizard *wizard = window.wizard();
    QCOMPARE(wizard->currentId(), int(InstallWizard::Access));
    auto *access = child<AccessPage>(wizard, "accessPage");
    const Node *backend2 = window.session()->cluster().findByHostname(QStringLiteral("backend-2"));
    QVERIFY(backend2);
    const SshEndpoint bastion = window.session()->project().endpointFor(*backend2);
    const QString bastionId = Project::hostKeyId(bastion.host, bastion.port);
    const QString pinned = window.session()->project().hostKeys.value(bastionId);
    const Project original = window.session()->project();
    const auto reopen = [&](const Project &edited) {
        QVERIFY(edited.save().isEmpty());
        QString error;
        QVERIFY2(window.session()->openProject(edited.path, &error), qPrintable(error));
        access->initializePage();
    };
    Project edited = original;
    edited.hostKeys.remove(bastionId);
    edited.defaults.proxyJump = bastionId;
    reopen(edited);
    QCOMPARE(child<QLineEdit>(wizard, "proxyJumpEdit")->text(), bastionId);
    QList<ConnectionCheck> asked;
    access->setHostKeyPrompt([&](const ConnectionCheck &check) {
        asked << check;
        if (asked.size() == 1) {
            HostKeyDialog dialog(check, access);
            saveScreenshot(&dialog, QStringLiteral("03-jump-host-key.png"));
        }
        return true;
    });
    QSignalSpy checked(window.session()->connections(), &ConnectionsJob::finished);
    QTest::mouseClick(child<QPushButton>(wizard, "testConnectionsButton"), Qt::LeftButton);
    QVERIFY(checked.wait(60000));
    QVERIFY(checked.wait(60000)); // the re-test with the jump host's key pinned
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().jumpHost, bastionId);
    QCOMPARE(asked.first().fingerprint, pinned);
    QCOMPARE(window.session()->project().hostKeys.value(bastionId), pinned);
    QVERIFY2(QTest::qWaitFor([&] { return window.session()->connections()->allOk(); }, 5000), qPrintable(child<QLabel>(wizard, "accessProblem")->text()));
    for (const ConnectionCheck &c : window.session()->connections()->checks())
        QVERIFY2(c.destination.endsWith(QStringLiteral(" through ") + bastionId), qPrintable(c.destination));
    saveScreenshot(&window, QStringLiteral("03-access-through-a-jump-host.png"));
    reopen(original); // the rest of the install goes direct
}

void TestWizardLab::acceptsAForgottenHostKey(WizardWindow &window)
{
    InstallWizard *wizard = window.wizard();
    // 3. Access: the lab's passwords come from its files; Next waits for a connection test.
    QCOMPARE(wizard->currentId(), int(InstallWizard::Access));
    QVERIFY(!child<QLineEdit>(wizard, "adminPasswordEdit")->text().isEmpty());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    // Forget one pinned key, so the host-key question comes up as for a new node.
    auto *access = child<AccessPage>(wizard, "accessPage");
    QList<ConnectionCheck> asked;
    access->setHostKeyPrompt([&](const ConnectionCheck &check) {
        asked << check;
        return true; // the test "compared" it: the lab's own key, read below
    });
    const Node *frontend2 = window.session()->cluster().findByHostname(QStringLiteral("frontend-2"));
    QVERIFY(frontend2);
    const SshEndpoint endpoint = window.session()->project().endpointFor(*frontend2);
    const QString pinId = Project::hostKeyId(endpoint.host, endpoint.port);
    const QString pinned = window.session()->project().hostKeys.value(pinId);
    QVERIFY(!pinned.isEmpty());
    {
        // Also an installer package and no installer on any node: the install relays it.
        const QString package = m_dir.filePath(QStringLiteral("agilesec-installer-1.0.tar.gz"));
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("czf"), package, QStringLiteral("-C"), m_labDir + QStringLiteral("/nodes/backend-1"), QStringLiteral("installer")});
        QVERIFY(tar.waitForFinished() && tar.exitCode() == 0);
        for (const QString &host : {QStringLiteral("backend-1"), QStringLiteral("backend-2"), QStringLiteral("frontend-1"), QStringLiteral("frontend-2")})
            QVERIFY(QDir(m_labDir + QStringLiteral("/nodes/") + host + QStringLiteral("/installer")).removeRecursively());
        Project edited = window.session()->project();
        edited.hostKeys.remove(pinId);
        edited.installerPackage = package;
        QVERIFY(edited.save().isEmpty());
        QString error;
        QVERIFY(window.session()->openProject(edited.path, &error));
        access->initializePage();
    }
    QSignalSpy checked(window.session()->connections(), &ConnectionsJob::finished);
    QTest::mouseClick(child<QPushButton>(wizard, "testConnectionsButton"), Qt::LeftButton);
    QVERIFY(checked.wait(60000));
    QVERIFY(QTest::qWaitFor([&] { return asked.size() == 1; }, 5000));
    QCOMPARE(asked.first().hostname, QStringLiteral("frontend-2"));
    QCOMPARE(asked.first().fingerprint, pinned);
    QVERIFY(checked.wait(60000)); // the automatic re-test with the key accepted
    QVERIFY2(QTest::qWaitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }, 5000),
             qPrintable(child<QLabel>(wizard, "accessProblem")->text()));
    QCOMPARE(window.session()->project().hostKeys.value(pinId), pinned);
    QCOMPARE(child<QTableWidget>(wizard, "connectionTable")->rowCount(), 4);
    saveScreenshot(&window, QStringLiteral("03-access.png"));
    QVERIFY(goNext(wizard));

}

void TestWizardLab::issuesCertificatesAndPassesPreflight(WizardWindow &window)
{
    InstallWizard *wizard = window.wizard();
    // 4. External access: the lab's FQDN, no load balancer.
    QCOMPARE(wizard->currentId(), int(InstallWizard::External));
    QVERIFY(goNext(wizard));

    // 5. Certificates.
    QSignalSpy issued(window.session()->certificates(), &CertificatesJob::finished);
    QTest::mouseClick(child<QPushButton>(wizard, "createCertificatesButton"), Qt::LeftButton);
    QVERIFY(issued.wait(120000));
    QVERIFY2(issued.first().at(0).toBool(), qPrintable(issued.first().at(1).toString()));
    QVERIFY(goNext(wizard));

    // 6. Preflight: runs on entry, a row per node from the first moment, each filled in as that
    // node answers; warnings only in the lab.
    QCOMPARE(wizard->currentId(), int(InstallWizard::Preflight));
    auto *preflight = child<QTreeWidget>(wizard, "preflightTree");
    QCOMPARE(preflight->topLevelItemCount(), 4);
    QVERIFY(preflight->topLevelItem(0)->text(2).startsWith(QStringLiteral("checking")));
    QVERIFY2(QTest::qWaitFor([&] { return window.session()->preflight()->hasRun(); }, 120000), "preflight did not finish");
    QCOMPARE(window.session()->preflight()->checkedNodes().size(), 4);
    // Grouped by node (and the cluster-wide clock check), passed checks collapsed: only the
    // warnings show until "Show passed checks" is on.
    QVERIFY(preflight->topLevelItemCount() >= 4);
    int checks = 0, passed = 0;
    const auto visibleChecks = [&] {
        int visible = 0;
        for (int g = 0; g < preflight->topLevelItemCount(); ++g)
            for (int c = 0; c < preflight->topLevelItem(g)->childCount(); ++c)
                visible += preflight->topLevelItem(g)->child(c)->isHidden() ? 0 : 1;
        return visible;
    };
    for (int g = 0; g < preflight->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = preflight->topLevelItem(g);
        QVERIFY2(group->text(2).contains(QStringLiteral("passed")), qPrintable(group->text(2)));
        for (int c = 0; c < group->childCount(); ++c) {
            ++checks;
            passed += group->child(c)->text(1) == QStringLiteral("ok");
            QVERIFY(group->child(c)->isHidden() == (group->child(c)->text(1) == QStringLiteral("ok")));
        }
    }
    QVERIFY(checks >= 4 * 5);
    QCOMPARE(visibleChecks(), checks - passed);
    auto *showPassed = child<QCheckBox>(wizard, "showPassedCheckBox");
    QVERIFY(!showPassed->isChecked());
    QVERIFY(showPassed->text().contains(QString::number(passed)));
    saveScreenshot(&window, QStringLiteral("06-preflight-collapsed.png"));
    showPassed->setChecked(true);
    QCOMPARE(visibleChecks(), checks);
    QVERIFY2(window.session()->preflight()->passed(), qPrintable(child<QLabel>(wizard, "preflightSummary")->text()));
    saveScreenshot(&window, QStringLiteral("06-preflight.png"));
    QVERIFY(goNext(wizard));

}

void TestWizardLab::installsWithOneRetry(WizardWindow &window)
{
    InstallWizard *wizard = window.wizard();
    // 7. Review, then Install (the commit button). backend-2 fails once: retry from the page.
    QCOMPARE(wizard->currentId(), int(InstallWizard::Review));
    QCOMPARE(wizard->button(QWizard::CommitButton)->text().remove(QLatin1Char('&')), QStringLiteral("Install"));
    {
        QFile faults(m_labDir + QStringLiteral("/nodes/backend-2/faults.conf"));
        QVERIFY(faults.open(QIODevice::Append));
        faults.write("FAIL_AT_STEP=complete\nFAIL_ONCE=1\n");
    }
    {
        QFile faults(m_labDir + QStringLiteral("/nodes/backend-1/faults.conf"));
        QVERIFY(faults.open(QIODevice::Append));
        faults.write("STEP_SECONDS=0.15\n");
    }
    QSignalSpy finished(window.session()->install(), &InstallJob::finished);
    QVERIFY(goNext(wizard));
    QCOMPARE(wizard->currentId(), int(InstallWizard::Install));
    QVERIFY(child<QPushButton>(wizard, "abortButton")->isEnabled()); // from the first second, phase 0 included
    {
        // backend-1's connection drops during its install: the row says so, then goes on.
        auto *tree = child<QTreeWidget>(wizard, "installTree");
        const auto backend1 = [&]() -> QTreeWidgetItem * {
            const QList<QTreeWidgetItem *> rows = tree->findItems(QStringLiteral("backend-1"), Qt::MatchExactly | Qt::MatchRecursive, InstallPage::NodeColumn);
            for (QTreeWidgetItem *row : rows) {
                if (row->text(InstallPage::StepColumn).startsWith(QStringLiteral("Install the")) && row->text(InstallPage::StateColumn) == QStringLiteral("running"))
                    return row;
            }
            return nullptr;
        };
        QVERIFY2(QTest::qWaitFor([&] { return backend1() != nullptr; }, 120000), "backend-1 never ran its install step");
        // Its bar counts as the row and the log do: the step of the phase, and the step's own [n/m].
        const auto barText = [&] { return backend1() ? backend1()->text(InstallPage::ProgressColumn) : QString(); };
        QVERIFY(backend1()->data(InstallPage::ProgressColumn, RowProgressDelegate::kPercentRole).isValid());
        const QRegularExpression counted(QStringLiteral("^step \\d+/\\d+: \\d+/20$"));
        QVERIFY2(QTest::qWaitFor([&] { return counted.match(barText()).hasMatch(); }, 10000), qPrintable(barText()));
        QTest::qWait(300);
        for (qint64 pid : LabProcess::children(LabFixture::sshdPidIn(m_labDir, QStringLiteral("backend-1")))) {
            if (pid > 0)
                ::kill(pid_t(pid), SIGKILL);
        }
        QTreeWidgetItem *row = nullptr;
        QVERIFY2(QTest::qWaitFor([&] {
                     const QList<QTreeWidgetItem *> rows = tree->findItems(QStringLiteral("reconnecting"), Qt::MatchExactly | Qt::MatchRecursive, InstallPage::StateColumn);
                     row = rows.value(0);
                     return row != nullptr;
                 }, 30000),
                 "the row never said reconnecting");
        QCOMPARE(row->text(InstallPage::NodeColumn), QStringLiteral("backend-1"));
        QVERIFY(row->text(InstallPage::LastLineColumn).contains(QStringLiteral("attempt 1 of 8")));
        QVERIFY(child<QPushButton>(wizard, "abortButton")->isEnabled());
        saveScreenshot(&window, QStringLiteral("08-install-reconnecting.png"));
        QVERIFY2(QTest::qWaitFor([&] { return row->text(InstallPage::StateColumn) != QStringLiteral("reconnecting"); }, 60000), "it never reconnected");
        QCOMPARE(row->text(InstallPage::StateColumn), QStringLiteral("running"));
    }
    QVERIFY(!wizard->button(QWizard::BackButton)->isVisible() || !wizard->button(QWizard::BackButton)->isEnabled());
    auto *retry = child<QPushButton>(wizard, "retryButton");
    QVERIFY2(QTest::qWaitFor([&] { return retry->isEnabled() || !finished.isEmpty(); }, 180000), "no decision was asked for");
    QVERIFY2(finished.isEmpty(), "the install ended instead of waiting for a decision");
    auto *tree = child<QTreeWidget>(wizard, "installTree");
    QTreeWidgetItem *failedRow = tree->currentItem();
    QVERIFY(failedRow);
    QCOMPARE(failedRow->text(InstallPage::NodeColumn), QStringLiteral("backend-2"));
    QCOMPARE(failedRow->text(InstallPage::StateColumn), QStringLiteral("failed"));
    QVERIFY2(child<QPlainTextEdit>(wizard, "nodeLog")->toPlainText().contains(QStringLiteral("simulated fault")),
             qPrintable(child<QPlainTextEdit>(wizard, "nodeLog")->toPlainText().right(400)));
    saveScreenshot(&window, QStringLiteral("08-install-failed.png"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(finished.wait(300000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    // Every row done (the last updates may still be queued behind the finish), with its time.
    const auto rowsDone = [&] {
        int done = 0;
        for (int p = 0; p < tree->topLevelItemCount(); ++p) {
            for (int n = 0; n < tree->topLevelItem(p)->childCount(); ++n) {
                QTreeWidgetItem *row = tree->topLevelItem(p)->child(n);
                done += row->text(InstallPage::StateColumn) == QStringLiteral("done") && !row->text(InstallPage::ElapsedColumn).isEmpty() ? 1 : 0;
            }
        }
        return done;
    };
    int doneRows = 0;
    int planRows = 0;
    for (const PlanPhase &phase : window.session()->plan().phases)
        planRows += int(phase.nodes.size());
    QString notDone;
    if (!QTest::qWaitFor([&] { return (doneRows = rowsDone()) == planRows; }, 3000)) {
        for (int p = 0; p < tree->topLevelItemCount(); ++p) {
            for (int n = 0; n < tree->topLevelItem(p)->childCount(); ++n) {
                QTreeWidgetItem *row = tree->topLevelItem(p)->child(n);
                notDone += QStringLiteral("%1/%2: %3 [%4]; ").arg(p).arg(row->text(0), row->text(InstallPage::StateColumn), row->text(InstallPage::ElapsedColumn));
            }
        }
    }
    QVERIFY2(doneRows == planRows, qPrintable(notDone));
    QVERIFY(child<QLabel>(wizard, "installStatus")->text().startsWith(QStringLiteral("Install complete")));
    // The package crossed the link once: the relay's phase has a row per receiving node.
    QCOMPARE(window.session()->plan().phases[0].kind, PlanPhase::Kind::PackageRelay);
    QVERIFY(tree->topLevelItem(0)->text(0).contains(QStringLiteral("once, to backend-1, which relays it")));
    QCOMPARE(tree->topLevelItem(0)->childCount(), 4);
    // The whole install at a glance: every step of the plan done, and how long it took.
    auto *overall = child<QProgressBar>(wizard, "overallProgress");
    QCOMPARE(overall->maximum(), window.session()->plan().stepCount());
    QCOMPARE(overall->value(), overall->maximum());
    QVERIFY(child<QLabel>(wizard, "overallEta")->text().startsWith(QStringLiteral("done in ")));
    saveScreenshot(&window, QStringLiteral("08-install-done.png"));
    QVERIFY(goNext(wizard));

}

void TestWizardLab::verifiesDrillsAndFinishes(WizardWindow &window)
{
    InstallWizard *wizard = window.wizard();
    // 9. Verify, out of the box (no entry typed): 4 nodes, every service running, health through
    // the lab's HAProxy, the project's entry point, all green.
    QCOMPARE(wizard->currentId(), int(InstallWizard::Verify));
    QSignalSpy verified(window.session()->verify(), &VerifyJob::finished);
    QVERIFY(verified.wait(120000));
    QVERIFY(child<QLineEdit>(wizard, "entryPointEdit")->text().isEmpty());
    auto *services = child<QTreeWidget>(wizard, "serviceTree");
    QCOMPARE(services->topLevelItemCount(), 4);
    for (int i = 0; i < services->topLevelItemCount(); ++i)
        QVERIFY2(services->topLevelItem(i)->text(2).contains(QStringLiteral("Running")), qPrintable(services->topLevelItem(i)->text(2)));
    auto *health = child<QTreeWidget>(wizard, "healthTree");
    QVERIFY(health->topLevelItemCount() >= 2 * 4);
    bool throughTheLoadBalancer = false;
    for (int i = 0; i < health->topLevelItemCount(); ++i) {
        QVERIFY2(health->topLevelItem(i)->text(2) == QStringLiteral("OK"),
                 qPrintable(health->topLevelItem(i)->text(0) + QLatin1Char(' ') + health->topLevelItem(i)->text(1) + QLatin1Char(' ') + health->topLevelItem(i)->text(3)));
        throughTheLoadBalancer |= health->topLevelItem(i)->text(0).contains(QStringLiteral("127.0.0.10:"));
    }
    QVERIFY(throughTheLoadBalancer);
    QCOMPARE(window.session()->verify()->nodeHealth().value(QStringLiteral("backend-1")), true);
    saveScreenshot(&window, QStringLiteral("09-verify.png"));
    QVERIFY(goNext(wizard));

    // 9b. A frontend drill through the lab's HAProxy (no entry typed): frontend-2 stopped, users
    // still served through the load balancer, restored.
    QCOMPARE(wizard->currentId(), int(InstallWizard::Drill));
    auto *targets = child<QComboBox>(wizard, "drillTargetCombo");
    QCOMPARE(targets->count(), 2);
    targets->setCurrentText(QStringLiteral("frontend-2"));
    QVERIFY(child<QLineEdit>(wizard, "drillEntryEdit")->text().isEmpty());
    QSignalSpy drilled(window.session()->drill(), &DrillJob::finished);
    QTest::mouseClick(child<QPushButton>(wizard, "runDrillButton"), Qt::LeftButton);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // a running drill holds the page
    QVERIFY(drilled.wait(180000));
    QVERIFY2(drilled.first().at(0).toBool() && drilled.first().at(1).toBool(), qPrintable(drilled.first().at(2).toString()));
    auto *timeline = child<QListWidget>(wizard, "drillTimeline");
    QVERIFY(timeline->count() >= 4);
    QString timelineText;
    for (int i = 0; i < timeline->count(); ++i)
        timelineText += timeline->item(i)->text() + QLatin1Char('\n');
    QVERIFY2(timelineText.contains(QStringLiteral("127.0.0.10:")) && !timelineText.contains(QStringLiteral("proves less")), qPrintable(timelineText));
    QVERIFY(child<QLabel>(wizard, "drillVerdict")->text().startsWith(QStringLiteral("PASS")));
    saveScreenshot(&window, QStringLiteral("09-drill.png"));
    QVERIFY(goNext(wizard));

    // 10. Finish: the access information, the paths.
    QVERIFY(child<QPlainTextEdit>(wizard, "accessInformation")->toPlainText().contains(QStringLiteral("Ingestion endpoint for v2 sensors")));
    QVERIFY(child<QLabel>(wizard, "finishPaths")->text().contains(window.session()->project().logDir()));
    saveScreenshot(&window, QStringLiteral("10-finish.png"));

    // Nothing secret was written by the GUI run: the admin password is in no project file.
    QFile project(window.session()->project().path);
    QVERIFY(project.open(QIODevice::ReadOnly));
    QVERIFY(!project.readAll().contains(window.session()->secrets().adminPassword));

    // Finish quits the window: the lab still runs, and that is asked, not left unsaid.
    QStringList asked;
    window.setAsk([&](const QString &title, const QString &, QMessageBox::StandardButtons) {
        asked << title;
        return asked.size() == 1 ? QMessageBox::Cancel : QMessageBox::No; // first stay, then leave it running
    });
    window.close();
    QVERIFY(window.isVisible());
    QVERIFY2(asked == QStringList{QStringLiteral("The lab is running")}, qPrintable(asked.join(QLatin1Char('|'))));
    window.close();
    QVERIFY(!window.isVisible());
    QVERIFY(!window.session()->runningLabDirectory().isEmpty()); // left running, as answered
}

// The Review page's other engine: the exported playbook through ansible-playbook, on a lab
// opened as a project. The Install page shows the executor's rows, and the journal records
// every step, so the executor finds nothing left to do.
void TestWizardLab::installsWithAnsibleFromTheReviewPage()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ansible-playbook")).isEmpty())
        QSKIP("ansible-playbook is not installed (scripts/install-deps.sh installs it)");
    qputenv("ANSIBLE_NOCOLOR", "1");
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("4"));
    if (!error.isEmpty())
        QSKIP(qPrintable(error));
    WizardWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProjectFile(lab.project.path));
    InstallWizard *wizard = window.wizard();
    QCOMPARE(wizard->currentId(), int(InstallWizard::Topology));
    QVERIFY(goNext(wizard));
    QSignalSpy checked(window.session()->connections(), &ConnectionsJob::finished);
    QTest::mouseClick(child<QPushButton>(wizard, "testConnectionsButton"), Qt::LeftButton);
    QVERIFY(checked.wait(60000));
    QVERIFY(goNext(wizard));
    issuesCertificatesAndPassesPreflight(window);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(wizard->currentId(), int(InstallWizard::Review));
    auto *engine = child<QComboBox>(wizard, "engineCombo");
    QVERIFY(engine->isVisible());
    const int ansible = engine->findData(int(InstallJob::Engine::Ansible));
    auto *model = qobject_cast<QStandardItemModel *>(engine->model());
    QVERIFY2(model->item(ansible)->isEnabled(), qPrintable(child<QLabel>(wizard, "engineNote")->text()));
    engine->setCurrentIndex(ansible);
    QVERIFY(child<QLabel>(wizard, "engineNote")->text().contains(QStringLiteral("ansible-playbook")));
    saveScreenshot(&window, QStringLiteral("07-review-ansible.png"));
    QSignalSpy finished(window.session()->install(), &InstallJob::finished);
    QVERIFY(goNext(wizard));
    QCOMPARE(wizard->currentId(), int(InstallWizard::Install));
    auto *tree = child<QTreeWidget>(wizard, "installTree");
    QVERIFY2(QTest::qWaitFor([&] { return !tree->findItems(QStringLiteral("running"), Qt::MatchExactly | Qt::MatchRecursive, InstallPage::StateColumn).isEmpty(); }, 120000),
             qPrintable(child<QLabel>(wizard, "installStatus")->text()));
    QVERIFY(!child<QPushButton>(wizard, "retryButton")->isEnabled());
    QVERIFY(child<QPushButton>(wizard, "abortButton")->isEnabled());
    saveScreenshot(&window, QStringLiteral("08-install-ansible-running.png"));
    QVERIFY(finished.wait(300000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    int planRows = 0;
    for (const PlanPhase &phase : window.session()->plan().phases)
        planRows += int(phase.nodes.size());
    QVERIFY(QTest::qWaitFor([&] { return tree->findItems(QStringLiteral("done"), Qt::MatchExactly | Qt::MatchRecursive, InstallPage::StateColumn).size() == planRows; }, 3000));
    QVERIFY(child<QLabel>(wizard, "installStatus")->text().startsWith(QStringLiteral("Install complete")));
    tree->setCurrentItem(tree->findItems(QStringLiteral("backend-2"), Qt::MatchExactly | Qt::MatchRecursive, InstallPage::NodeColumn).constLast());
    QTest::qWait(250);
    QVERIFY(child<QPlainTextEdit>(wizard, "nodeLog")->toPlainText().contains(QStringLiteral("done: ")));
    saveScreenshot(&window, QStringLiteral("08-install-ansible-done.png"));
    // The journal has every step done: verify, add-node and the drills can follow.
    const QJsonObject steps = QJsonDocument::fromJson(TestFiles::read(lab.project.journalPath())).object().value(QStringLiteral("steps")).toObject();
    QCOMPARE(steps.size(), window.session()->plan().stepCount());
    for (auto it = steps.begin(); it != steps.end(); ++it)
        QVERIFY2(it.value().toObject().value(QStringLiteral("state")).toString() == QLatin1String("done"), qPrintable(it.key()));
    lab.stop();
}

QTEST_MAIN(TestWizardLab)
#include "tst_wizardlab.moc"
