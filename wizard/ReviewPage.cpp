#include "ReviewPage.h"

#include "ClusterSession.h"
#include "jobs/ExportJob.h"
#include "jobs/InstallJob.h"
#include "jobs/PrimaryConfigJob.h"
#include "PlanText.h"
#include "WrappingItemDelegate.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QDir>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

ReviewPage::ReviewPage(ClusterSession *session)
    : m_session(session)
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("Exactly what the guide's scripts would produce, and the order the nodes will be installed in. Nothing has been changed on any node yet."));

    m_files = new QListWidget;
    m_files->setObjectName(QStringLiteral("renderedFileList"));
    m_viewer = new QPlainTextEdit;
    m_viewer->setObjectName(QStringLiteral("renderedFileView"));
    m_viewer->setReadOnly(true);
    m_viewer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_viewer->setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(m_files, &QListWidget::currentRowChanged, this, [this](int row) {
        m_viewer->setPlainText(row >= 0 && row < m_shown.size() ? QString::fromUtf8(m_shown.at(row).content) : QString());
    });
    auto *filesSplit = new QSplitter(Qt::Horizontal);
    filesSplit->addWidget(m_files);
    filesSplit->addWidget(m_viewer);
    filesSplit->setStretchFactor(1, 3);

    m_plan = new QTreeWidget;
    m_plan->setObjectName(QStringLiteral("planTree"));
    m_plan->setHeaderLabels({tr("Phase / node / step"), tr("Command")});
    m_plan->setColumnWidth(0, 360);
    WrappingItemDelegate::install(m_plan); // every title, outcome and command in full: this is what will run

    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("reviewTabs"));
    tabs->addTab(filesSplit, tr("&Files"));
    tabs->addTab(m_plan, tr("&Plan"));

    m_save = new QPushButton(tr("&Save project"));
    m_save->setObjectName(QStringLiteral("saveProjectButton"));
    connect(m_save, &QPushButton::clicked, this, &ReviewPage::save);
    m_export = new QPushButton(tr("&Export bundle..."));
    m_export->setObjectName(QStringLiteral("exportBundleButton"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString suggested = QFileInfo(m_session->project().path).absoluteDir().filePath(QStringLiteral("agilesec-bundle.zip"));
        const QString zip = QFileDialog::getSaveFileName(this, tr("Export air-gapped bundle"), suggested, tr("Zip archives (*.zip)"));
        if (!zip.isEmpty())
            exportBundleTo(zip);
    });
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The engine: ours, or the exported playbook through ansible-playbook where it is installed.
    m_engine = new QComboBox;
    m_engine->setObjectName(QStringLiteral("engineCombo"));
    m_engine->addItem(tr("This installer"), int(InstallJob::Engine::Installer));
    m_engine->addItem(tr("Ansible (the exported playbook)"), int(InstallJob::Engine::Ansible));
    connect(m_engine, &QComboBox::currentIndexChanged, this, [this] {
        m_session->install()->setEngine(InstallJob::Engine(m_engine->currentData().toInt()));
        showEngineNote();
    });
    m_engineLabel = new QLabel(tr("Install &with:"));
    m_engineLabel->setBuddy(m_engine);
    m_engineNote = new QLabel;
    m_engineNote->setObjectName(QStringLiteral("engineNote"));
    m_engineNote->setWordWrap(true);
    auto *engineRow = new QHBoxLayout;
    engineRow->addWidget(m_engineLabel);
    engineRow->addWidget(m_engine);
    engineRow->addWidget(m_engineNote, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_export);
    buttons->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addLayout(engineRow);
    layout->addLayout(buttons);
    connect(session->bundleExport(), &ExportJob::finished, this, [this](bool ok, const QString &message) {
        m_export->setEnabled(true);
        m_exported = m_exported || ok;
        m_status->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
        m_status->setText(message);
        Q_EMIT completeChanged();
    });
    connect(session->primaryConfig(), &PrimaryConfigJob::finished, this, [this](bool ok, const QString &text) {
        if (m_shown.isEmpty() || m_files->item(0)->text() != backendDiffName())
            return;
        m_shown[0].content = (ok ? text : tr("Could not read it: %1").arg(text)).toUtf8();
        if (m_files->currentRow() == 0)
            m_viewer->setPlainText(QString::fromUtf8(m_shown[0].content));
    });
}

