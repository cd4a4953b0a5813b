#pragma once

#include <QWizardPage>

class ClusterSession;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

// Page 1: what the user came to do: a new cluster from a template, open a project, import an
// existing cluster's multi_node_config.conf, or try the local lab; optionally only export a
// bundle for an air-gapped site.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    enum Choice { NewCluster, OpenProject, AddNode, Maintain, ImportConfig, ImportFromNode, Lab };
    explicit WelcomePage(ClusterSession *session);
    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;
    int choice() const;
    bool exportPossible() const;

private:
    void startLab();
    void stopLab();
    void updateLabButtons(); // Stop while a lab of this session runs, neither while one starts or stops
    void showError(const QString &message);

    ClusterSession *m_session;
    QButtonGroup *m_choices;
    QComboBox *m_template;
    QLineEdit *m_projectFolder;
    QLineEdit *m_projectFile;
    QListWidget *m_recent;
    QLineEdit *m_configFile;
    QComboBox *m_labTopology;
    QLineEdit *m_labFolder;
    QPushButton *m_startLab;
    QPushButton *m_stopLab;
    QProgressBar *m_labBusy;
    QStringList m_labLines;
    QCheckBox *m_exportOnly;
    QLabel *m_error;
    bool m_labReady = false;
};
