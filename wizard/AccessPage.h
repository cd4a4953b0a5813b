#pragma once

#include "verify/ConnectionCheck.h"

#include <QWizardPage>

class ClusterSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Page 3: how to reach the nodes (SSH user, port, auth method, key, jump hosts, passwords held in memory
// only, directories), the platform's admin password, and "Test connections" with a host-key
// dialog for every unknown or changed key. Next needs every node reached with sudo usable.
class AccessPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AccessPage(ClusterSession *session);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // How the host-key question is answered; the default shows HostKeyDialog (tests replace it).
    void setHostKeyPrompt(std::function<bool(const ConnectionCheck &)> prompt) { m_prompt = std::move(prompt); }
    void testConnections();

private:
    QString fieldProblem() const;
    static QString detail(const ConnectionCheck &check);
    void push();
    void showChecks();
    void updateProblem();
    void askHostKeys();

    ClusterSession *m_session;
    QLineEdit *m_user;
    QSpinBox *m_port;
    QComboBox *m_auth;
    QLineEdit *m_identity;
    QLineEdit *m_proxyJump;
    QLineEdit *m_sshSecret;
    QLineEdit *m_sudoPassword;
    QLineEdit *m_adminPassword;
    QLineEdit *m_adminConfirm;
    QLineEdit *m_installerDir;
    QLineEdit *m_installationDir;
    QPushButton *m_test;
    QTableWidget *m_results;
    QLabel *m_problem;
    QList<ConnectionCheck> m_pendingKeys;
    std::function<bool(const ConnectionCheck &)> m_prompt;
    bool m_loading = false;
};
