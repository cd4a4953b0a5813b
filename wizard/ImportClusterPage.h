#pragma once

#include "verify/ConnectionCheck.h"

#include <QWizardPage>
#include <functional>

class ClusterSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Day 2: make a project of a running cluster by reading it from backend-1 over SSH (its
// multi_node_config.conf, the CA certificate, the certificate bundle and, only if the user
// ticks the box, the CA key). An unknown or changed host key is shown for acceptance first.
class ImportClusterPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportClusterPage(ClusterSession *session);
    void initializePage() override;
    bool isComplete() const override;
    // How the host-key question is answered; the default shows HostKeyDialog (tests replace it).
    void setHostKeyPrompt(std::function<bool(const ConnectionCheck &)> prompt) { m_prompt = std::move(prompt); }

private:
    void startImport(const QStringList &acceptedFingerprints = {});
    void finished(bool ok, const QString &message, const ConnectionCheck &check);

    ClusterSession *m_session;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QComboBox *m_auth;
    QLineEdit *m_identity;
    QLineEdit *m_secret;
    QLineEdit *m_installerDir;
    QLineEdit *m_installationDir;
    QCheckBox *m_withCaKey;
    QPushButton *m_import;
    QLabel *m_message;
    bool m_imported = false;
    std::function<bool(const ConnectionCheck &)> m_prompt;
};
