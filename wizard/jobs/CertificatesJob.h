#pragma once

#include "jobs/BackgroundJob.h"
#include "pki/CertificateIssuer.h"

#include <atomic>
#include <memory>

class ClusterSession;

// Issues (or checks brought) certificates into the project's output folder: key generation
// takes seconds, never on the GUI thread. It says how many are signed as they are, and can be
// stopped at any moment: nothing is written until every certificate is made.
class CertificatesJob : public BackgroundJob
{
    Q_OBJECT
public:
    explicit CertificatesJob(ClusterSession *session);
    void start(const CertificateIssuer::Request &request);
    void stop();

Q_SIGNALS:
    void progress(int signedCount, int total);
    void finished(bool ok, const QString &message);

private:
    ClusterSession *m_session;
    std::shared_ptr<std::atomic<bool>> m_stop; // shared with the running work, which may outlive a stop
};
