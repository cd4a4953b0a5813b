#include "MainWindow.h"

#include "ClusterSession.h"
#include "ProfileCatalog.h"
#include "SiteFailureAnalysis.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new ClusterSession(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("AgileSec HA Installer"));
    resize(1200, 720);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open multi_node_config.conf..."),
                                        this, &MainWindow::openConfig);
    open->setShortcut(QKeySequence::Open);
    QAction *reload = fileMenu->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Reload"), m_session,
                                          &ClusterSession::reload);
    reload->setShortcut(QKeySequence::Refresh);
    fileMenu->addAction(tr("Open &project..."), this, &MainWindow::chooseProject);
    QMenu *examples = fileMenu->addMenu(tr("Open &example"));
    const QList<QPair<QString, QString>> exampleFiles{{tr("3-node (2 backends, 1 frontend)"), QStringLiteral(":/examples/three-node.conf")},
                                                      {tr("4-node (2 backends, 2 frontends)"), QStringLiteral(":/examples/four-node.conf")},
                                                      {tr("7-node stretch cluster with coordinator"),
                                                       QStringLiteral(":/examples/seven-node-stretch.conf")}};
    for (const auto &[label, resource] : exampleFiles)
        examples->addAction(label, this, [this, resource = resource] { openExample(resource); });
    fileMenu->addSeparator();
    m_export = fileMenu->addAction(tr("&Export air-gapped bundle..."), this, &MainWindow::chooseExport);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setEnabled(false);
    m_export->setToolTip(tr("A zip with everything to install this cluster without this app: files, runbooks, scripts, Ansible, checksums"));
    fileMenu->addAction(tr("&Import bundle..."), this, &MainWindow::chooseImport);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit)->setShortcut(QKeySequence::Quit);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(open);
    toolbar->addAction(reload);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel(tr("Open a multi_node_config.conf (File > Open) or an example (File > Open example) to begin."), central);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    // A wrapped label must get the height of all its lines, not of one.
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    layout->addWidget(m_tabs, 1);

    auto *topology = new QSplitter(Qt::Vertical, m_tabs);
    m_nodes = new QTableWidget(topology);
    m_nodes->setObjectName(QStringLiteral("nodeTable"));
    m_nodes->setColumnCount(6);
    m_nodes->setHorizontalHeaderLabels({tr("Host name"), tr("Private IP"), tr("Profile"), tr("Site / AZ"), tr("Quorum voter"), tr("Services")});
    m_nodes->horizontalHeader()->setStretchLastSection(true);
    m_nodes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nodes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodes->verticalHeader()->hide();
    m_sites = new QTableWidget(topology);
    m_sites->setObjectName(QStringLiteral("siteFailureTable"));
    m_sites->setColumnCount(5);
    m_sites->setHorizontalHeaderLabels({tr("If this site fails"), tr("Nodes lost"), tr("Quorum voters left"), tr("Every shard keeps a copy"),
                                        tr("Frontends left")});
    m_sites->horizontalHeader()->setStretchLastSection(true);
    m_sites->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sites->verticalHeader()->hide();
    m_tabs->addTab(topology, tr("Topology"));

    m_diagnostics = new QListWidget(m_tabs);
    m_diagnostics->setObjectName(QStringLiteral("diagnosticsList"));
    m_diagnostics->setWordWrap(true);
    m_tabs->addTab(m_diagnostics, tr("Validation"));

    auto *files = new QSplitter(Qt::Horizontal, m_tabs);
    m_fileList = new QListWidget(files);
    m_fileList->setObjectName(QStringLiteral("renderedFileList"));
    m_fileView = new QPlainTextEdit(files);
    m_fileView->setObjectName(QStringLiteral("renderedFileView"));
    m_fileView->setReadOnly(true);
    m_fileView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    files->setSizes({360, 1000});
    m_tabs->addTab(files, tr("Rendered files"));
    connect(m_fileList, &QListWidget::currentRowChanged, this, [this](int row) {
        const QList<RenderedFile> &rendered = m_session->renderedFiles();
        m_fileView->setPlainText(row >= 0 && row < rendered.size() ? QString::fromUtf8(rendered[row].content) : QString());
        m_fileView->moveCursor(QTextCursor::Start);
    });

    m_plan = new QTreeWidget(m_tabs);
    m_plan->setObjectName(QStringLiteral("planTree"));
    m_plan->setHeaderLabels({tr("Phase / node / step"), tr("Command")});
    m_plan->setColumnWidth(0, 420);
    m_tabs->addTab(m_plan, tr("Install plan"));

    setCentralWidget(central);
    statusBar()->showMessage(tr("No cluster loaded"));
    connect(m_session, &ClusterSession::changed, this, &MainWindow::refresh);
    connect(m_session, &ClusterSession::changed, this, [this] { m_export->setEnabled(m_session->project() && m_session->result().ok()); });
    connect(m_session, &ClusterSession::exportFinished, this, [this](bool ok, const QString &message) {
        m_export->setEnabled(m_session->project().has_value());
        statusBar()->showMessage(message);
        m_summary->setText(message);
        if (!ok)
            m_summary->setStyleSheet(QStringLiteral("color: #b00020"));
        else
            m_summary->setStyleSheet({});
    });
}

