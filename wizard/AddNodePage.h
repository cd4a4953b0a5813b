#pragma once

#include <QWizardPage>

class ClusterSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

// Day 2: add a frontend or a scan node to the running cluster opened on the welcome page.
// The new node's name, address, role and SSH access; then, before anything is done, what
// changes on each existing node (the diffs of its files and the commands it will run), the
// plan in the guide's order and the load balancer's part. Next only when the addition is valid
// and what is shown is what will run.
class AddNodePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AddNodePage(ClusterSession *session);
    void initializePage() override;
    bool isComplete() const override;

private:
    void showChanges();
    void roleChanged();
    void showSelectedChange();

    ClusterSession *m_session;
    QLineEdit *m_hostname;
    QLineEdit *m_address;
    QComboBox *m_role;
    QLineEdit *m_site;
    QLineEdit *m_sshHost;
    QSpinBox *m_sshPort;
    QLineEdit *m_sshUser;
    QPushButton *m_show;
    QLabel *m_message;
    QTreeWidget *m_changes;
    QPlainTextEdit *m_diff;
    bool m_shownIsCurrent = false; // the fields have not changed since the changes were shown
};
