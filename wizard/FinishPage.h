#pragma once

#include <QWizardPage>

class ClusterSession;
class QLabel;
class QPlainTextEdit;

// Page 10: how to reach the platform, as the installer prints it (login URL, v3 and v2
// ingestion endpoints), and where the project, the logs and the generated files are.
class FinishPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FinishPage(ClusterSession *session);
    void initializePage() override;
    // The access block, computed from the cluster as the installer prints it.
    static QString accessInformation(const QString &fqdn, int port);

private:
    ClusterSession *m_session;
    QPlainTextEdit *m_access;
    QLabel *m_paths;
};
