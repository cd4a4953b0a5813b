#include "WelcomePage.h"

#include "AppSettings.h"
#include "ClusterSession.h"
#include "jobs/LabJob.h"
#include "lab/LabEnvironment.h"
#include "PathField.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>


WelcomePage::WelcomePage(ClusterSession *session)
    : m_session(session)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Welcome"));
    setSubTitle(tr("Install a highly available AgileSec Platform cluster over SSH, grow it later, or prepare everything for an air-gapped site."));

    m_choices = new QButtonGroup(this);
    auto *grid = new QGridLayout;
    int row = 0;
    const auto addChoice = [&](Choice id, const QString &name, const QString &text, const QString &tip) {
        auto *radio = new QRadioButton(text);
        radio->setObjectName(name);
        radio->setToolTip(tip);
        m_choices->addButton(radio, id);
        grid->addWidget(radio, row++, 0, 1, 2);
    };
    const auto addField = [&](const QString &label, QWidget *field) {
        grid->addWidget(new QLabel(label), row, 0, Qt::AlignRight);
        grid->addWidget(field, row++, 1);
    };

    addChoice(NewCluster, QStringLiteral("newClusterRadio"), tr("&New cluster from a template"),
              tr("Start from the guide's 3-node, 4-node or 7-node stretch topology and edit it."));
    m_template = new QComboBox;
    m_template->setObjectName(QStringLiteral("templateCombo"));
    m_template->addItem(tr("4 nodes: 2 backends, 2 frontends"), QStringLiteral("4"));
    m_template->addItem(tr("3 nodes: 2 backends, 1 frontend"), QStringLiteral("3"));
    m_template->addItem(tr("7 nodes: stretch over 3 sites; coordinator-1 takes frontend-1's quorum role"), QStringLiteral("7"));
    addField(tr("Template:"), m_template);
    auto *folderField = new PathField(PathField::Kind::Directory, QStringLiteral("projectFolderEdit"), tr("Project folder"));
    m_projectFolder = folderField->edit();
    m_projectFolder->setText(QDir::home().filePath(QStringLiteral("agilesec-projects/cluster-1")));
    m_projectFolder->setToolTip(tr("The project file, the config and everything generated are kept in this folder."));
    addField(tr("Project folder:"), folderField);

    addChoice(OpenProject, QStringLiteral("openProjectRadio"), tr("&Open a project"), tr("Continue with a project saved earlier."));
    auto *projectField = new PathField(PathField::Kind::OpenFile, QStringLiteral("projectFileEdit"), tr("Open project"), tr("Projects (*.json);;All files (*)"));
    m_projectFile = projectField->edit();
    m_projectFile->setPlaceholderText(tr("project.json"));
    addField(tr("Project file:"), projectField);
    m_recent = new QListWidget;
    m_recent->setObjectName(QStringLiteral("recentProjectsList"));
    m_recent->setMaximumHeight(70);
    m_recent->addItems(AppSettings::recentProjects());
    connect(m_recent, &QListWidget::currentTextChanged, this, [this](const QString &path) {
        m_projectFile->setText(path);
        if (choice() != AddNode && choice() != Maintain)
            m_choices->button(OpenProject)->setChecked(true);
    });
    addField(tr("Recent:"), m_recent);
    addChoice(AddNode, QStringLiteral("addNodeRadio"), tr("&Add a frontend or scan node to the running cluster of that project"),
              tr("Day 2: the new node is installed and the existing frontends patched, as the guide's sections on adding nodes do."));
    addChoice(Maintain, QStringLiteral("maintainRadio"), tr("Rolling &maintenance of that project's running cluster"),
              tr("Day 2: restart, patch or reboot nodes one at a time, each out of the load balancer's rotation while it is worked on."));

    addChoice(ImportConfig, QStringLiteral("importConfigRadio"), tr("&Import an existing cluster's multi_node_config.conf"),
              tr("Read the config the guide's scripts use (generate_envs/multi_node_config.conf) from a file."));
    auto *configField = new PathField(PathField::Kind::OpenFile, QStringLiteral("configFileEdit"), tr("Import multi_node_config.conf"),
                                      tr("Config (*.conf);;All files (*)"));
    m_configFile = configField->edit();
    m_configFile->setPlaceholderText(tr("multi_node_config.conf"));
    addField(tr("Config file:"), configField);
    addChoice(ImportFromNode, QStringLiteral("importFromNodeRadio"), tr("Import a running cluster from &backend-1 over SSH (into the project folder above)"),
              tr("Reads the config, the CA and the certificate bundle where the guide keeps them on backend-1; changes nothing there."));

    addChoice(Lab, QStringLiteral("labRadio"), tr("Try the local &lab (a simulation on this machine)"),
              tr("Real SSH servers on 127.0.0.x with a simulated AgileSec installer: the whole install without real nodes."));
    m_labTopology = new QComboBox;
    m_labTopology->setObjectName(QStringLiteral("labTopologyCombo"));
    m_labTopology->addItem(tr("4 nodes"), QStringLiteral("4"));
    m_labTopology->addItem(tr("3 nodes"), QStringLiteral("3"));
    m_labTopology->addItem(tr("7 nodes, stretch"), QStringLiteral("7"));
    m_labFolder = new QLineEdit(LabEnvironment::defaultDirectory());
    m_labFolder->setObjectName(QStringLiteral("labFolderEdit"));
    m_startLab = new QPushButton(tr("Start lab"));
    m_startLab->setObjectName(QStringLiteral("startLabButton"));
    m_stopLab = new QPushButton(tr("Stop lab"));
    m_stopLab->setObjectName(QStringLiteral("stopLabButton"));
    m_stopLab->setEnabled(false);
    m_stopLab->setToolTip(tr("Stops exactly the processes the lab started: its sshd, web servers and load balancer"));
    m_labBusy = new QProgressBar;
    m_labBusy->setObjectName(QStringLiteral("labProgress"));
    m_labBusy->setRange(0, 0); // busy: the lines below say what has started
    m_labBusy->setMaximumWidth(120);
    m_labBusy->setVisible(false);
    auto *labRow = new QWidget;
    auto *labLayout = new QHBoxLayout(labRow);
    labLayout->setContentsMargins(0, 0, 0, 0);
    labLayout->addWidget(m_labTopology);
    labLayout->addWidget(m_labFolder, 1);
    labLayout->addWidget(m_startLab);
    labLayout->addWidget(m_stopLab);
    labLayout->addWidget(m_labBusy);
    addField(tr("Lab:"), labRow);
    const QString unsupported = LabEnvironment::unsupportedReason();
    if (!unsupported.isEmpty()) {
        m_choices->button(Lab)->setEnabled(false);
        m_choices->button(Lab)->setToolTip(unsupported);
        labRow->setEnabled(false);
    }
    connect(m_startLab, &QPushButton::clicked, this, &WelcomePage::startLab);
    connect(m_stopLab, &QPushButton::clicked, this, &WelcomePage::stopLab);
    connect(session->lab(), &LabJob::progressLine, this, [this](const QString &line) {
        m_labLines << line;
        m_error->setText(tr("Starting the lab:") + QLatin1Char('\n') + m_labLines.mid(std::max<qsizetype>(0, m_labLines.size() - 4)).join(QLatin1Char('\n')));
    });
    connect(session->lab(), &LabJob::stopped, this, [this](bool ok, const QString &message) {
        m_labBusy->setVisible(false);
        m_labReady = false;
        showError(ok ? QString() : message);
        if (ok)
            m_error->setText(message);
        updateLabButtons();
        Q_EMIT completeChanged();
    });
    connect(session->lab(), &LabJob::finished, this, [this](bool ok, const QString &message) {
        m_labBusy->setVisible(false);
        updateLabButtons();
        m_labReady = ok;
        showError(ok ? QString() : message);
        if (ok)
            m_error->setText(message);
        Q_EMIT completeChanged();
    });

    m_exportOnly = new QCheckBox(tr("&Export only: prepare a bundle here for an air-gapped site (no SSH from this machine)"));
    m_exportOnly->setObjectName(QStringLiteral("exportOnlyCheck"));
    grid->addWidget(m_exportOnly, row++, 0, 1, 2);
    grid->setColumnStretch(1, 1);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("welcomeMessage"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(m_error);

    m_choices->button(NewCluster)->setChecked(true);
    for (QLineEdit *edit : {m_projectFolder, m_projectFile, m_configFile})
        connect(edit, &QLineEdit::textChanged, this, &WelcomePage::completeChanged);
    connect(m_choices, &QButtonGroup::idClicked, this, [this] {
        showError({});
        m_exportOnly->setEnabled(exportPossible());
        Q_EMIT completeChanged();
    });
}

