#include "AccessPage.h"
#include "CliRun.h"
#include "LabFixture.h"
#include "ClusterSession.h"
#include "jobs/InstallJob.h"
#include "jobs/ExportJob.h"
#include "jobs/DrillJob.h"
#include "jobs/ConnectionsJob.h"
#include "jobs/ClusterImportJob.h"
#include "jobs/CertificatesJob.h"
#include "jobs/LabJob.h"
#include "jobs/PreflightJob.h"
#include "jobs/VerifyJob.h"
#include "ImportClusterPage.h"
#include "InstallPage.h"
#include "InstallWizard.h"
#include "ReviewPage.h"
#include "lab/LabEnvironment.h"
#include "TopologyMap.h"
#include "TopologyPage.h"
#include "InstallLogSummary.h"
#include "StepSidebar.h"
#include "WizardDriver.h"
#include "WizardWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QGraphicsRectItem>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <quazip.h>
#include <quazipfile.h>

// Drives the real wizard by objectName, as a user would, and saves a screenshot of every page
// into <build>/tests/screenshots/.
class TestWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { WizardDriver::failOnWarnings(); }
    void topologyEditsAreValidatedAndLinkedToRows();
    void enterStaysAndFieldProblemsFollowTheTyping();
    void quittingAsksAboutUnsavedEdits();
    void exportOnlyRunEndsWithABundle();
    void importsBundlesAndRefusesTamperedOnes();
    void installRowsSayWhatTheNodeDid();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_labDir;
};

using namespace WizardDriver;

void TestWizard::initTestCase()
{
    // Settings of a test run never touch the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AgileSecTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_wizard"));
    m_labDir = m_dir.filePath(QStringLiteral("lab"));
}

void TestWizard::cleanupTestCase()
{
    if (QFileInfo::exists(m_labDir + QStringLiteral("/lab.json"))) {
        QStringList stopped;
        LabEnvironment::down(m_labDir, &stopped);
    }
}

void TestWizard::enterStaysAndFieldProblemsFollowTheTyping()
{
    WizardWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    InstallWizard *wizard = window.wizard();
    selectRadio(wizard, "newClusterRadio");
    auto *folder = child<QLineEdit>(wizard, "projectFolderEdit");
    folder->setFocus();
    QTest::keyClicks(folder, m_dir.filePath(QStringLiteral("typed")));
    // Enter in a field ends the edit; it does not press Next.
    QTest::keyClick(folder, Qt::Key_Return);
    QTest::keyClick(folder, Qt::Key_Enter);
    QCOMPARE(wizard->currentId(), int(InstallWizard::Welcome));
    QVERIFY(goNext(wizard));
    QVERIFY(goNext(wizard));
    QCOMPARE(wizard->currentId(), int(InstallWizard::Access));
    // The confirmation's problem shows as it is typed, and goes when the entries match.
    auto *problem = child<QLabel>(wizard, "accessProblem");
    auto *admin = child<QLineEdit>(wizard, "adminPasswordEdit");
    auto *confirm = child<QLineEdit>(wizard, "adminConfirmEdit");
    admin->setFocus();
    QTest::keyClicks(admin, QStringLiteral("S3cret-one"));
    confirm->setFocus();
    QTest::keyClicks(confirm, QStringLiteral("S3cret-on"));
    QVERIFY2(problem->text().contains(QStringLiteral("the two entries differ")), qPrintable(problem->text()));
    QTest::keyClick(confirm, Qt::Key_E);
    QVERIFY2(!problem->text().contains(QStringLiteral("differ")), qPrintable(problem->text()));
    QTest::keyClick(confirm, Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(InstallWizard::Access));
}

