#pragma once

#include "verify/PreflightFinding.h"

#include <QWizardPage>

class ClusterSession;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Page 6: the preflight checks on every node (SSH, sudo, resources against the guide's table,
// OS, firewall, installer, FQDN, clock, cross-site latency), grouped by node: each node's row
// sums it up ("checking...", "1 warning, 9 passed") and fills in as that node answers, its
// checks below it with severity colors and a fix for each problem. Errors block; warnings
// inform. Passed checks are collapsed until asked for.
class PreflightPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PreflightPage(ClusterSession *session);
    void initializePage() override;
    bool isComplete() const override;

    static QString checkName(const QString &check);                   // "cpu" -> "CPU", in the user's language
    static QString severityName(PreflightFinding::Severity severity); // in the user's language

private:
    void run();
    void nodeChecked(const QString &hostname);
    void show();
    QTreeWidgetItem *groupFor(const QString &node);
    void fill(QTreeWidgetItem *group, const QList<PreflightFinding> &findings);
    void applyFilter(); // OK rows hidden unless "Show passed checks" is on

    ClusterSession *m_session;
    QPushButton *m_rerun;
    QTreeWidget *m_tree;
    QCheckBox *m_showPassed;
    QProgressBar *m_busy;
    QLabel *m_summary;
};
