#pragma once

#include "jobs/BackgroundJob.h"
#include "pki/CertificateIssuer.h"

class ClusterSession;

// Issues (or checks brought) certificates into the project's output folder: key generation
// takes seconds, never on the GUI thread.
class CertificatesJob : public BackgroundJob
{
    Q_OBJECT
public:
    explicit CertificatesJob(ClusterSession *session);
    void start(const CertificateIssuer::Request &request);

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    ClusterSession *m_session;
};
