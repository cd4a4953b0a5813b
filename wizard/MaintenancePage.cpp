#include "MaintenancePage.h"

#include "ClusterSession.h"
#include "core/ProfileCatalog.h"
#include "FieldWidth.h"
#include "jobs/MaintenanceJob.h"
#include "RotationView.h"
#include "StatusTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
const QColor kOut(0xff, 0xe0, 0xb2);  // out of rotation, being worked on
const QColor kGood(0xc8, 0xe6, 0xc9);
const QColor kBad(0xff, 0xcd, 0xd2);
const QColor kWork(0x60, 0x60, 0x60); // the work's own output in the timeline
} // namespace

MaintenancePage::MaintenancePage(ClusterSession *session)
    : m_session(session)
{
    setObjectName(QStringLiteral("maintenancePage"));
    setTitle(tr("Rolling maintenance"));
    setSubTitle(tr("One node at a time: out of the load balancer's rotation, worked on, checked healthy, back in. Backends go one at a time "
                   "with the quorum checked before and after each. The first problem stops the run with that node where it is."));
    m_unfinished = new QLabel;
    m_unfinished->setObjectName(QStringLiteral("maintainUnfinishedLabel"));
    m_unfinished->setWordWrap(true);
    m_unfinished->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_resume = new QPushButton(tr("&Resume that run"));
    m_resume->setObjectName(QStringLiteral("resumeMaintenanceButton"));
    auto *unfinished = new QHBoxLayout;
    unfinished->addWidget(m_unfinished, 1);
    unfinished->addWidget(m_resume);
    m_start = new QPushButton(tr("&Start maintenance"));
    m_start->setObjectName(QStringLiteral("startMaintenanceButton"));
    m_stop = new QPushButton(tr("S&top the run"));
    m_stop->setObjectName(QStringLiteral("stopMaintenanceButton"));
    m_stop->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    m_timeline = new QListWidget;
    m_timeline->setObjectName(QStringLiteral("maintenanceTimeline"));
    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("maintenanceVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(buildProgress());
    split->addWidget(m_timeline);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildChoice());
    layout->addLayout(unfinished);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    layout->addWidget(m_verdict);

    connect(m_start, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_resume, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_verdict->setText(tr("Stopping: the current node stays where it is; resume the run later..."));
        m_session->maintenance()->cancel();
    });
    MaintenanceJob *job = session->maintenance();
    connect(job, &MaintenanceJob::event, this, [this](qint64 ms, const QString &host, const QString &phase, const QString &text, bool problem) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 s  %2").arg(double(ms) / 1000.0, 6, 'f', 1).arg(text), m_timeline);
        if (problem)
            item->setForeground(QColor(0xb0, 0x00, 0x20));
        m_timeline->scrollToBottom();
        setStage(host, phase, text, problem);
    });
    connect(job, &MaintenanceJob::workLine, this, [this](const QString &host, const QString &line) {
        auto *item = new QListWidgetItem(QStringLiteral("           %1: %2").arg(host, line), m_timeline);
        item->setForeground(kWork);
        m_timeline->scrollToBottom();
    });
    connect(job, &MaintenanceJob::runningChanged, this, &MaintenancePage::completeChanged);
    connect(job, &MaintenanceJob::finished, this, &MaintenancePage::showVerdict);
    job->setConfirm([this](const QString &instructions) {
        return QMessageBox::question(this, tr("Your step at the load balancer"), instructions + QLatin1String("\n\n") + tr("Done?"),
                                     QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes;
    });
}

