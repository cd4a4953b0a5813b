#pragma once

#include <QWizardPage>

class ClusterSession;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

// Page 6: the preflight checks on every node (SSH, sudo, resources against the guide's table,
// OS, firewall, installer, FQDN, clock, cross-site latency) with severity colors and a fix for
// each problem. Errors block; warnings inform. Passed checks are collapsed until asked for.
class PreflightPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PreflightPage(ClusterSession *session);
    void initializePage() override;
    bool isComplete() const override;

private:
    void run();
    void show();
    void applyFilter(); // OK rows hidden unless "Show passed checks" is on

    ClusterSession *m_session;
    QPushButton *m_rerun;
    QTableWidget *m_table;
    QCheckBox *m_showPassed;
    int m_passed = 0;
    QLabel *m_summary;
};
