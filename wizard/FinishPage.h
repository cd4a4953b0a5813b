#pragma once

#include <QWizardPage>

class ClusterSession;
class QFormLayout;
class QGridLayout;
class QLabel;
class QPlainTextEdit;

// The last page, a summary of what was done: the result and its duration, the nodes, the health
// seen on Verify, the last drill and maintenance verdicts, the warnings still open; where users
// go (login, v3 and v2 ingestion, clickable and copyable) and the access block as the installer
// prints it; buttons to the project, the logs and the generated files.
class FinishPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FinishPage(ClusterSession *session);
    void initializePage() override;
    // The access block, computed from the cluster as the installer prints it.
    static QString accessInformation(const QString &fqdn, int port);

private:
    void showResult();
    void showSummary();
    void showLinks();
    void addSummaryRow(const QString &label, const QString &text, const char *color = nullptr);
    QStringList openWarnings() const;

    ClusterSession *m_session;
    QLabel *m_result;
    QFormLayout *m_summary;
    QGridLayout *m_links;
    QPlainTextEdit *m_access;
    QLabel *m_paths;
};
