#include "WizardWindow.h"
#include "InstallWizard.h"
#include "WizardDriver.h"
#include "UntranslatedText.h"
#include "ClusterSession.h"
#include "PreflightPage.h"
#include "ReviewPage.h"
#include "jobs/CertificatesJob.h"
#include "jobs/ConnectionsJob.h"
#include "jobs/ExportJob.h"
#include "jobs/PreflightJob.h"

#include <QCheckBox>
#include <QProcess>
#include <QSignalSpy>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

// The German and French translations are complete for the code as it is now (lupdate run
// afresh over the sources finds nothing unfinished), and switching the language rebuilds
// the wizard in that language without losing the session.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { WizardDriver::failOnWarnings(); }
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
    void switchesLanguageLive();
    void everyPageSpeaksTheLanguage_data() { everyStringIsTranslated_data(); }
    void everyPageSpeaksTheLanguage();
    void switchingKeepsTheHistoryAndTranslatesTheButtons();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AgileSecTest"));
}

void TestTranslations::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestTranslations::everyStringIsTranslated()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("check.ts"));
    QVERIFY(QFile::copy(QStringLiteral(TRANSLATIONS_DIR "/agilesec_%1.ts").arg(language), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    // The wizard and the engine's words it shows: preflight findings, SSH errors, the plan's titles.
    lupdate.start(QStringLiteral(LUPDATE_PROGRAM),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral(WIZARD_SOURCE_DIR),
                   QStringLiteral(ENGINE_SOURCE_DIR "/verify"), QStringLiteral(ENGINE_SOURCE_DIR "/ssh"), QStringLiteral(ENGINE_SOURCE_DIR "/plan"), QStringLiteral(ENGINE_SOURCE_DIR "/pki"), QStringLiteral(ENGINE_SOURCE_DIR "/exec"),
                   QStringLiteral("-ts"), ts});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QFile f(ts);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QStringList unfinished;
    qsizetype at = 0;
    while ((at = text.indexOf(QLatin1String("type=\"unfinished\""), at)) >= 0) {
        const qsizetype source = text.lastIndexOf(QLatin1String("<source>"), at);
        unfinished << text.mid(source + 8, text.indexOf(QLatin1String("</source>"), source) - source - 8);
        ++at;
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("untranslated (%1): %2 - run lupdate and translate them").arg(language, unfinished.join(QStringLiteral(" | ")))));
    QVERIFY(text.count(QLatin1String("<message")) > 300);
}

// Each page rendered in German and French at 1366x768, the engine's words on it included
// (SSH errors on Access, findings on Preflight, the plan on Review): no English is left, and
// every page is saved as a screenshot (build/tests/screenshots/LANG-*.png).
void TestTranslations::everyPageSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QStringList english;
    auto *recorder = new UntranslatedText(language);
    QVERIFY(recorder->loaded());
    const auto look = [&](QWidget *window, QWidget *page, const QString &shot) {
        english << UntranslatedText::englishIn(page);
        WizardDriver::saveScreenshot(window, language + QLatin1Char('-') + shot);
    };
    {
        // An install: Welcome, Topology, Access with every node refused (through a jump host
        // that is not there), then Preflight on the same nodes.
        WizardWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.switchLanguage(language);
        QCoreApplication::installTranslator(recorder);
        InstallWizard *wizard = window.wizard();
        look(&window, wizard->currentPage(), QStringLiteral("01-welcome.png"));
        WizardDriver::selectRadio(wizard, "newClusterRadio");
        WizardDriver::setText(wizard, "projectFolderEdit", dir.filePath(QStringLiteral("site")));
        QVERIFY(WizardDriver::goNext(wizard));
        look(&window, wizard->currentPage(), QStringLiteral("02-topology.png"));
        QVERIFY(WizardDriver::goNext(wizard));
        QCOMPARE(wizard->currentId(), int(InstallWizard::Access));
        WizardDriver::setText(wizard, "proxyJumpEdit", QStringLiteral("root@127.0.0.1:1"));
        QSignalSpy tested(window.session()->connections(), &ConnectionsJob::finished);
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("testConnectionsButton")), Qt::LeftButton);
        QVERIFY(tested.wait(60000));
        QVERIFY(!window.session()->connections()->allOk());
        look(&window, wizard->currentPage(), QStringLiteral("03-access-refused.png"));
        PreflightPage preflight(window.session());
        preflight.resize(1366, 600);
        static_cast<QWidget &>(preflight).show(); // laid out at its size before the rows come, as in the wizard
        QVERIFY(QTest::qWaitForWindowExposed(&preflight));
        preflight.initializePage();
        QVERIFY(QTest::qWaitFor([&] { return window.session()->preflight()->hasRun(); }, 60000));
        QVERIFY(!window.session()->preflight()->passed());
        // A long finding in full on as many lines as its column needs, not cut at one.
        auto *tree = preflight.findChild<QTreeWidget *>(QStringLiteral("preflightTree"));
        QVERIFY(tree && tree->topLevelItemCount() > 0 && tree->topLevelItem(0)->childCount() > 0);
        QTRY_VERIFY2(tree->visualItemRect(tree->topLevelItem(0)->child(0)).height() > 2 * tree->fontMetrics().height(),
                     "the refused node's finding is one elided line");
        english << UntranslatedText::englishIn(&preflight);
        WizardDriver::saveScreenshot(&preflight, language + QStringLiteral("-06-preflight-refused.png"));
    }
    {
        // An export: External access, Certificates, Review (the plan), Finish.
        WizardWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.switchLanguage(language);
        InstallWizard *wizard = window.wizard();
        WizardDriver::selectRadio(wizard, "newClusterRadio");
        WizardDriver::setText(wizard, "projectFolderEdit", dir.filePath(QStringLiteral("airgap")));
        wizard->findChild<QCheckBox *>(QStringLiteral("exportOnlyCheck"))->setChecked(true);
        QVERIFY(WizardDriver::goNext(wizard));
        QVERIFY(WizardDriver::goNext(wizard));
        WizardDriver::setText(wizard, "analyticsHostnameEdit", QStringLiteral("agilesec"));
        WizardDriver::setText(wizard, "analyticsDomainEdit", QStringLiteral("bank.example"));
        look(&window, wizard->currentPage(), QStringLiteral("04-external-access.png"));
        QVERIFY(WizardDriver::goNext(wizard));
        QSignalSpy issued(window.session()->certificates(), &CertificatesJob::finished);
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("createCertificatesButton")), Qt::LeftButton);
        QVERIFY(issued.wait(120000));
        look(&window, wizard->currentPage(), QStringLiteral("05-certificates.png"));
        QVERIFY(WizardDriver::goNext(wizard));
        QCOMPARE(wizard->currentId(), int(InstallWizard::Review));
        look(&window, wizard->currentPage(), QStringLiteral("07-review.png"));
        auto *tabs = wizard->currentPage()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(1); // the plan: phase and step titles, in the language
        look(&window, wizard->currentPage(), QStringLiteral("07-review-plan.png"));
        QSignalSpy exported(window.session()->bundleExport(), &ExportJob::finished);
        wizard->findChild<ReviewPage *>(QStringLiteral("reviewPage"))->exportBundleTo(dir.filePath(QStringLiteral("airgap/bundle.zip")));
        QVERIFY(exported.wait(120000));
        QVERIFY(WizardDriver::goNext(wizard));
        QCOMPARE(wizard->currentId(), int(InstallWizard::Finish));
        look(&window, wizard->currentPage(), QStringLiteral("10-finish.png"));
    }
    const QStringList missing = recorder->missing();
    QCoreApplication::removeTranslator(recorder);
    delete recorder;
    english.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("asked for, not in the %1 catalogue:\n  ").arg(language) + missing.join(QStringLiteral("\n  "))));
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English on a %1 page:\n  ").arg(language) + english.join(QStringLiteral("\n  "))));
}