void TestWizard::quittingAsksAboutUnsavedEdits()
{
    WizardWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList asked;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    window.setAsk([&](const QString &title, const QString &, QMessageBox::StandardButtons buttons) {
        asked << title;
        return buttons.testFlag(answer) ? answer : QMessageBox::Cancel;
    });
    InstallWizard *wizard = window.wizard();
    selectRadio(wizard, "newClusterRadio");
    const QString folder = m_dir.filePath(QStringLiteral("unsaved"));
    setText(wizard, "projectFolderEdit", folder);
    QVERIFY(goNext(wizard));
    // A template as it came: nothing to lose, nothing asked ... (checked last, after saving)
    child<QTableWidget>(wizard, "nodeTable")->item(0, TopologyPage::Site)->setText(QStringLiteral("dc-1"));
    // ... an edit: Cancel (the wizard's button) asks, and Cancel there keeps the window.
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QCOMPARE(asked, QStringList{QStringLiteral("Unsaved changes")});
    QVERIFY(window.isVisible());
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/project.json")));
    // Save there writes the project, then the window closes.
    answer = QMessageBox::Save;
    window.close();
    QVERIFY(!window.isVisible());
    QVERIFY(TestFiles::read(folder + QStringLiteral("/multi_node_config.conf")).contains("backend1_node_site=\"dc-1\""));
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/project.json")));
    // Opened again, unchanged: quitting asks nothing.
    asked.clear();
    WizardWindow again;
    again.setAsk([&](const QString &title, const QString &, QMessageBox::StandardButtons) {
        asked << title;
        return QMessageBox::Cancel;
    });
    again.show();
    QVERIFY(again.openProjectFile(folder + QStringLiteral("/project.json")));
    again.close();
    QVERIFY(asked.isEmpty());
    QVERIFY(!again.isVisible());
}

