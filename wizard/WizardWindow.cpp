#include "WizardWindow.h"

#include "lab/LabEnvironment.h"

#include "BuildInfo.h"

#include "AppSettings.h"
#include "ClusterSession.h"
#include "jobs/ExportJob.h"
#include "jobs/InstallJob.h"
#include "jobs/MaintenanceJob.h"
#include "exec/InstallExecutor.h"
#include "ssh/LibraryVersions.h"
#include "InstallWizard.h"
#include "PageHelp.h"
#include "ReviewPage.h"
#include "StepSidebar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTranslator>

namespace {
QList<QTranslator *> installedTranslators;
} // namespace

QString WizardWindow::applyLanguage(const QString &code)
{
    for (QTranslator *t : std::as_const(installedTranslators)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installedTranslators.clear();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto *own = new QTranslator;
    // English is the source language: no file needed.
    if (own->load(locale, QStringLiteral("agilesec"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        installedTranslators << own;
    } else {
        delete own;
    }
    auto *qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installedTranslators << qt;
    } else {
        delete qt;
    }
    QLocale::setDefault(locale);
    return installedTranslators.isEmpty() ? QStringLiteral("en") : locale.name().left(2);
}

WizardWindow::WizardWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new ClusterSession(this))
{
    setObjectName(QStringLiteral("wizardWindow"));
    buildMenus();
    buildWizard(InstallWizard::Welcome);
    // Fits a 1366x768 laptop screen; larger screens remember what the user chose.
    if (!restoreGeometry(AppSettings::geometry())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1366, 768);
        resize(std::min(1280, available.width() - 40), std::min(760, available.height() - 40));
    }
    connect(m_session, &ClusterSession::changed, this, [this] {
        m_export->setEnabled(m_session->result().ok() && m_session->hasProjectFile());
        setWindowTitle(m_session->hasProjectFile() ? tr("AgileSec HA Installer - %1").arg(m_session->project().path) : tr("AgileSec HA Installer"));
    });
    setWindowTitle(tr("AgileSec HA Installer"));
    m_ask = [this](const QString &title, const QString &text, QMessageBox::StandardButtons buttons) {
        QMessageBox box(QMessageBox::Question, title, text, buttons, this);
        // Our words on the buttons: Qt's own translations may not be on the system.
        const QList<QPair<QMessageBox::StandardButton, QString>> texts{
            {QMessageBox::Yes, title == tr("The lab is running") ? tr("&Stop the lab") : tr("&Quit")},
            {QMessageBox::No, tr("&Leave it running")}, {QMessageBox::Save, tr("&Save")},
            {QMessageBox::Discard, tr("&Discard changes")}, {QMessageBox::Cancel, tr("Cancel")}, {QMessageBox::Ok, tr("OK")}};
        for (const auto &[button, label] : texts) {
            if (box.button(button))
                box.button(button)->setText(label);
        }
        box.setDefaultButton(QMessageBox::Cancel);
        return QMessageBox::StandardButton(box.exec());
    };
}

WizardWindow::~WizardWindow() = default;

void WizardWindow::closeEvent(QCloseEvent *event)
{
    if (!mayQuit()) {
        event->ignore();
        return;
    }
    AppSettings::setGeometry(saveGeometry());
    event->accept();
}