void TestTranslations::switchesLanguageLive()
{
    WizardWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.wizard()->currentPage()->title(), QStringLiteral("Welcome"));
    window.switchLanguage(QStringLiteral("de"));
    QCOMPARE(window.wizard()->currentPage()->title(), QStringLiteral("Willkommen"));
    QVERIFY(window.wizard()->findChild<QObject *>(QStringLiteral("newClusterRadio")));
    window.switchLanguage(QStringLiteral("fr"));
    QCOMPARE(window.wizard()->currentPage()->title(), QStringLiteral("Bienvenue"));
    QVERIFY(window.wizard()->isVisible());
    QDir().mkpath(QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots"));
    QVERIFY(window.grab().save(QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots/01-welcome-fr.png")));
    window.switchLanguage(QStringLiteral("en"));
    QCOMPARE(window.wizard()->currentPage()->title(), QStringLiteral("Welcome"));
}

void TestTranslations::switchingKeepsTheHistoryAndTranslatesTheButtons()
{
    // Two pages in: the language changes, the wizard stays where it was with its Back button
    // (in German, as every QWizard button), and Back goes where it went before.
    QTemporaryDir dir;
    WizardWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    InstallWizard *wizard = window.wizard();
    WizardDriver::selectRadio(wizard, "newClusterRadio");
    WizardDriver::setText(wizard, "projectFolderEdit", dir.filePath(QStringLiteral("site")));
    QVERIFY(WizardDriver::goNext(wizard));
    QCOMPARE(wizard->currentId(), int(InstallWizard::Topology));
    const QList<int> visited = wizard->visitedIds();
    window.switchLanguage(QStringLiteral("de"));
    wizard = window.wizard();
    QCOMPARE(wizard->currentId(), int(InstallWizard::Topology));
    QCOMPARE(wizard->visitedIds(), visited);
    QVERIFY(wizard->button(QWizard::BackButton)->isVisible() && wizard->button(QWizard::BackButton)->isEnabled());
    QCOMPARE(wizard->button(QWizard::BackButton)->text(), QStringLiteral("< &Zur\u00fcck"));
    QCOMPARE(wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Weiter >"));
    QCOMPARE(wizard->button(QWizard::CancelButton)->text(), QStringLiteral("Abbrechen"));
    QCOMPARE(wizard->currentPage()->title(), QStringLiteral("Topologie"));
    QCOMPARE(wizard->findChild<QTableWidget *>(QStringLiteral("nodeTable"))->rowCount(), 4); // the page shows the session, as before
    WizardDriver::saveScreenshot(&window, QStringLiteral("02-topology-de.png"));
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(InstallWizard::Welcome));
    window.switchLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
