#pragma once

#include "exec/NodeProgress.h"

#include <QHash>
#include <QSet>
#include <QWizardPage>
#include <functional>

class ClusterSession;
class InstallJob;
class InstallOverallBar;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// Page 8: the install itself. One row per node grouped by phase (current step, progress,
// elapsed time, last log line, state); select a row for its live log; retry, skip or abort a
// failed node. Output is buffered and painted at a steady rate so that many nodes streaming
// logs never stall the event loop.
class InstallPage : public QWizardPage
{
    Q_OBJECT
public:
    enum Column { NodeColumn, StepColumn, ProgressColumn, ElapsedColumn, LastLineColumn, StateColumn, ColumnCount };
    static constexpr int kLogLinesPerNode = 5000;

    explicit InstallPage(ClusterSession *session);
    void initializePage() override;
    bool isComplete() const override;
    // Asked before skipping a node, with what skipping means; the default is a message box.
    void setSkipConfirmation(std::function<bool(const QString &warning)> confirm) { m_confirmSkip = std::move(confirm); }
    void retrySelected();
    void skipSelected();
    void abortInstall();

private:
    void attach();
    void connectProgress(InstallJob *install);
    QString selectedNode() const;
    static NodeProgress::State rowState(const QTreeWidgetItem *row); // as painted
    void flush();
    void showLogOf(const QString &hostname);
    void updateButtons();

    ClusterSession *m_session;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_log;
    QLabel *m_status;
    QPushButton *m_retry;
    QPushButton *m_skip;
    QPushButton *m_abort;
    QTimer *m_paint;
    QHash<QString, QTreeWidgetItem *> m_rows; // "phase/hostname"
    QHash<QString, NodeProgress> m_progress;   // latest per row ("phase/hostname")
    InstallOverallBar *m_overall;
    QHash<QString, QString> m_currentRow;      // hostname -> its row now
    QHash<QString, QStringList> m_logs;        // per node, capped
    QSet<QString> m_dirty;                     // rows to repaint
    QStringList m_pendingForView;              // lines of the shown node not painted yet
    QString m_shownNode;
    QStringList m_failed;
    bool m_finished = false;
    std::function<bool(const QString &)> m_confirmSkip;
};