QString ReviewPage::backendDiffName()
{
    return tr("Changes against backend-1's multi_node_config.conf");
}

void ReviewPage::initializePage()
{
    const bool installs = m_session->needsNodes();
    setCommitPage(installs);
    setButtonText(QWizard::CommitButton, tr("&Install"));
    m_status->setStyleSheet(QString());
    m_status->setText(installs ? tr("Install saves the project and starts phase 0 of %n phase(s).", nullptr, int(m_session->plan().phases.size()))
                               : tr("Export the bundle to carry to the air-gapped site; it holds a runbook and an Ansible playbook."));
    fillEngines(installs);
    fill();
}

void ReviewPage::fillEngines(bool installs)
{
    m_engineLabel->setVisible(installs);
    m_engine->setVisible(installs);
    m_engineNote->setVisible(installs);
    m_ansibleUnavailable = m_session->install()->ansibleUnavailableReason();
    auto *model = qobject_cast<QStandardItemModel *>(m_engine->model());
    if (QStandardItem *ansible = model ? model->item(m_engine->findData(int(InstallJob::Engine::Ansible))) : nullptr) {
        ansible->setEnabled(m_ansibleUnavailable.isEmpty());
        ansible->setToolTip(m_ansibleUnavailable);
    }
    if (!m_ansibleUnavailable.isEmpty())
        m_engine->setCurrentIndex(0);
    m_session->install()->setEngine(InstallJob::Engine(m_engine->currentData().toInt()));
    showEngineNote();
}

void ReviewPage::showEngineNote()
{
    const bool ansible = m_session->install()->engine() == InstallJob::Engine::Ansible;
    m_engineNote->setStyleSheet(QString());
    if (ansible)
        m_engineNote->setText(tr("ansible-playbook runs the playbook written to %1: the same phases and steps; a failure stops the run (no retry or skip).")
                                  .arg(QDir(m_session->project().outputPath()).filePath(QStringLiteral("ansible"))));
    else if (m_ansibleUnavailable.isEmpty())
        m_engineNote->setText(tr("Retry or skip a failed node; the steps go on on the nodes if this machine sleeps."));
    else
        m_engineNote->setText(tr("Retry or skip a failed node. Ansible is not available: %1").arg(m_ansibleUnavailable));
}

void ReviewPage::fill()
{
    // Rendered once per visit: the load-balancer files read the CA and render each time.
    m_shown = m_session->reviewFiles();
    if (m_session->modifiesRunningCluster()) {
        // A running cluster: what this changes in the config the guide keeps on backend-1.
        m_shown.prepend(RenderedFile{backendDiffName(), tr("Reading it from backend-1...").toUtf8(), 0644});
        m_session->primaryConfig()->start();
    }
    m_files->clear();
    for (const RenderedFile &f : std::as_const(m_shown))
        m_files->addItem(f.relativePath);
    if (m_files->count() > 0)
        m_files->setCurrentRow(0);
    m_plan->clear();
    for (const PlanPhase &phase : m_session->plan().phases) {
        auto *phaseItem = new QTreeWidgetItem(m_plan, {tr("Phase %1: %2").arg(phase.index).arg(PlanText::translated(phase.title)), PlanText::translated(phase.waitFor)});
        for (const PlanNode &node : phase.nodes) {
            auto *nodeItem = new QTreeWidgetItem(phaseItem, {node.hostname, node.address});
            for (const PlanStep &step : node.steps)
                new QTreeWidgetItem(nodeItem, {PlanText::translated(step.title), step.command.isEmpty() ? step.remotePath : step.command});
        }
        phaseItem->setExpanded(true);
    }
}

void ReviewPage::save()
{
    const QString error = m_session->saveProject();
    m_status->setStyleSheet(error.isEmpty() ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_status->setText(error.isEmpty() ? tr("Saved %1").arg(m_session->project().path) : tr("Not saved: %1").arg(error));
}

void ReviewPage::exportBundleTo(const QString &zipPath)
{
    m_export->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Exporting %1...").arg(zipPath));
    m_session->bundleExport()->start(zipPath);
}

bool ReviewPage::isComplete() const
{
    if (!m_session->result().ok())
        return false;
    return m_session->needsNodes() || m_exported; // an export-only run ends with the bundle
}
