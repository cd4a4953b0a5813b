#pragma once

#include "util/RenderedFile.h"

#include <QWizardPage>

class ClusterSession;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

// Page 7: what will be done, before anything is: every rendered file (multi_node_config.conf,
// the env files, the load-balancer files) in a read-only viewer, the install plan as phases;
// save the project, export the bundle. Installing starts from here (the commit page).
class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(ClusterSession *session);
    void initializePage() override;
    bool isComplete() const override;
    void exportBundleTo(const QString &zipPath);

private:
    static QString backendDiffName();
    void fill();
    void fillEngines(bool installs);
    void showEngineNote();
    void save();

    ClusterSession *m_session;
    QListWidget *m_files;
    QPlainTextEdit *m_viewer;
    QTreeWidget *m_plan;
    QPushButton *m_save;
    QPushButton *m_export;
    QLabel *m_status;
    QComboBox *m_engine;
    QLabel *m_engineLabel;
    QLabel *m_engineNote;
    QString m_ansibleUnavailable;
    QList<RenderedFile> m_shown; // what the file list shows, in its order
    bool m_exported = false;
};