void TestWizard::topologyEditsAreValidatedAndLinkedToRows()
{
    WizardWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    InstallWizard *wizard = window.wizard();
    saveScreenshot(&window, QStringLiteral("01-welcome.png"));
    selectRadio(wizard, "newClusterRadio");
    auto *templates = child<QComboBox>(wizard, "templateCombo");
    templates->setCurrentIndex(templates->findData(QStringLiteral("7")));
    setText(wizard, "projectFolderEdit", m_dir.filePath(QStringLiteral("stretch")));
    QVERIFY(goNext(wizard));
    QCOMPARE(wizard->currentId(), int(InstallWizard::Topology));
    // F1: what the page is for, and the guide's sections it stands in for; the page stays usable.
    QTest::keyClick(&window, Qt::Key_F1);
    auto *help = window.findChild<QMessageBox *>(QStringLiteral("pageHelpBox"));
    QVERIFY(help);
    QVERIFY(help->text().startsWith(QStringLiteral("One row per node")));
    QVERIFY(help->text().contains(QStringLiteral("In the HA guide: Configure the cluster topology")));
    help->close();

    auto *table = child<QTableWidget>(wizard, "nodeTable");
    QCOMPARE(table->rowCount(), 7);
    QCOMPARE(table->item(0, TopologyPage::Hostname)->text(), QStringLiteral("backend-1"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLabel>(wizard, "topologySummary")->text().startsWith(QStringLiteral("Valid: 7 node(s), 3 site(s)")));

    // What if a site fails: the map says whether quorum survives.
    auto *failSite = child<QComboBox>(wizard, "failSiteCombo");
    QCOMPARE(failSite->count(), 4); // none + 3 sites
    failSite->setCurrentIndex(1);
    auto *map = child<TopologyMap>(wizard, "topologyMap");
    QVERIFY2(map->verdict().contains(QStringLiteral("quorum SURVIVES")), qPrintable(map->verdict()));
    saveScreenshot(&window, QStringLiteral("02-topology-site-failure.png"));

    // A wrong IP: Next is disabled and the finding names the node; selecting it selects the row.
    QTableWidgetItem *ip = table->item(2, TopologyPage::PrivateIp);
    ip->setText(QStringLiteral("10.0.0.999"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto *findings = child<QListWidget>(wizard, "findingsList");
    int errorRow = -1;
    for (int i = 0; i < findings->count(); ++i) {
        if (findings->item(i)->text().contains(QStringLiteral("10.0.0.999")))
            errorRow = i;
    }
    QVERIFY2(errorRow >= 0, "no finding names the bad IP");
    // In plain words (where in the file: the tooltip), the bad cell red, and its map box too.
    QVERIFY2(findings->item(errorRow)->text().startsWith(QStringLiteral("Error: backend-3")), qPrintable(findings->item(errorRow)->text()));
    QVERIFY(!findings->item(errorRow)->text().contains(QStringLiteral(": error:")));
    QVERIFY(findings->item(errorRow)->toolTip().contains(QStringLiteral(": error:")));
    QVERIFY(findings->wordWrap());
    QCOMPARE(table->item(2, TopologyPage::PrivateIp)->background().color(), QColor(0xff, 0xcd, 0xd2));
    QCOMPARE(table->item(2, TopologyPage::Hostname)->background().style(), Qt::NoBrush);
    QVERIFY(!table->item(2, TopologyPage::PrivateIp)->icon().isNull()); // seen under the row's selection too
    QVERIFY(table->item(2, TopologyPage::Hostname)->icon().isNull());
    table->clearSelection();
    findings->setCurrentRow(errorRow);
    QCOMPARE(table->currentRow(), 2);
    saveScreenshot(&window, QStringLiteral("02-topology-error.png"));
    // A click on a node of the map selects its row.
    QSignalSpy clicked(map, &TopologyMap::nodeClicked);
    table->clearSelection();
    const QList<QGraphicsItem *> items = map->scene()->items();
    const auto frontend3 = std::find_if(items.begin(), items.end(), [](QGraphicsItem *i) {
        return i->type() == QGraphicsRectItem::Type && i->data(0).toString() == QLatin1String("frontend-3");
    });
    QVERIFY(frontend3 != items.end());
    QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, map->mapFromScene((*frontend3)->sceneBoundingRect().center()));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(table->item(table->currentRow(), TopologyPage::Hostname)->text(), QStringLiteral("frontend-3"));
    table->item(2, TopologyPage::PrivateIp)->setText(QStringLiteral("10.0.2.10"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    // A per-node jump host typed in the table is kept, and so is what the table does not show.
    table->item(2, TopologyPage::SshJump)->setText(QStringLiteral("ops@bastion-2.example.com:2222"));
    const QString third = table->item(2, TopologyPage::Hostname)->text();
    QCOMPARE(window.session()->project().nodes.value(third).proxyJump, QStringLiteral("ops@bastion-2.example.com:2222"));
    table->item(2, TopologyPage::SshUser)->setText(QStringLiteral("deploy"));
    QCOMPARE(window.session()->project().nodes.value(third).proxyJump, QStringLiteral("ops@bastion-2.example.com:2222"));
    QCOMPARE(window.session()->project().nodes.value(third).user, QStringLiteral("deploy"));
    QCOMPARE(window.session()->project().endpointFor(*window.session()->cluster().findByHostname(third)).proxyJump,
             QStringLiteral("ops@bastion-2.example.com:2222"));
    table->item(2, TopologyPage::SshJump)->setText(QString());
    table->item(2, TopologyPage::SshUser)->setText(QString());
    QVERIFY(!window.session()->project().nodes.contains(third));

    // Paste a list of IPs over the rows; the config keeps its comments (only values change).
    auto *page = child<TopologyPage>(wizard, "topologyPage");
    page->pasteNodes(QStringLiteral("10.1.0.1\n10.1.0.2 backend-two\n"));
    QCOMPARE(table->item(0, TopologyPage::PrivateIp)->text(), QStringLiteral("10.1.0.1"));
    QCOMPARE(table->item(1, TopologyPage::Hostname)->text(), QStringLiteral("backend-two"));
    const QByteArray config = window.session()->result().document.serialize();
    QVERIFY(config.contains("backend2_private_ip=\"10.1.0.2\"") || config.contains("backend2_private_ip=10.1.0.2"));
    QVERIFY(config.contains("#"));

    // Add a scan node, duplicate a frontend, remove it again.
    QTest::mouseClick(child<QPushButton>(wizard, "addNodeButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 8);
    QCOMPARE(table->currentRow(), page->rowOf(QStringLiteral("frontend-1"))); // the first free name; the row is selected
    QCOMPARE(table->item(table->currentRow(), TopologyPage::PrivateIp)->text(), QStringLiteral("10.2.9.32")); // after the highest address in use
    static_cast<QComboBox *>(table->cellWidget(table->currentRow(), TopologyPage::ProfileColumn))->setCurrentText(QStringLiteral("SCAN"));
    const int added = page->rowOf(QStringLiteral("frontend-1"));
    table->item(added, TopologyPage::Hostname)->setText(QStringLiteral("scan-1"));
    table->item(page->rowOf(QStringLiteral("scan-1")), TopologyPage::PrivateIp)->setText(QStringLiteral("10.0.9.9"));
    QVERIFY(window.session()->project().scanNodes.join(QLatin1Char(',')).startsWith(QStringLiteral("scan-1=10.0.9.9")));
    QStringList problems;
    for (const Diagnostic &d : window.session()->result().diagnostics)
        problems << d.format();
    QVERIFY2(window.session()->result().ok(), qPrintable(problems.join(QLatin1Char('\n'))));
    const int before = table->rowCount();
    page->removeNode(page->rowOf(QStringLiteral("scan-1")));
    QCOMPARE(table->rowCount(), before - 1);
    QCOMPARE(page->rowOf(QStringLiteral("scan-1")), -1);
    QVERIFY(window.session()->project().scanNodes.isEmpty());
}

void TestWizard::exportOnlyRunEndsWithABundle()
{
    WizardWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    InstallWizard *wizard = window.wizard();
    selectRadio(wizard, "newClusterRadio");
    setText(wizard, "projectFolderEdit", m_dir.filePath(QStringLiteral("airgap")));
    child<QCheckBox>(wizard, "exportOnlyCheck")->setChecked(true);
    QVERIFY(goNext(wizard));
    QVERIFY(goNext(wizard)); // topology: the 4-node template is valid
    QCOMPARE(wizard->currentId(), int(InstallWizard::External)); // no SSH pages for an export
    // The sidebar follows the goal and the page: the export's steps only.
    auto *sidebar = child<StepSidebar>(&window, "stepSidebar");
    QCOMPARE(sidebar->steps(), (QStringList{QStringLiteral("done: Welcome"), QStringLiteral("done: Topology"), QStringLiteral("current: External access"),
                                            QStringLiteral("ahead: Certificates"), QStringLiteral("ahead: Review"), QStringLiteral("ahead: Finished")}));
    QList<QLabel *> rows = sidebar->findChildren<QLabel *>(QStringLiteral("sidebarStep"));
    rows.removeIf([](QLabel *row) { return !row->isVisible(); });
    QCOMPARE(rows.size(), 6); // the 11 steps of an install are not all there
    QVERIFY(rows[2]->text().endsWith(QStringLiteral("External access")));

    setText(wizard, "analyticsHostnameEdit", QStringLiteral("agilesec"));
    setText(wizard, "analyticsDomainEdit", QStringLiteral("bank.example"));
    auto *mode = child<QComboBox>(wizard, "externalModeCombo");
    mode->setCurrentIndex(mode->findData(int(ExternalAccess::Mode::OnPrem)));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // on-prem needs a VIP and LB nodes
    QVERIFY(!child<QLabel>(wizard, "externalProblem")->text().isEmpty());
    setText(wizard, "vipEdit", QStringLiteral("10.0.0.100"));
    QTest::mouseClick(child<QPushButton>(wizard, "addLbNodeButton"), Qt::LeftButton);
    // An LB node without its address: said in the page's words, never a JSON key ...
    auto *problem = child<QLabel>(wizard, "externalProblem");
    QVERIFY2(QTest::qWaitFor([&] { return problem->text().contains(QStringLiteral("HAProxy nodes, row 1: enter the node's host name and its IP address")); }, 2000),
             qPrintable(problem->text()));
    QVERIFY(!problem->text().contains(QStringLiteral("external.")));
    // ... and another mode chosen, it no longer blocks Next.
    mode->setCurrentIndex(mode->findData(int(ExternalAccess::Mode::None)));
    QVERIFY2(QTest::qWaitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }, 2000), qPrintable(problem->text()));
    QVERIFY(problem->text().isEmpty());
    // No gap: the entry point follows None's last field, not the height of on-prem's LB table.
    auto *stack = child<QStackedWidget>(wizard, "externalModeStack");
    QTRY_VERIFY2(stack->height() <= stack->currentWidget()->sizeHint().height() + 4,
                 qPrintable(QStringLiteral("the mode's fields take %1 px in a %2 px stack").arg(stack->currentWidget()->sizeHint().height()).arg(stack->height())));
    mode->setCurrentIndex(mode->findData(int(ExternalAccess::Mode::OnPrem)));
    QCOMPARE(child<QTableWidget>(wizard, "lbNodeTable")->rowCount(), 1); // the row typed for on-prem is still there
    child<QTableWidget>(wizard, "lbNodeTable")->item(0, 1)->setText(QStringLiteral("10.0.0.101"));
    QVERIFY2(QTest::qWaitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }, 2000),
             qPrintable(child<QLabel>(wizard, "externalProblem")->text()));
    QCOMPARE(window.session()->cluster().fqdn(), QStringLiteral("agilesec.bank.example"));
    saveScreenshot(&window, QStringLiteral("04-external-access.png"));
    QVERIFY(goNext(wizard));

    QCOMPARE(wizard->currentId(), int(InstallWizard::Certificates));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    {
        // RSA 4096 takes seconds: a busy bar and Stop from the first moment; stopped, nothing is written.
        auto *keyType = child<QComboBox>(wizard, "keyTypeCombo");
        const QString chosen = keyType->currentText();
        keyType->setCurrentText(QStringLiteral("rsa4096"));
        QSignalSpy stopped(window.session()->certificates(), &CertificatesJob::finished);
        QTest::mouseClick(child<QPushButton>(wizard, "createCertificatesButton"), Qt::LeftButton);
        QVERIFY(child<QProgressBar>(wizard, "certificateProgress")->isVisible());
        auto *stop = child<QPushButton>(wizard, "stopCertificatesButton");
        QVERIFY(stop->isVisible() && stop->isEnabled());
        saveScreenshot(&window, QStringLiteral("05-certificates-running.png"));
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(stopped.wait(120000));
        QVERIFY(!stopped.first().at(0).toBool());
        QVERIFY2(stopped.first().at(1).toString().startsWith(QStringLiteral("stopped")), qPrintable(stopped.first().at(1).toString()));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("airgap/output/certificates"))));
        QVERIFY(!stop->isVisible());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        keyType->setCurrentText(chosen);
    }
    QSignalSpy issued(window.session()->certificates(), &CertificatesJob::finished);
    QTest::mouseClick(child<QPushButton>(wizard, "createCertificatesButton"), Qt::LeftButton);
    QVERIFY(issued.wait(120000));
    QVERIFY2(issued.first().at(0).toBool(), qPrintable(issued.first().at(1).toString()));
    auto *certs = child<QListWidget>(wizard, "certificateList");
    QVERIFY(certs->count() >= 4 + 2 + 1); // a node certificate each, a web certificate per frontend, the CA
    bool frontendHasVipSan = false;
    for (int i = 0; i < certs->count(); ++i)
        frontendHasVipSan = frontendHasVipSan || (certs->item(i)->text().contains(QStringLiteral("web/frontend-1")) && certs->item(i)->text().contains(QStringLiteral("10.0.0.100")));
    QVERIFY(frontendHasVipSan);
    QVERIFY(child<QLabel>(wizard, "certificateStatus")->text().contains(QStringLiteral("passed OpenSSL's checks")));
    saveScreenshot(&window, QStringLiteral("05-certificates.png"));
    QVERIFY(goNext(wizard));

    QCOMPARE(wizard->currentId(), int(InstallWizard::Review));
    auto *files = child<QListWidget>(wizard, "renderedFileList");
    QStringList names;
    for (int i = 0; i < files->count(); ++i)
        names << files->item(i)->text();
    QVERIFY(names.contains(QStringLiteral("generate_envs/multi_node_config.conf")));
    QVERIFY(names.contains(QStringLiteral("generate_envs/generated_envs/env.frontend-2")));
    QVERIFY2(names.filter(QStringLiteral("haproxy")).size() >= 1, qPrintable(names.join(QLatin1Char(','))));
    QVERIFY(names.filter(QStringLiteral("vrrp-auth-pass")).isEmpty()); // a secret is never shown
    files->setCurrentRow(int(names.indexOf(QStringLiteral("generate_envs/multi_node_config.conf"))));
    QVERIFY(child<QPlainTextEdit>(wizard, "renderedFileView")->toPlainText().contains(QStringLiteral("agilesec")));
    QVERIFY(child<QTreeWidget>(wizard, "planTree")->topLevelItemCount() >= 4);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // an export-only run needs its bundle
    QVERIFY(!child<QComboBox>(wizard, "engineCombo")->isVisible()); // nothing is installed: no engine to choose
    saveScreenshot(&window, QStringLiteral("07-review.png"));
    QSignalSpy exported(window.session()->bundleExport(), &ExportJob::finished);
    const QString zip = m_dir.filePath(QStringLiteral("airgap/bundle.zip"));
    child<ReviewPage>(wizard, "reviewPage")->exportBundleTo(zip);
    QVERIFY(exported.wait(120000));
    QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
    QVERIFY(QFileInfo(zip).size() > 10000);
    QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("airgap/project.json"))));
    QVERIFY(goNext(wizard));
    QCOMPARE(wizard->currentId(), int(InstallWizard::Finish));
    QVERIFY(child<QPlainTextEdit>(wizard, "accessInformation")->toPlainText().contains(QStringLiteral("https://agilesec.bank.example:8443/signin")));
    // A summary to end on: the result, the links (clickable, copyable), and only Finish.
    QCOMPARE(child<QLabel>(wizard, "finishResult")->text(), QStringLiteral("The bundle is ready to carry to the air-gapped site."));
    const QList<QLabel *> links = wizard->findChildren<QLabel *>(QStringLiteral("finishLink"));
    QCOMPARE(links.size(), 3);
    QVERIFY(links[0]->openExternalLinks());
    QVERIFY(links[0]->text().contains(QStringLiteral("href=\"https://agilesec.bank.example:8443/signin\"")));
    QTest::mouseClick(wizard->findChildren<QPushButton *>(QStringLiteral("copyUrlButton")).at(1), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("https://agilesec.bank.example:8443/v3/ingest"));
    QVERIFY(!wizard->button(QWizard::BackButton)->isVisible());
    QVERIFY(!wizard->button(QWizard::CancelButton)->isVisible());
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
    saveScreenshot(&window, QStringLiteral("10-finish-export.png"));
}

