#pragma once

#include <QMainWindow>

class ClusterSession;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

// The interim main window (the guided wizard replaces it): open a multi_node_config.conf or an
// example, and see its nodes, the validation findings, the rendered files and the install plan.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ClusterSession *session() const { return m_session; }
    // What the File menu's actions do once the file dialogs have answered (tests call these).
    bool openProjectFile(const QString &path);
    void exportBundleTo(const QString &zipPath);
    bool importBundle(const QString &zipPath, const QString &projectPath);

private:
    void openConfig();
    void chooseProject();
    void chooseExport();
    void chooseImport();
    void openExample(const QString &resource);
    void refresh();
    void fillNodes();
    void fillDiagnostics();
    void fillFiles();
    void fillPlan();
    void fillSites();

    ClusterSession *m_session;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    QTableWidget *m_nodes;
    QListWidget *m_diagnostics;
    QListWidget *m_fileList;
    QPlainTextEdit *m_fileView;
    QTreeWidget *m_plan;
    QTableWidget *m_sites;
    class QAction *m_export = nullptr;
};