QWidget *MaintenancePage::buildChoice()
{
    m_nodes = new QListWidget;
    m_nodes->setObjectName(QStringLiteral("maintainNodesList"));
    connect(m_nodes, &QListWidget::itemChanged, this, &MaintenancePage::showPlan);
    m_allFrontends = new QPushButton(tr("All &frontends"));
    m_allFrontends->setObjectName(QStringLiteral("allFrontendsButton"));
    m_allBackends = new QPushButton(tr("All &backends"));
    m_allBackends->setObjectName(QStringLiteral("allBackendsButton"));
    connect(m_allFrontends, &QPushButton::clicked, this, [this] { check(true, false); });
    connect(m_allBackends, &QPushButton::clicked, this, [this] { check(false, true); });
    auto *pick = new QHBoxLayout;
    pick->addWidget(m_allFrontends);
    pick->addWidget(m_allBackends);
    pick->addStretch(1);
    auto *nodes = new QVBoxLayout;
    nodes->addWidget(new QLabel(tr("Nodes, in this order:")));
    nodes->addWidget(m_nodes);
    nodes->addLayout(pick);
    nodes->addStretch(1);

    m_work = new QComboBox;
    m_work->setObjectName(QStringLiteral("maintainWorkCombo"));
    m_work->addItem(tr("Restart its services (manage.sh stop all, start all)"), int(MaintenanceRequest::Work::RestartServices));
    m_work->addItem(tr("Run a command in its installer directory"), int(MaintenanceRequest::Work::Run));
    m_work->addItem(tr("Reboot it (its host key checked again after)"), int(MaintenanceRequest::Work::Reboot));
    m_command = new QLineEdit;
    m_command->setObjectName(QStringLiteral("maintainCommandEdit"));
    m_command->setPlaceholderText(tr("for example: sudo apt-get -y upgrade"));
    m_sudo = new QCheckBox(tr("It uses s&udo (given the sudo password on its input, never on a command line)"));
    m_sudo->setObjectName(QStringLiteral("maintainSudoCheck"));
    m_maxOut = new QSpinBox;
    m_maxOut->setObjectName(QStringLiteral("maintainMaxOutSpin"));
    m_maxOut->setRange(1, 100);
    m_maxOut->setToolTip(tr("How many frontends may be out of rotation at once; backends always go one at a time."));
    m_drain = new QSpinBox;
    m_drain->setObjectName(QStringLiteral("maintainDrainSpin"));
    m_drain->setRange(0, 86400);
    m_drain->setValue(30);
    m_drain->setSuffix(tr(" s"));
    m_drain->setToolTip(tr("How long the open sessions of a frontend may take to end before it goes into maintenance."));
    for (QSpinBox *spin : {m_maxOut, m_drain})
        FieldWidth::fit(spin);
    auto *form = new QFormLayout;
    form->addRow(tr("&Work:"), m_work);
    form->addRow(tr("&Command:"), m_command);
    form->addRow(QString(), m_sudo);
    form->addRow(tr("Frontends &out at once:"), m_maxOut);
    form->addRow(tr("&Drain time:"), m_drain);
    const auto workChanged = [this] {
        const bool run = MaintenanceRequest::Work(m_work->currentData().toInt()) == MaintenanceRequest::Work::Run;
        m_command->setEnabled(run);
        m_sudo->setEnabled(run);
        showPlan();
    };
    connect(m_work, &QComboBox::currentIndexChanged, this, workChanged);
    connect(m_command, &QLineEdit::textChanged, this, &MaintenancePage::showPlan);
    connect(m_maxOut, &QSpinBox::valueChanged, this, &MaintenancePage::showPlan);
    workChanged();

    auto *choice = new QWidget;
    auto *row = new QHBoxLayout(choice);
    row->setContentsMargins(0, 0, 0, 0);
    row->addLayout(nodes, 2);
    row->addLayout(form, 3);
    return choice;
}

QWidget *MaintenancePage::buildProgress()
{
    m_progress = new StatusTable(QStringLiteral("maintenanceProgressTable"), {tr("Node"), tr("Role"), tr("Stage"), tr("Last")});
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_progress);
    split->addWidget(new RotationView(m_session->maintenance()));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

void MaintenancePage::initializePage()
{
    fillNodes();
    showUnfinished();
    showPlan();
    m_session->maintenance()->refreshRotation();
}