bool MainWindow::openProjectFile(const QString &path)
{
    QString error;
    if (!m_session->openProject(path, &error)) {
        statusBar()->showMessage(error);
        m_summary->setText(tr("Cannot open the project: %1").arg(error));
        return false;
    }
    return true;
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(), tr("Projects (*.json);;All files (*)"));
    if (!path.isEmpty())
        openProjectFile(path);
}

void MainWindow::exportBundleTo(const QString &zipPath)
{
    m_export->setEnabled(false);
    statusBar()->showMessage(tr("Writing %1 ...").arg(zipPath));
    m_session->exportBundle(zipPath);
}

void MainWindow::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export air-gapped bundle"), QStringLiteral("agilesec-bundle.zip"), tr("Zip files (*.zip)"));
    if (!path.isEmpty())
        exportBundleTo(path);
}

bool MainWindow::importBundle(const QString &zipPath, const QString &projectPath)
{
    const BundleImporter::Result r = m_session->importBundle(zipPath, projectPath);
    if (!r.ok()) {
        const QString why = !r.error.isEmpty() ? r.error : r.problems.join(QStringLiteral("; "));
        statusBar()->showMessage(tr("Import refused"));
        m_summary->setText(tr("The bundle was not imported (nothing was written): %1").arg(why));
        m_summary->setStyleSheet(QStringLiteral("color: #b00020"));
        return false;
    }
    m_summary->setStyleSheet({});
    statusBar()->showMessage(tr("Imported %1 files into %2").arg(r.files).arg(r.directory));
    return true;
}

void MainWindow::chooseImport()
{
    const QString zip = QFileDialog::getOpenFileName(this, tr("Import bundle"), QString(), tr("Zip files (*.zip)"));
    if (zip.isEmpty())
        return;
    const QString project = QFileDialog::getSaveFileName(this, tr("Project file to create"), QStringLiteral("project.json"), tr("Projects (*.json)"));
    if (!project.isEmpty())
        importBundle(zip, project);
}

void MainWindow::openConfig()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open multi_node_config.conf"), QString(),
                                                      tr("Cluster configuration (*.conf);;All files (*)"));
    if (!path.isEmpty())
        m_session->openFile(path);
}

void MainWindow::openExample(const QString &resource)
{
    QFile file(resource);
    if (file.open(QIODevice::ReadOnly))
        m_session->openData(file.readAll(), resource.section(QLatin1Char('/'), -1));
}

void MainWindow::refresh()
{
    const ClusterLoader::Result &r = m_session->result();
    const int errors = Diagnostic::count(r.diagnostics, Diagnostic::Severity::Error);
    const int warnings = Diagnostic::count(r.diagnostics, Diagnostic::Severity::Warning);
    m_summary->setText(tr("<b>%1</b>: %2 node(s), %3 quorum voter(s), FQDN %4:%5. %6")
                           .arg(m_session->sourceName().toHtmlEscaped())
                           .arg(r.cluster.nodes.size())
                           .arg(r.cluster.quorumVoters().size())
                           .arg(r.cluster.fqdn().toHtmlEscaped())
                           .arg(r.cluster.frontendPort)
                           .arg(errors ? tr("<span style='color:#b00020'>%1 error(s), %2 warning(s): no files or plan until the errors are fixed.</span>")
                                             .arg(errors)
                                             .arg(warnings)
                                       : tr("<span style='color:#1b5e20'>Valid</span>, %1 warning(s).").arg(warnings)));
    statusBar()->showMessage(tr("%1 rendered files, %2 plan phases, %3 steps")
                                 .arg(m_session->renderedFiles().size())
                                 .arg(m_session->plan().phases.size())
                                 .arg(m_session->plan().stepCount()));
    m_tabs->setTabText(1, errors + warnings ? tr("Validation (%1)").arg(errors + warnings) : tr("Validation"));
    fillNodes();
    fillSites();
    fillDiagnostics();
    fillFiles();
    fillPlan();
}