int WelcomePage::choice() const
{
    return m_choices->checkedId();
}

bool WelcomePage::exportPossible() const
{
    // Day-2 work and the lab act on nodes: never an export for an air-gapped site.
    return !(choice() == Lab || choice() == AddNode || choice() == Maintain || choice() == ImportFromNode);
}

void WelcomePage::showError(const QString &message)
{
    m_error->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    m_error->setText(message);
}

void WelcomePage::initializePage()
{
    updateLabButtons(); // a lab left running (back from a later page) can be stopped here
}

void WelcomePage::updateLabButtons()
{
    const bool busy = m_session->lab()->isRunning();
    m_startLab->setEnabled(!busy);
    m_stopLab->setEnabled(!busy && !m_session->runningLabDirectory().isEmpty());
}

void WelcomePage::stopLab()
{
    const QString directory = m_session->runningLabDirectory();
    if (directory.isEmpty())
        return;
    m_startLab->setEnabled(false);
    m_stopLab->setEnabled(false);
    m_labBusy->setVisible(true);
    showError({});
    m_error->setText(tr("Stopping the lab in %1...").arg(directory));
    m_session->lab()->stop(directory);
    Q_EMIT completeChanged();
}

void WelcomePage::startLab()
{
    m_choices->button(Lab)->setChecked(true);
    m_startLab->setEnabled(false);
    m_stopLab->setEnabled(false);
    m_labBusy->setVisible(true);
    m_labLines.clear();
    m_labReady = false;
    showError({});
    m_error->setText(tr("Starting the lab: one sshd per node, keys, a simulated installer..."));
    m_session->lab()->start(m_labFolder->text(), m_labTopology->currentData().toString());
    Q_EMIT completeChanged();
}

