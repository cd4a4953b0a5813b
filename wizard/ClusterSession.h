#pragma once

#include "ClusterLoader.h"
#include "InstallPlan.h"
#include "RenderedFile.h"

#include <QObject>

// The one shared model the GUI's views read: the loaded config, its cluster, the findings,
// the rendered files and the plan. Views never talk to each other, only to this.
class ClusterSession : public QObject
{
    Q_OBJECT
public:
    explicit ClusterSession(QObject *parent = nullptr);

    bool openFile(const QString &path);
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

private:
    void apply(ClusterLoader::Result result, const QString &name);

    bool m_loaded = false;
    QString m_sourceName;
    QString m_sourcePath;
    ClusterLoader::Result m_result;
    QList<RenderedFile> m_files;
    InstallPlan m_plan;
    PlanOptions m_options;
};
