#include "ClusterSession.h"

#include "BundleExporter.h"
#include "EnvRenderer.h"
#include "InstallPlanBuilder.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

ClusterSession::ClusterSession(QObject *parent)
    : QObject(parent)
{
}

bool ClusterSession::openFile(const QString &path)
{
    m_project.reset();
    m_sourcePath = path;
    ClusterLoader::Result result = ClusterLoader::loadFile(path);
    const bool ok = result.ok();
    apply(std::move(result), path);
    return ok;
}

void ClusterSession::openData(const QByteArray &data, const QString &name)
{
    m_project.reset();
    m_sourcePath.clear();
    apply(ClusterLoader::loadData(data, name), name);
}

bool ClusterSession::reload()
{
    return m_sourcePath.isEmpty() ? m_result.ok() : openFile(m_sourcePath);
}

void ClusterSession::apply(ClusterLoader::Result result, const QString &name)
{
    m_result = std::move(result);
    m_sourceName = name;
    m_loaded = true;
    m_files.clear();
    m_plan = InstallPlan();
    // Files and plan exist only for a valid cluster, as on the CLI.
    if (m_result.ok()) {
        m_files = EnvRenderer::renderAll(m_result.cluster, m_result.document);
        m_plan = InstallPlanBuilder::build(m_result.cluster, m_options);
    }
    Q_EMIT changed();
}

bool ClusterSession::openProject(const QString &path, QString *error)
{
    std::optional<Project> project = Project::load(path, error);
    if (!project)
        return false;
    m_project = std::move(project);
    m_sourcePath.clear();
    m_options = m_project->planOptions();
    apply(m_project->loadCluster(), m_project->path);
    return true;
}

void ClusterSession::exportBundle(const QString &zipPath)
{
    if (!m_project || !m_result.ok() || m_exporting) {
        Q_EMIT exportFinished(false, m_exporting ? tr("An export is already running.") : tr("Open a project with a valid cluster first."));
        return;
    }
    m_exporting = true;
    // Certificates (RSA keys) can take seconds: never on the GUI thread.
    auto *watcher = new QFutureWatcher<BundleExporter::Result>(this);
    connect(watcher, &QFutureWatcher<BundleExporter::Result>::finished, this, [this, watcher, zipPath] {
        const BundleExporter::Result r = watcher->result();
        watcher->deleteLater();
        m_exporting = false;
        Q_EMIT exportFinished(r.ok(), r.ok() ? tr("Bundle written: %1 (%2 files, %3 bytes)").arg(zipPath).arg(r.entries.size()).arg(r.bytes)
                                             : tr("Export failed: %1. Nothing was written.").arg(r.error));
    });
    watcher->setFuture(QtConcurrent::run([project = *m_project, loaded = m_result, zipPath] {
        return BundleExporter::exportBundle(project, loaded, zipPath, {});
    }));
}

BundleImporter::Result ClusterSession::importBundle(const QString &zipPath, const QString &projectPath)
{
    BundleImporter::Result r = BundleImporter::importBundle(zipPath, projectPath);
    if (r.ok()) {
        QString error;
        if (!openProject(r.projectPath, &error))
            r.error = error;
    }
    return r;
}
