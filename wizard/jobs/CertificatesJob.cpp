#include "jobs/CertificatesJob.h"

#include "ClusterSession.h"


CertificatesJob::CertificatesJob(ClusterSession *session)
    : BackgroundJob(session)
    , m_session(session)
{
}

void CertificatesJob::start(const CertificateIssuer::Request &request)
{
    if (isRunning())
        return;
    if (!m_session->result().ok()) {
        Q_EMIT finished(false, tr("Fix the topology's errors first."));
        return;
    }
    const QString outDir = m_session->project().outputPath();
    const ClusterLoader::Result loaded = m_session->result();
    m_stop = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> stop = m_stop;
    PkiProgress progress;
    progress.stop = stop.get();
    progress.issued = [this, post = guiPoster()](int done, int total) { post([this, done, total] { Q_EMIT this->progress(done, total); }); };
    BackgroundJob::start<CertificateIssuer::Result>([loaded, outDir, request, progress, stop] { return CertificateIssuer::issue(loaded, outDir, request, progress); },
                                                    [this](const CertificateIssuer::Result &r) {
                                                        Q_EMIT finished(r.ok(), r.ok() ? tr("Signed with %1: %2 certificate(s) issued, %3 kept.")
                                                                                             .arg(r.origin)
                                                                                             .arg(r.pki.issued.size())
                                                                                             .arg(r.pki.kept.size())
                                                                                       : r.error);
                                                    });
}

void CertificatesJob::stop()
{
    if (m_stop)
        m_stop->store(true);
}
