#include "jobs/ExportJob.h"

#include "ClusterSession.h"
#include "export/BundleExporter.h"

ExportJob::ExportJob(ClusterSession *session)
    : BackgroundJob(session)
    , m_session(session)
{
}

void ExportJob::start(const QString &zipPath)
{
    if (!m_session->result().ok() || isRunning()) {
        Q_EMIT finished(false, isRunning() ? tr("An export is already running.") : tr("Fix the topology's errors first."));
        return;
    }
    if (!m_session->hasProjectFile()) {
        Q_EMIT finished(false, tr("Save the project first (Review page)."));
        return;
    }
    const QString saveError = m_session->saveProject();
    if (!saveError.isEmpty()) {
        Q_EMIT finished(false, tr("Export failed: %1. Nothing was written.").arg(saveError));
        return;
    }
    // Certificates (RSA keys) can take seconds: never on the GUI thread.
    BackgroundJob::start<BundleExporter::Result>(
        [project = m_session->project(), loaded = m_session->result(), zipPath] { return BundleExporter::exportBundle(project, loaded, zipPath, {}); },
        [this, zipPath](const BundleExporter::Result &r) {
            Q_EMIT finished(r.ok(), r.ok() ? tr("Bundle written: %1 (%2 files, %3 bytes)").arg(zipPath).arg(r.entries.size()).arg(r.bytes)
                                           : tr("Export failed: %1. Nothing was written.").arg(r.error));
        });
}
