#pragma once

#include "jobs/BackgroundJob.h"

class ClusterSession;

// Writes the air-gapped bundle (export/BundleExporter) after saving the project.
class ExportJob : public BackgroundJob
{
    Q_OBJECT
public:
    explicit ExportJob(ClusterSession *session);
    void start(const QString &zipPath);

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    ClusterSession *m_session;
};
