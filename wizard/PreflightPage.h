#pragma once

#include <QWizardPage>

class ClusterSession;
class QLabel;
class QPushButton;
class QTableWidget;

// Page 6: the preflight checks on every node (SSH, sudo, resources against the guide's table,
// OS, firewall, installer, FQDN, clock, cross-site latency) with severity colors and a fix for
// each problem. Errors block; warnings inform.
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

    ClusterSession *m_session;
    QPushButton *m_rerun;
    QTableWidget *m_table;
    QLabel *m_summary;
};
