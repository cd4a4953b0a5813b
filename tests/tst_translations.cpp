#include "WizardWindow.h"
#include "InstallWizard.h"
#include "WizardDriver.h"

#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
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
    lupdate.start(QStringLiteral(LUPDATE_PROGRAM), {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                                                     QStringLiteral(WIZARD_SOURCE_DIR), QStringLiteral("-ts"), ts});
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
