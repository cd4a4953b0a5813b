#include "jobs/PreflightJob.h"

#include "ClusterSession.h"
#include "ssh/PackageDigest.h"
#include "verify/PreflightRunner.h"


PreflightJob::PreflightJob(ClusterSession *session)
    : BackgroundJob(session)
    , m_session(session)
{
}

void PreflightJob::start()
{
    if (!m_session->result().ok())
        return;
    const Project &project = m_session->project();
    const Cluster cluster = m_session->cluster();
    const QList<NodeTarget> targets = project.targets(cluster);
    const InstallSecrets secrets = m_session->secrets();
    const QString package = project.installerPackage.isEmpty() ? QString() : project.resolve(project.installerPackage);
    m_checked.clear();
    // Each node's findings are shown as that node finishes.
    const auto post = guiPoster();
    const PreflightRunner::NodeDone nodeDone = [this, post](const QString &hostname, const QList<PreflightFinding> &findings) {
        post([this, hostname, findings] {
            m_checked.insert(hostname, findings);
            Q_EMIT nodeChecked(hostname);
        });
    };
    BackgroundJob::start<QList<PreflightFinding>>([cluster, targets, secrets, package, nodeDone] {
                                                      if (!package.isEmpty())
                                                          PackageDigest::compute(package); // the relay's plan needs it (ClusterSession)
                                                      return PreflightRunner::run(cluster, targets, secrets, package, nullptr, nodeDone);
                                                  },
                                                  [this](const QList<PreflightFinding> &findings) {
                                                      m_ran = true;
                                                      m_findings = findings;
                                                      Q_EMIT finished();
                                                  });
}

bool PreflightJob::passed() const
{
    return m_ran && std::none_of(m_findings.begin(), m_findings.end(), [](const PreflightFinding &f) { return f.severity == PreflightFinding::Severity::Error; });
}

void PreflightJob::clear()
{
    m_findings.clear();
    m_checked.clear();
    m_ran = false;
}