void TestWizard::importsBundlesAndRefusesTamperedOnes()
{
    const QString zip = m_dir.filePath(QStringLiteral("airgap/bundle.zip"));
    QVERIFY2(QFileInfo::exists(zip), "exportOnlyRunEndsWithABundle makes the bundle");
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.zip"));
    QVERIFY(QFile::copy(zip, tampered));
    {
        QuaZip z(tampered);
        QVERIFY(z.open(QuaZip::mdAdd));
        QuaZipFile f(&z);
        QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("scripts/extra.sh"))));
        f.write("echo injected\n");
        f.close();
        z.close();
    }
    WizardWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.importBundle(tampered, m_dir.filePath(QStringLiteral("bad/project.json"))));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("not in SHA256SUMS: scripts/extra.sh")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(window.importBundle(zip, m_dir.filePath(QStringLiteral("site/project.json"))));
    QCOMPARE(window.session()->project().path, m_dir.filePath(QStringLiteral("site/project.json")));
    QCOMPARE(window.wizard()->currentId(), int(InstallWizard::Topology));
    QCOMPARE(child<QTableWidget>(window.wizard(), "nodeTable")->rowCount(), 4);
    QCOMPARE(window.session()->project().external.vip, QStringLiteral("10.0.0.100"));
}

void TestWizard::installRowsSayWhatTheNodeDid()
{
    const QStringList log{QStringLiteral("[18/20] Starting haproxy"), QStringLiteral("[20/20] Installation complete"),
                          QStringLiteral("SERVICE                  DESCRIPTION                              STATUS"),
                          QStringLiteral("------------------------ ---------------------------------------- -----------"),
                          QStringLiteral("mongodb                  MongoDB Server                           Running"),
                          QStringLiteral("kafka                    Kafka Server                             Stopped"),
                          QStringLiteral("haproxy                  HAProxy Load Balancer                    Running")};
    // Running: the installer's last progress line, not the table's last row.
    QCOMPARE(InstallLogSummary::line(log, false), QStringLiteral("[20/20] Installation complete"));
    // Done: what the node ended with.
    QCOMPARE(InstallLogSummary::line(log, true), QStringLiteral("2/3 services Running"));
    QCOMPARE(InstallLogSummary::line({QStringLiteral("Tuning complete.")}, true), QStringLiteral("Tuning complete."));
    QCOMPARE(InstallLogSummary::services({QStringLiteral("no table")}), (std::pair<int, int>{-1, -1}));
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