void MainWindow::fillNodes()
{
    const Cluster &cluster = m_session->result().cluster;
    m_nodes->setRowCount(int(cluster.nodes.size()));
    for (int row = 0; row < cluster.nodes.size(); ++row) {
        const Node &node = cluster.nodes[row];
        const bool voter = node.profile && ProfileCatalog::isQuorumVoter(*node.profile);
        const QStringList cells{node.hostname,
                                node.privateIp,
                                node.profile ? ProfileCatalog::name(*node.profile) : tr("(unknown)"),
                                node.site,
                                voter ? tr("yes") : QString(),
                                node.profile ? ProfileCatalog::serviceNames(*node.profile).join(QStringLiteral(", ")) : QString()};
        for (int col = 0; col < cells.size(); ++col)
            m_nodes->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_nodes->resizeColumnsToContents();
}

void MainWindow::fillSites()
{
    const QList<SiteOutcome> outcomes = SiteFailureAnalysis::analyze(m_session->result().cluster);
    m_sites->setVisible(!outcomes.isEmpty());
    m_sites->setRowCount(int(outcomes.size()));
    for (int row = 0; row < outcomes.size(); ++row) {
        const SiteOutcome &o = outcomes[row];
        const QStringList cells{o.site, o.nodesLost.join(QStringLiteral(", ")),
                                tr("%1 of %2 (majority %3): %4").arg(o.votersRemaining).arg(o.votersTotal).arg(o.majority)
                                    .arg(o.quorumSurvives ? tr("quorum survives") : tr("QUORUM LOST")),
                                o.everyShardKeepsACopy ? tr("yes") : tr("no"), QString::number(o.frontendsRemaining)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == 2)
                item->setForeground(o.quorumSurvives ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb0, 0x00, 0x20));
            m_sites->setItem(row, col, item);
        }
    }
    m_sites->resizeColumnsToContents();
}

void MainWindow::fillDiagnostics()
{
    m_diagnostics->clear();
    // Errors first, each group in line order: what blocks comes before what informs.
    QList<Diagnostic> sorted = m_session->result().diagnostics;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.isError() != b.isError())
            return a.isError();
        return (a.line == 0 ? INT_MAX : a.line) < (b.line == 0 ? INT_MAX : b.line);
    });
    for (const Diagnostic &d : std::as_const(sorted)) {
        auto *item = new QListWidgetItem(style()->standardIcon(d.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
                                         d.format(), m_diagnostics);
        item->setToolTip(d.key.isEmpty() ? d.message : tr("Key: %1").arg(d.key));
    }
    if (m_session->result().diagnostics.isEmpty())
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("No problems found."), m_diagnostics);
}

void MainWindow::fillFiles()
{
    m_fileList->clear();
    for (const RenderedFile &f : m_session->renderedFiles())
        m_fileList->addItem(f.relativePath);
    if (m_fileList->count() > 0)
        m_fileList->setCurrentRow(0);
    else
        m_fileView->clear();
}

void MainWindow::fillPlan()
{
    m_plan->clear();
    for (const PlanPhase &phase : m_session->plan().phases) {
        auto *phaseItem = new QTreeWidgetItem(m_plan, {tr("Phase %1: %2").arg(phase.index).arg(phase.title)});
        phaseItem->setFirstColumnSpanned(true);
        phaseItem->setToolTip(0, tr("Before the next phase: %1").arg(phase.waitFor));
        for (const PlanNode &node : phase.nodes) {
            auto *nodeItem = new QTreeWidgetItem(phaseItem, {QStringLiteral("%1 (%2)").arg(node.hostname, ProfileCatalog::name(node.profile))});
            nodeItem->setFirstColumnSpanned(true);
            // Preparation is the same on every node; the install phases are what people check.
            nodeItem->setExpanded(phase.kind != PlanPhase::Kind::Prepare);
            for (const PlanStep &step : node.steps) {
                auto *stepItem = new QTreeWidgetItem(nodeItem, {step.title, step.command});
                stepItem->setToolTip(1, step.command);
            }
        }
        phaseItem->setExpanded(true);
    }
}
