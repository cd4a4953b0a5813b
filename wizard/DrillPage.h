#pragma once

#include <QWizardPage>

class ClusterSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

// Optional page after Verify: guided failover drills (the guide's "Testing Your HA Setup" and
// datacenter failover): stop one frontend, one backend or a whole site, check that users are
// still served through the entry point (and quorum, for a site), then restore exactly what
// was running. A timeline and a pass/fail verdict; restoring happens also after a cancel.
class DrillPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DrillPage(ClusterSession *session);
    void initializePage() override;
    bool isComplete() const override;
    void runDrill();

private:
    void fillTargets();

    ClusterSession *m_session;
    QComboBox *m_kind;
    QComboBox *m_target;
    QLineEdit *m_entry;
    QSpinBox *m_failover;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QListWidget *m_timeline;
    QLabel *m_verdict;
};
