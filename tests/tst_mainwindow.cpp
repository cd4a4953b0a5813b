#include "ClusterSession.h"
#include "MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QAction>
#include <QTemporaryDir>
#include <QtTest>
#include <quazip.h>
#include <quazipfile.h>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsStretchExampleWithPlanAndFiles();
    void showsErrorsAndNoPlanForInvalidConfig();
    void exportsAndImportsABundle();
};

namespace {
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screenshots/") + name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QVERIFY(widget->grab().save(path));
}
} // namespace

void TestMainWindow::showsStretchExampleWithPlanAndFiles()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QFile example(QStringLiteral(":/examples/seven-node-stretch.conf"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    window.session()->openData(example.readAll(), QStringLiteral("seven-node-stretch.conf"));

    auto *nodes = window.findChild<QTableWidget *>(QStringLiteral("nodeTable"));
    QVERIFY(nodes);
    QCOMPARE(nodes->rowCount(), 7);
    QCOMPARE(nodes->item(0, 0)->text(), QStringLiteral("backend-1"));
    auto *sites = window.findChild<QTableWidget *>(QStringLiteral("siteFailureTable"));
    QCOMPARE(sites->rowCount(), 3);
    QVERIFY(sites->item(0, 2)->text().contains(QStringLiteral("3 of 5")));
    auto *summary = window.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary->text().contains(QStringLiteral("Valid")));
    saveScreenshot(&window, QStringLiteral("main-topology.png"));

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    auto *files = window.findChild<QListWidget *>(QStringLiteral("renderedFileList"));
    QCOMPARE(files->count(), 1 + 7 + 1); // config, 7 env files, .env
    files->setCurrentRow(1);
    auto *view = window.findChild<QPlainTextEdit *>(QStringLiteral("renderedFileView"));
    QVERIFY(view->toPlainText().contains(QStringLiteral("NODE_HOSTNAME=\"backend-1\"")));
    tabs->setCurrentIndex(2);
    saveScreenshot(&window, QStringLiteral("main-files.png"));

    auto *plan = window.findChild<QTreeWidget *>(QStringLiteral("planTree"));
    QCOMPARE(plan->topLevelItemCount(), 5);
    QVERIFY(plan->topLevelItem(3)->text(0).contains(QStringLiteral("quorum node")));
    QCOMPARE(plan->topLevelItem(3)->childCount(), 3); // backend-3, backend-4, coordinator-1
    tabs->setCurrentIndex(3);
    saveScreenshot(&window, QStringLiteral("main-plan.png"));
}

void TestMainWindow::showsErrorsAndNoPlanForInvalidConfig()
{
    MainWindow window;
    window.show();
    window.session()->openData("analytics_hostname=\"agilesec\"\nbackend1_private_ip=\"10.0.0.300\"\nbackend1_node_hostname=\"backend-1\"\n"
                               "backend1_node_profile=\"PRIMARY_FULL_BACKEND\"\n",
                               QStringLiteral("broken.conf"));
    auto *diagnostics = window.findChild<QListWidget *>(QStringLiteral("diagnosticsList"));
    QVERIFY(diagnostics->count() >= 2);
    bool mentionsIp = false;
    for (int i = 0; i < diagnostics->count(); ++i)
        mentionsIp = mentionsIp || diagnostics->item(i)->text().contains(QStringLiteral("broken.conf:2: error"));
    QVERIFY(mentionsIp);
    QCOMPARE(window.findChild<QTreeWidget *>(QStringLiteral("planTree"))->topLevelItemCount(), 0);
    QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("renderedFileList"))->count(), 0);
    window.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
    saveScreenshot(&window, QStringLiteral("main-validation-errors.png"));
}


void TestMainWindow::exportsAndImportsABundle()
{
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("multi_node_config.conf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    QFile example(QStringLiteral(":/examples/four-node.conf"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    config.write(example.readAll());
    config.close();
    QFile project(dir.filePath(QStringLiteral("project.json")));
    QVERIFY(project.open(QIODevice::WriteOnly));
    project.write(R"({"format": "agilesec-installer-project", "version": 1, "config": "multi_node_config.conf", "ssh": {"user": "ops"}})");
    project.close();

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportAction"));
    QVERIFY(exportAction);
    QVERIFY(!exportAction->isEnabled()); // nothing to export yet
    QVERIFY(window.openProjectFile(project.fileName()));
    QVERIFY(exportAction->isEnabled());
    QCOMPARE(window.findChild<QTableWidget *>(QStringLiteral("nodeTable"))->rowCount(), 4);

    QSignalSpy done(window.session(), &ClusterSession::exportFinished);
    const QString zip = dir.filePath(QStringLiteral("site.zip"));
    window.exportBundleTo(zip);
    QVERIFY(!exportAction->isEnabled()); // the GUI stays responsive while the worker exports
    QVERIFY(done.wait(120000));
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    QVERIFY(QFileInfo(zip).size() > 10000);
    auto *summary = window.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary->text().startsWith(QStringLiteral("Bundle written: ")));
    saveScreenshot(&window, QStringLiteral("mainwindow-exported.png"));

    // A bundle with a file added afterwards is refused, naming the file.
    const QString tampered = dir.filePath(QStringLiteral("tampered.zip"));
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
    QVERIFY(!window.importBundle(tampered, dir.filePath(QStringLiteral("bad/project.json"))));
    QVERIFY2(summary->text().contains(QStringLiteral("not in SHA256SUMS: scripts/extra.sh")), qPrintable(summary->text()));
    saveScreenshot(&window, QStringLiteral("mainwindow-import-refused.png"));

    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("site"))));
    QVERIFY(window.importBundle(zip, dir.filePath(QStringLiteral("site/project.json"))));
    QVERIFY(window.session()->project().has_value());
    QCOMPARE(window.session()->project()->path, dir.filePath(QStringLiteral("site/project.json")));
    QCOMPARE(window.findChild<QTableWidget *>(QStringLiteral("nodeTable"))->rowCount(), 4);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
