#pragma once

#include "BundleImporter.h"
#include "ClusterLoader.h"
#include "InstallPlan.h"
#include "Project.h"
#include "RenderedFile.h"

#include <QObject>
#include <optional>

// The one shared model the GUI's views read: the loaded config, its cluster, the findings,
// the rendered files and the plan. Views never talk to each other, only to this.
class ClusterSession : public QObject
{
    Q_OBJECT
public:
    explicit ClusterSession(QObject *parent = nullptr);

    bool openFile(const QString &path);
    // Opens a project file and its cluster; false (and error) when the project cannot be read.
    bool openProject(const QString &path, QString *error);
    const std::optional<Project> &project() const { return m_project; }
    // Writes the air-gapped bundle of the open project in a worker thread; exportFinished follows.
    void exportBundle(const QString &zipPath);
    bool isExporting() const { return m_exporting; }
    // Checks a bundle, unpacks it next to projectPath and opens the project made from it.
    BundleImporter::Result importBundle(const QString &zipPath, const QString &projectPath);
    void openData(const QByteArray &data, const QString &name);
    bool reload();

    bool hasCluster() const { return m_loaded; }
    QString sourceName() const { return m_sourceName; }
    const ClusterLoader::Result &result() const { return m_result; }
    const QList<RenderedFile> &renderedFiles() const { return m_files; }
    const InstallPlan &plan() const { return m_plan; }
    const PlanOptions &planOptions() const { return m_options; }

Q_SIGNALS:
    void changed();
    void exportFinished(bool ok, const QString &message);

private:
    void apply(ClusterLoader::Result result, const QString &name);

    bool m_loaded = false;
    QString m_sourceName;
    QString m_sourcePath;
    ClusterLoader::Result m_result;
    QList<RenderedFile> m_files;
    InstallPlan m_plan;
    PlanOptions m_options;
    std::optional<Project> m_project;
    bool m_exporting = false;
};