bool WizardWindow::mayQuit()
{
    // Cancel, Ctrl+Q and the window's close button all come here: nothing is lost unasked.
    if (m_session->install()->isInstalling()) {
        if (m_ask(tr("Install running"),
                  tr("An install is running. Quit anyway? The running steps are stopped; running the install again resumes where it stopped."),
                  QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes)
            return false;
        m_session->install()->abort();
    }
    if (m_session->maintenance()->isRunning()) {
        if (m_ask(tr("Maintenance running"),
                  tr("A rolling maintenance is running. Quit anyway? It stops with the current node where it is (work already started "
                     "goes on on the node); the Maintenance page, or maintain --resume, re-attaches and finishes the run later."),
                  QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes)
            return false;
        m_session->maintenance()->cancel();
    }
    if (m_session->hasUnsavedChanges()) {
        const auto answer = m_ask(tr("Unsaved changes"),
                                  m_session->hasProjectFile() ? tr("The project has changes that are not saved in %1. Save them?").arg(m_session->project().path)
                                                              : tr("The project has changes that are not saved. Quit without them?"),
                                  m_session->hasProjectFile() ? QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel
                                                              : QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            const QString error = m_session->saveProject();
            if (!error.isEmpty()) {
                m_ask(tr("Unsaved changes"), tr("Not saved: %1").arg(error), QMessageBox::Ok);
                return false;
            }
        }
    }
    const QString lab = m_session->runningLabDirectory();
    if (!lab.isEmpty()) {
        const auto answer = m_ask(tr("The lab is running"),
                                  tr("The lab in %1 is still running (its sshd, web servers and load balancer on this machine). Stop it "
                                     "before quitting? Left running, agilesec-installer lab down --dir %1 stops it later.")
                                      .arg(lab),
                                  QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Yes) {
            QStringList stopped;
            LabEnvironment::down(lab, &stopped);
        }
    }
    return true;
}

void WizardWindow::buildWizard(int startPage)
{
    delete centralWidget(); // the old wizard with its sidebar
    auto *central = new QWidget;
    auto *sidebar = new StepSidebar(m_session, central);
    m_wizard = new InstallWizard(m_session, central);
    m_wizard->setWindowFlags(Qt::Widget);
    m_wizard->setStartId(startPage);
    connect(m_wizard, &QWizard::finished, this, &QWidget::close);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebar);
    layout->addWidget(m_wizard, 1);
    sidebar->follow(m_wizard);
    setCentralWidget(central);
    m_wizard->restart();
    central->show(); // a child added to a visible window stays hidden until shown
}

void WizardWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open project..."), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(), tr("Projects (*.json);;All files (*)"));
        if (!path.isEmpty())
            openProjectFile(path);
    });
    open->setShortcut(QKeySequence::Open);
    m_recent = file->addMenu(tr("&Recent projects"));
    connect(m_recent, &QMenu::aboutToShow, this, &WizardWindow::fillRecent);
    QAction *save = file->addAction(tr("&Save project"), this, [this] {
        const QString error = m_session->saveProject();
        statusBar()->showMessage(error.isEmpty() ? tr("Saved %1").arg(m_session->project().path) : tr("Not saved: %1").arg(error), 8000);
    });
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    m_export = file->addAction(tr("&Export air-gapped bundle..."), this, [this] {
        const QString zip = QFileDialog::getSaveFileName(this, tr("Export air-gapped bundle"), QString(), tr("Zip archives (*.zip)"));
        if (!zip.isEmpty())
            m_session->bundleExport()->start(zip);
    });
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setEnabled(false);
    file->addAction(tr("&Import bundle..."), this, [this] {
        const QString zip = QFileDialog::getOpenFileName(this, tr("Import bundle"), QString(), tr("Zip archives (*.zip)"));
        if (zip.isEmpty())
            return;
        const QString project = QFileDialog::getSaveFileName(this, tr("Save the imported project as"), QFileInfo(zip).absoluteDir().filePath(QStringLiteral("project.json")),
                                                             tr("Projects (*.json)"));
        if (!project.isEmpty())
            importBundle(zip, project);
    });
    connect(m_session->bundleExport(), &ExportJob::finished, this, [this](bool, const QString &message) { statusBar()->showMessage(message, 15000); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *language = menuBar()->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString current = AppSettings::language();
    for (const auto &[code, name] : {std::pair{QString(), tr("System default")}, std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                     std::pair{QStringLiteral("de"), QStringLiteral("Deutsch")}, std::pair{QStringLiteral("fr"), QStringLiteral("Français")}}) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { switchLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *pageHelp = help->addAction(tr("Help for this &page"), this, &WizardWindow::showPageHelp);
    pageHelp->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About AgileSec HA Installer"),
                           tr("AgileSec HA Installer %1\nInstalls, grows and verifies highly available AgileSec Platform clusters over SSH.")
                                   .arg(QStringLiteral("%1 (commit %2)").arg(QCoreApplication::applicationVersion(), QStringLiteral(AGILESEC_INSTALLER_COMMIT)))
                               + QStringLiteral("\n\n") + tr("Running on: %1").arg(LibraryVersions::describe().join(QStringLiteral(", ")))
                               + QStringLiteral("\n") + tr("Licences: %1").arg(LibraryVersions::licences().join(QStringLiteral("; "))));
    });
}

void WizardWindow::showPageHelp()
{
    const int id = m_wizard->currentId();
    // Not modal: the page stays usable beside it.
    auto *box = new QMessageBox(QMessageBox::Information, m_wizard->currentPage()->title(),
                                PageHelp::text(id) + QStringLiteral("\n\n") + tr("In the HA guide: %1").arg(PageHelp::guideSections(id)), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("pageHelpBox"));
    box->button(QMessageBox::Close)->setText(tr("Close"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void WizardWindow::fillRecent()
{
    m_recent->clear();
    const QStringList recent = AppSettings::recentProjects();
    for (const QString &path : recent)
        m_recent->addAction(path, this, [this, path] { openProjectFile(path); });
    m_recent->setEnabled(!recent.isEmpty());
    if (recent.isEmpty())
        m_recent->addAction(tr("(none yet)"))->setEnabled(false);
}

void WizardWindow::switchLanguage(const QString &code)
{
    if (m_session->install()->isInstalling()) {
        statusBar()->showMessage(tr("The language changes after the install (an install is running)."), 8000);
        return;
    }
    AppSettings::setLanguage(code);
    applyLanguage(code);
    menuBar()->clear();
    buildMenus();
    // The pages are views over the session: rebuilt in the new language, walked through the same
    // pages again (no validation, no page work), they lose nothing, their history included.
    const QList<int> visited = m_wizard ? m_wizard->visitedIds() : QList<int>();
    buildWizard(visited.isEmpty() ? int(InstallWizard::Welcome) : visited.first());
    m_wizard->replay(visited);
    setWindowTitle(tr("AgileSec HA Installer"));
}

bool WizardWindow::openProjectFile(const QString &path)
{
    QString error;
    if (!m_session->openProject(path, &error)) {
        QMessageBox::warning(this, tr("Open project"), error);
        return false;
    }
    AppSettings::addRecentProject(path);
    buildWizard(InstallWizard::Topology);
    statusBar()->showMessage(tr("Opened %1").arg(path), 8000);
    return true;
}

bool WizardWindow::importBundle(const QString &zipPath, const QString &projectPath)
{
    const BundleImporter::Result r = m_session->importBundle(zipPath, projectPath);
    if (!r.ok()) {
        statusBar()->showMessage(tr("Import refused: %1").arg(r.error.isEmpty() ? r.problems.join(QStringLiteral("; ")) : r.error));
        return false;
    }
    AppSettings::addRecentProject(r.projectPath);
    buildWizard(InstallWizard::Topology);
    statusBar()->showMessage(tr("Imported %1 into %2").arg(zipPath, r.projectPath), 15000);
    return true;
}