void MaintenancePage::fillNodes()
{
    const QSignalBlocker blocker(m_nodes);
    m_nodes->clear();
    for (const Node &n : m_session->cluster().nodes) {
        if (!n.profile)
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1  (%2, %3)").arg(n.hostname, ProfileCatalog::name(*n.profile), n.privateIp), m_nodes);
        item->setData(Qt::UserRole, n.hostname);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ProfileCatalog::isFrontend(*n.profile) ? Qt::Checked : Qt::Unchecked);
    }
    // As tall as its rows (a 7-node stretch cluster scrolls), so the progress keeps the room.
    m_nodes->setFixedHeight(std::min(7, std::max(3, m_nodes->count())) * m_nodes->sizeHintForRow(0) + 2 * m_nodes->frameWidth() + 4);
    const int frontends = int(m_session->cluster().frontends().size());
    m_maxOut->setMaximum(std::max(1, frontends - 1));
}

void MaintenancePage::check(bool frontends, bool backends)
{
    {
        const QSignalBlocker blocker(m_nodes);
        for (int i = 0; i < m_nodes->count(); ++i) {
            const Node *n = m_session->cluster().findByHostname(m_nodes->item(i)->data(Qt::UserRole).toString());
            const bool frontend = n && n->profile && ProfileCatalog::isFrontend(*n->profile);
            const bool backend = n && n->profile && (ProfileCatalog::isBackend(*n->profile) || *n->profile == Profile::Coordinator);
            m_nodes->item(i)->setCheckState((frontends && frontend) || (backends && backend) ? Qt::Checked : Qt::Unchecked);
        }
    }
    showPlan();
}

MaintenanceRequest MaintenancePage::request() const
{
    MaintenanceRequest r;
    for (int i = 0; i < m_nodes->count(); ++i) {
        if (m_nodes->item(i)->checkState() == Qt::Checked)
            r.nodes << m_nodes->item(i)->data(Qt::UserRole).toString();
    }
    r.work = MaintenanceRequest::Work(m_work->currentData().toInt());
    r.command = r.work == MaintenanceRequest::Work::Run ? m_command->text() : QString();
    r.commandUsesSudo = r.work == MaintenanceRequest::Work::Run && m_sudo->isChecked();
    r.maxOut = m_maxOut->value();
    r.drainSeconds = m_drain->value();
    return r;
}

void MaintenancePage::showPlan()
{
    if (m_session->maintenance()->isRunning())
        return;
    // The steps exactly as the run takes them (maintain --dry-run), before anything runs.
    m_timeline->clear();
    m_progress->setRowCount(0);
    const MaintenanceRequest wanted = request();
    if (wanted.nodes.isEmpty() || (wanted.work == MaintenanceRequest::Work::Run && wanted.command.trimmed().isEmpty())) {
        m_start->setEnabled(false);
        m_verdict->setStyleSheet(QString());
        m_verdict->setText(wanted.nodes.isEmpty() ? tr("Choose the nodes to work on.") : tr("Type the command to run on each node."));
        return;
    }
    if (!m_resume->isHidden()) {
        m_start->setEnabled(false);
        m_verdict->setStyleSheet(QString());
        m_verdict->setText(tr("Resume the unfinished run first, or choose nothing new until it is done."));
        return;
    }
    const RollingMaintenance::Prepared prepared = m_session->maintenance()->prepare(wanted, false);
    if (!prepared.error.isEmpty()) {
        m_start->setEnabled(false);
        m_verdict->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_verdict->setText(prepared.error);
        return;
    }
    for (int i = 0; i < prepared.steps.size(); ++i)
        new QListWidgetItem(QStringLiteral("%1. [%2] %3").arg(i + 1, 2).arg(prepared.steps[i].hostname, prepared.steps[i].step.title), m_timeline);
    for (const QString &host : wanted.nodes)
        setStage(host, {}, {}, false);
    m_start->setEnabled(true);
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(tr("The plan above has %1 steps: %2 on %3. Nothing has run yet.")
                           .arg(prepared.steps.size())
                           .arg(wanted.describeWork(), wanted.nodes.join(QStringLiteral(", "))));
}

