#include "ClusterSession.h"

#include "EnvRenderer.h"
#include "InstallPlanBuilder.h"

ClusterSession::ClusterSession(QObject *parent)
    : QObject(parent)
{
}

bool ClusterSession::openFile(const QString &path)
{
    m_sourcePath = path;
    ClusterLoader::Result result = ClusterLoader::loadFile(path);
    const bool ok = result.ok();
    apply(std::move(result), path);
    return ok;
}

void ClusterSession::openData(const QByteArray &data, const QString &name)
{
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
