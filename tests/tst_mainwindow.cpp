#include "ClusterSession.h"
#include "MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsStretchExampleWithPlanAndFiles();
    void showsErrorsAndNoPlanForInvalidConfig();
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