bool WelcomePage::isComplete() const
{
    switch (choice()) {
    case NewCluster:
        return !m_projectFolder->text().trimmed().isEmpty();
    case OpenProject:
    case AddNode:
    case Maintain:
        return !m_projectFile->text().trimmed().isEmpty();
    case ImportConfig:
        return !m_configFile->text().trimmed().isEmpty() && !m_projectFolder->text().trimmed().isEmpty();
    case ImportFromNode:
        return !m_projectFolder->text().trimmed().isEmpty();
    case Lab:
        return m_labReady && !m_session->lab()->isRunning();
    }
    return false;
}

bool WelcomePage::validatePage()
{
    const bool exportOnly = m_exportOnly->isChecked() && exportPossible();
    const QString projectPath = QDir(m_projectFolder->text().trimmed()).filePath(QStringLiteral("project.json"));
    // A new project never overwrites one already in its folder.
    const auto claimFolder = [&] {
        if (QFileInfo::exists(projectPath)) {
            showError(tr("Project folder: %1 already holds a project. Open it instead, or choose an empty folder.").arg(projectPath));
            return false;
        }
        m_session->setProjectPath(projectPath);
        return true;
    };
    switch (choice()) {
    case NewCluster:
        if (!claimFolder())
            return false;
        m_session->newFromTemplate(m_template->currentData().toString());
        m_session->setGoal(exportOnly ? ClusterSession::Goal::ExportOnly : ClusterSession::Goal::NewCluster);
        break;
    case OpenProject:
    case AddNode:
    case Maintain: {
        QString error;
        if (!m_session->openProject(m_projectFile->text().trimmed(), &error)) {
            showError(tr("Project file: %1").arg(error));
            return false;
        }
        AppSettings::addRecentProject(m_session->project().path);
        if ((choice() == AddNode || choice() == Maintain) && !m_session->result().ok()) {
            showError(choice() == AddNode ? tr("Project file: the cluster in %1 has errors; open it to fix them before adding a node.").arg(m_session->project().path)
                                          : tr("Project file: the cluster in %1 has errors; open it to fix them before maintenance.").arg(m_session->project().path));
            return false;
        }
        m_session->setGoal(choice() == AddNode    ? ClusterSession::Goal::AddNode
                           : choice() == Maintain ? ClusterSession::Goal::Maintain
                           : exportOnly           ? ClusterSession::Goal::ExportOnly
                                                  : ClusterSession::Goal::OpenProject);
        break;
    }
    case ImportConfig: {
        const QString path = m_configFile->text().trimmed();
        if (!QFileInfo(path).isFile()) {
            showError(tr("Config file: %1 does not exist or is not a file.").arg(path));
            return false;
        }
        if (!claimFolder())
            return false;
        m_session->openFile(path); // its findings show on the topology page
        m_session->setGoal(exportOnly ? ClusterSession::Goal::ExportOnly : ClusterSession::Goal::ImportConfig);
        break;
    }
    case ImportFromNode:
        if (!claimFolder())
            return false;
        m_session->setGoal(ClusterSession::Goal::ImportFromNode); // the next page reads backend-1
        break;
    case Lab:
        AppSettings::addRecentProject(m_session->project().path);
        break;
    }
    showError({});
    return true;
}
