#pragma once

#include "maintain/MaintenanceRequest.h"

#include <QWizardPage>

class ClusterSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class StatusTable;

// Day 2: rolling maintenance of the running cluster (seed 003's pattern), as `maintain` does it:
// the nodes and the work chosen, the steps shown before anything runs, then per node where it
// stands (waiting its turn, out of rotation, working, healthy, back), the load balancer's own
// view of every frontend live beside it, the timeline with the work's output, and the verdict.
// An unfinished run (a failure, a stop, a killed installer) is offered for resuming first.
class MaintenancePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MaintenancePage(ClusterSession *session);
    void initializePage() override;
    bool isComplete() const override;
    // The request the controls describe (its nodes in the cluster's order).
    MaintenanceRequest request() const;

private:
    QWidget *buildChoice();
    QWidget *buildProgress();
    void fillNodes();
    void check(bool frontends, bool backends);
    void showPlan();
    void showUnfinished();
    void start(bool resume);
    void setStage(const QString &hostname, const QString &phase, const QString &text, bool problem);
    void showVerdict(bool ok, const QString &verdict, const QStringList &standing);
    void setRunning(bool running);

    ClusterSession *m_session;
    QListWidget *m_nodes;
    QPushButton *m_allFrontends;
    QPushButton *m_allBackends;
    QComboBox *m_work;
    QLineEdit *m_command;
    QCheckBox *m_sudo;
    QSpinBox *m_maxOut;
    QSpinBox *m_drain;
    QLabel *m_unfinished;
    QPushButton *m_resume;
    QPushButton *m_start;
    QPushButton *m_stop;
    StatusTable *m_progress;
    QListWidget *m_timeline;
    QLabel *m_verdict;
};
