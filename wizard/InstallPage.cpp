#include "InstallPage.h"

#include "ClusterSession.h"
#include "InstallLogSummary.h"
#include "LogHighlighter.h"
#include "InstallOverallBar.h"
#include "jobs/InstallJob.h"
#include "PlanText.h"
#include "RowProgressDelegate.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString rowKey(int phase, const QString &hostname)
{
    return QStringLiteral("%1/%2").arg(phase).arg(hostname);
}
} // namespace

InstallPage::InstallPage(ClusterSession *session)
    : m_session(session)
{
    setObjectName(QStringLiteral("installPage"));
    setTitle(tr("Install"));
    setSubTitle(tr("The guide's steps on every node, phase after phase; the nodes of a phase run in parallel. Select a node for its live log."));
    m_confirmSkip = [this](const QString &warning) {
        return QMessageBox::warning(this, tr("Skip node"), warning, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    };

    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("installTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Node"), tr("Step"), tr("Progress"), tr("Elapsed"), tr("Last line"), tr("State")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(LastLineColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(NodeColumn, 170);
    m_tree->setColumnWidth(StepColumn, 200);
    m_tree->setColumnWidth(ProgressColumn, 110);
    m_tree->setItemDelegateForColumn(ProgressColumn, new RowProgressDelegate(m_tree));
    // Wide enough for the longest state word ("reconnecting", and its German and French).
    m_tree->setColumnWidth(StateColumn, m_tree->fontMetrics().horizontalAdvance(tr("reconnecting")) + 48);
    m_tree->setColumnWidth(ElapsedColumn, 70);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        showLogOf(selectedNode());
        updateButtons();
    });

    m_log = new QPlainTextEdit;
    m_log->setObjectName(QStringLiteral("nodeLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kLogLinesPerNode);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("Select a node to follow its log."));
    new LogHighlighter(m_log->document()); // failures red, warnings amber

    m_retry = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Retry node"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_skip = new QPushButton(style()->standardIcon(QStyle::SP_MediaSkipForward), tr("S&kip node"));
    m_skip->setObjectName(QStringLiteral("skipButton"));
    m_abort = new QPushButton(style()->standardIcon(QStyle::SP_BrowserStop), tr("&Abort"));
    m_abort->setObjectName(QStringLiteral("abortButton"));
    connect(m_retry, &QPushButton::clicked, this, &InstallPage::retrySelected);
    connect(m_skip, &QPushButton::clicked, this, &InstallPage::skipSelected);
    connect(m_abort, &QPushButton::clicked, this, &InstallPage::abortInstall);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("installStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_abort);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_tree);
    split->addWidget(m_log);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_overall = new InstallOverallBar;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_overall);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    m_paint = new QTimer(this);
    m_paint->setInterval(100);
    connect(m_paint, &QTimer::timeout, this, &InstallPage::flush);

    connect(session->install(), &InstallJob::starting, this, &InstallPage::attach);
    connectProgress(session->install());
    connect(session->install(), &InstallJob::warning, this, [this](const QString &message) { m_status->setText(message); });
    connect(session->install(), &InstallJob::failedToStart, this, [this](const QString &message) {
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(tr("The install did not start: %1").arg(message));
        m_abort->setEnabled(false);
    });
    connect(session->install(), &InstallJob::finished, this, [this](bool ok, const QString &summary) {
        m_finished = true;
        flush(); // the painter keeps running: a node's last update may still be queued
        m_overall->finish(ok);
        m_status->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
        m_status->setText(ok ? tr("Install complete: %1").arg(summary)
                             : tr("Install stopped: %1. To resume, open the project again (File > Recent projects) and install; finished steps are not repeated.").arg(summary));
        updateButtons();
        Q_EMIT completeChanged();
    });
}

void InstallPage::initializePage()
{
    m_tree->clear();
    m_rows.clear();
    m_progress.clear();
    m_currentRow.clear();
    m_logs.clear();
    m_dirty.clear();
    m_pendingForView.clear();
    m_failed.clear();
    m_finished = false;
    m_log->clear();
    // Every (phase, node) row up front, so the whole plan is visible before it runs.
    for (const PlanPhase &phase : m_session->plan().phases) {
        auto *phaseItem = new QTreeWidgetItem(m_tree, {tr("Phase %1: %2").arg(phase.index).arg(PlanText::translated(phase.title))});
        phaseItem->setFirstColumnSpanned(true);
        QFont bold = phaseItem->font(0);
        bold.setBold(true);
        phaseItem->setFont(0, bold);
        for (const PlanNode &node : phase.nodes) {
            auto *row = new QTreeWidgetItem(phaseItem, {node.hostname, QString(), QString(), QString(), QString(), tr("waiting")});
            row->setData(NodeColumn, Qt::UserRole, node.hostname);
            row->setIcon(StateColumn, style()->standardIcon(QStyle::SP_MediaPause));
            row->setData(ProgressColumn, RowProgressDelegate::kPercentRole, 0);
            row->setText(ProgressColumn, QStringLiteral("0%"));
            m_rows.insert(rowKey(phase.index, node.hostname), row);
        }
        phaseItem->setExpanded(true);
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Preparing the files to upload (env files, certificates)..."));
    m_session->install()->start();
    updateButtons(); // Abort from the first second, phase 0 and the file preparation included
}

void InstallPage::attach()
{
    if (m_session->install()->engine() == InstallJob::Engine::Ansible)
        m_status->setText(tr("Installing %n node(s) with ansible-playbook (its whole output: %1)...", nullptr, int(m_session->plan().nodeCount()))
                              .arg(QDir(m_session->project().logDir()).filePath(QStringLiteral("ansible.log"))));
    else
        m_status->setText(tr("Installing %n node(s)...", nullptr, int(m_session->plan().nodeCount())));
    m_overall->start(m_session->plan().stepCount());
    m_paint->start();
    // starting() comes just before the engine runs: the buttons follow once it does.
    QTimer::singleShot(0, this, &InstallPage::updateButtons);
}

void InstallPage::connectProgress(InstallJob *install)
{
    connect(install, &InstallJob::nodeChanged, this, [this](const NodeProgress &p) {
        // Per (phase, node): a node's last update of one phase must not be lost when its
        // next phase starts before the next paint.
        m_progress.insert(rowKey(p.phase, p.hostname), p);
        m_currentRow.insert(p.hostname, rowKey(p.phase, p.hostname));
        m_dirty.insert(rowKey(p.phase, p.hostname));
    });
    connect(install, &InstallJob::stepLine, this, [this](const QString &hostname, const QString &line) {
        QStringList &log = m_logs[hostname];
        log << InstallLogSummary::stamped(line);
        if (log.size() > kLogLinesPerNode + kLogLinesPerNode / 4)
            log.erase(log.begin(), log.begin() + (log.size() - kLogLinesPerNode)); // trim in batches, not per line
        if (hostname == m_shownNode)
            m_pendingForView << log.constLast();
        m_dirty.insert(m_currentRow.value(hostname));
    });
    connect(install, &InstallJob::phaseStarted, this, [this](int index, const QString &title) {
        m_status->setText(tr("Phase %1: %2").arg(index).arg(PlanText::translated(title)));
    });
    connect(install, &InstallJob::kafkaRestarted, this, [this](const QString &hostname, const QString &message) {
        m_logs[hostname] << InstallLogSummary::stamped(tr("KAFKA WATCHDOG: %1").arg(message));
        if (hostname == m_shownNode)
            m_pendingForView << m_logs[hostname].constLast();
        m_dirty.insert(m_currentRow.value(hostname));
    });
    connect(install, &InstallJob::decisionNeeded, this, [this](const QStringList &failed) {
        m_failed = failed;
        flush();
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(tr("%1 failed. Select it to read its log, then Retry, Skip or Abort.").arg(failed.join(QStringLiteral(", "))));
        // Show the first failure's log at once.
        for (QTreeWidgetItem *row : std::as_const(m_rows)) {
            if (row->data(NodeColumn, Qt::UserRole).toString() == failed.value(0) && rowState(row) == NodeProgress::State::Failed) {
                m_tree->setCurrentItem(row);
                break;
            }
        }
        updateButtons();
    });
}

NodeProgress::State InstallPage::rowState(const QTreeWidgetItem *row)
{
    return NodeProgress::State(row->data(StateColumn, Qt::UserRole).toInt()); // unset: Waiting (0)
}

QString InstallPage::selectedNode() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(NodeColumn, Qt::UserRole).toString() : QString();
}

void InstallPage::flush()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_dirty.isEmpty())
        m_overall->show(m_progress);
    for (const QString &key : std::as_const(m_dirty)) {
        if (!m_progress.contains(key))
            continue;
        const NodeProgress p = m_progress.value(key);
        const QString &hostname = p.hostname;
        QTreeWidgetItem *row = m_rows.value(key);
        if (!row)
            continue;
        const QString stepTitle = PlanText::translated(p.stepTitle);
        if (p.state == NodeProgress::State::Done)
            row->setText(StepColumn, tr("%n step(s) done", nullptr, p.stepCount));
        else
            row->setText(StepColumn, p.stepCount > 0 ? tr("%1 (%2/%3)").arg(stepTitle).arg(p.stepIndex).arg(p.stepCount) : stepTitle);
        row->setToolTip(StepColumn, stepTitle);
        const QStringList &log = m_logs.value(hostname);
        row->setText(LastLineColumn, !p.reconnecting.isEmpty() ? tr("connection lost; reconnecting (%1). The step goes on on the node.").arg(p.reconnecting)
                                     : log.isEmpty()        ? p.lastLine
                                     : p.state == NodeProgress::State::Failed ? InstallLogSummary::text(log.constLast()) // what failed, not the last progress
                                                                              : InstallLogSummary::line(log, p.state == NodeProgress::State::Done));
        row->setToolTip(LastLineColumn, row->text(LastLineColumn));
        {
            const int percent = p.state == NodeProgress::State::Done ? 100 : p.percent;
            row->setData(ProgressColumn, RowProgressDelegate::kPercentRole, percent);
            // The same counters as the row and the log: which step of the phase, and the
            // step's own [n/m] from its last progress line.
            static const QRegularExpression counter(QStringLiteral("\\[(\\d+/\\d+)\\]"));
            QString own;
            for (qsizetype i = log.size() - 1; i >= 0 && own.isEmpty() && p.state == NodeProgress::State::Running; --i)
                own = counter.match(log.at(i)).captured(1);
            row->setText(ProgressColumn, p.stepCount <= 0 || p.state == NodeProgress::State::Done ? QStringLiteral("%1%").arg(percent)
                           : own.isEmpty() ? tr("step %1/%2").arg(p.stepIndex).arg(p.stepCount)
                                           : tr("step %1/%2: %3").arg(p.stepIndex).arg(p.stepCount).arg(own));
        }
        QStyle::StandardPixmap icon = QStyle::SP_MediaPause;
        QString state = tr("waiting");
        switch (p.state) {
        case NodeProgress::State::Waiting: break;
        case NodeProgress::State::Running: icon = QStyle::SP_MediaPlay; state = tr("running"); break;
        case NodeProgress::State::Done: icon = QStyle::SP_DialogApplyButton; state = tr("done"); break;
        case NodeProgress::State::Failed: icon = QStyle::SP_MessageBoxCritical; state = tr("failed"); break;
        case NodeProgress::State::Skipped: icon = QStyle::SP_DialogCancelButton; state = tr("skipped"); break;
        }
        if (p.state == NodeProgress::State::Running && !p.reconnecting.isEmpty()) {
            icon = QStyle::SP_BrowserReload;
            state = tr("reconnecting");
        }
        if (row->text(StateColumn) != state) {
            row->setText(StateColumn, state);
            row->setIcon(StateColumn, style()->standardIcon(icon));
        }
        if (rowState(row) != p.state) {
            row->setData(StateColumn, Qt::UserRole, int(p.state));
            if (p.state == NodeProgress::State::Failed)
                row->setToolTip(StateColumn, p.message);
            if (p.state != NodeProgress::State::Running)
                row->setData(ElapsedColumn, Qt::UserRole, now); // freeze the clock
        }
        // The node's time in this phase: from its first step, not the current one.
        if (p.startedMsecsSinceEpoch > 0 && row->data(ElapsedColumn, Qt::UserRole + 1).toLongLong() <= 0)
            row->setData(ElapsedColumn, Qt::UserRole + 1, p.startedMsecsSinceEpoch);
    }
    m_dirty.clear();
    // Elapsed time of every running row (a second's resolution is what a person reads).
    for (QTreeWidgetItem *row : std::as_const(m_rows)) {
        const qint64 started = row->data(ElapsedColumn, Qt::UserRole + 1).toLongLong();
        if (started <= 0)
            continue;
        const qint64 until = rowState(row) == NodeProgress::State::Running ? now : row->data(ElapsedColumn, Qt::UserRole).toLongLong();
        const qint64 seconds = std::max<qint64>(0, (until - started) / 1000);
        row->setText(ElapsedColumn, QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    }
    if (!m_pendingForView.isEmpty()) {
        // Follow the log unless the user scrolled up to read something.
        QScrollBar *bar = m_log->verticalScrollBar();
        const bool follow = bar->value() >= bar->maximum() - 2;
        m_log->appendPlainText(m_pendingForView.join(QLatin1Char('\n')));
        m_pendingForView.clear();
        if (follow)
            bar->setValue(bar->maximum());
    }
}

void InstallPage::showLogOf(const QString &hostname)
{
    if (hostname == m_shownNode)
        return;
    m_shownNode = hostname;
    m_pendingForView.clear();
    m_log->setPlainText(m_logs.value(hostname).join(QLatin1Char('\n')));
    m_log->moveCursor(QTextCursor::End);
}

void InstallPage::updateButtons()
{
    InstallJob *install = m_session->install();
    const bool running = install->isInstalling() && !m_finished;
    const QString node = selectedNode();
    const bool decidable = running && install->canDecide() && !m_failed.isEmpty() && (node.isEmpty() || m_failed.contains(node));
    m_retry->setEnabled(decidable);
    m_skip->setEnabled(decidable);
    m_abort->setEnabled(running);
}

void InstallPage::retrySelected()
{
    const QString node = m_failed.contains(selectedNode()) ? selectedNode() : m_failed.value(0);
    if (node.isEmpty() || !m_session->install()->canDecide())
        return;
    m_failed.removeAll(node);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Retrying %1...").arg(node));
    // Where the retry starts, so the earlier failure is not read as the new one.
    m_logs[node] << InstallLogSummary::stamped(tr("──────── retried ────────"));
    if (node == m_shownNode)
        m_pendingForView << m_logs[node].constLast();
    updateButtons();
    m_session->install()->retryNode(node);
}

void InstallPage::skipSelected()
{
    const QString node = m_failed.contains(selectedNode()) ? selectedNode() : m_failed.value(0);
    if (node.isEmpty() || !m_session->install()->canDecide())
        return;
    if (!m_confirmSkip(m_session->install()->skipWarning(node)))
        return;
    m_failed.removeAll(node);
    updateButtons();
    m_session->install()->skipNode(node);
}

void InstallPage::abortInstall()
{
    if (!m_session->install()->isInstalling())
        return;
    m_status->setText(m_session->install()->engine() == InstallJob::Engine::Ansible
                          ? tr("Aborting: stopping ansible-playbook (steps already started finish on the nodes)...")
                          : tr("Aborting: stopping the running steps..."));
    m_abort->setEnabled(false);
    m_session->install()->abort();
}

bool InstallPage::isComplete() const
{
    return m_finished && m_session->install()->succeeded();
}