void MaintenancePage::showUnfinished()
{
    QString error;
    const std::optional<MaintenanceRequest> last = m_session->maintenance()->unfinished(&error);
    m_resume->setVisible(last.has_value());
    m_start->setEnabled(m_start->isEnabled() && !last);
    m_unfinished->setVisible(last.has_value() || !error.isEmpty());
    if (!error.isEmpty())
        m_unfinished->setText(error);
    if (last) {
        const QString work = last->describeWork();
        m_unfinished->setText(tr("The run %1 (%2 on %3) did not finish: resume it before starting another; finished steps are not run again.")
                                  .arg(last->runId, work.size() > 60 ? work.left(57) + QStringLiteral("...") : work, last->nodes.join(QStringLiteral(", "))));
        m_unfinished->setToolTip(work);
    }
}

void MaintenancePage::start(bool resume)
{
    m_timeline->clear();
    m_progress->setRowCount(0);
    RollingMaintenance::Prepared prepared = m_session->maintenance()->prepare(request(), resume);
    for (const QString &host : prepared.request.nodes)
        setStage(host, {}, {}, false);
    setRunning(true);
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(resume ? tr("Resuming the run %1...").arg(prepared.request.runId) : tr("Maintenance running..."));
    m_session->maintenance()->start(std::move(prepared));
}

void MaintenancePage::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_resume->setEnabled(!running);
    m_stop->setEnabled(running);
    const bool run = m_work->currentData().toInt() == int(MaintenanceRequest::Work::Run);
    for (QWidget *w : std::initializer_list<QWidget *>{m_nodes, m_allFrontends, m_allBackends, m_work, m_maxOut, m_drain})
        w->setEnabled(!running);
    m_command->setEnabled(!running && run);
    m_sudo->setEnabled(!running && run);
}

void MaintenancePage::setStage(const QString &hostname, const QString &phase, const QString &text, bool problem)
{
    if (hostname.isEmpty())
        return; // a line about the whole run: the timeline has it
    int row = 0;
    while (row < m_progress->rowCount() && m_progress->item(row, 0)->text() != hostname)
        ++row;
    static const QHash<QString, const char *> stages{
        {QString(), QT_TR_NOOP("waiting its turn")},  {QStringLiteral("checking"), QT_TR_NOOP("checking the others")},
        {QStringLiteral("out"), QT_TR_NOOP("out of rotation")}, {QStringLiteral("working"), QT_TR_NOOP("working")},
        {QStringLiteral("healthy"), QT_TR_NOOP("healthy")}, {QStringLiteral("back"), QT_TR_NOOP("going back into rotation")},
        {QStringLiteral("failed"), QT_TR_NOOP("STOPPED HERE")}, {QStringLiteral("done"), QT_TR_NOOP("done, back in rotation")}};
    const bool out = phase == QLatin1String("out") || phase == QLatin1String("working") || phase == QLatin1String("healthy") || phase == QLatin1String("back");
    const QColor color = problem || phase == QLatin1String("failed") ? kBad : phase == QLatin1String("done") ? kGood : out ? kOut : QColor();
    const Node *n = m_session->cluster().findByHostname(hostname);
    m_progress->setRow(row, {hostname, n && n->profile ? ProfileCatalog::name(*n->profile) : QString(), tr(stages.value(phase, QT_TR_NOOP("working"))), text}, color);
}

void MaintenancePage::showVerdict(bool ok, const QString &verdict, const QStringList &standing)
{
    setRunning(false);
    m_verdict->setStyleSheet(ok ? QStringLiteral("color: #1b5e20; font-weight: bold;") : QStringLiteral("color: #b00020; font-weight: bold;"));
    QString text = (ok ? tr("Maintenance complete: %1") : tr("MAINTENANCE STOPPED: %1")).arg(verdict);
    if (!standing.isEmpty())
        text += QLatin1Char('\n') + standing.join(QLatin1Char('\n'));
    m_verdict->setText(text);
    showUnfinished();
}

bool MaintenancePage::isComplete() const
{
    return !m_session->maintenance()->isRunning(); // maintenance is optional; only a running one holds the page
}
