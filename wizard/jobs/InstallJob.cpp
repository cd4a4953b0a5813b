#include "jobs/InstallJob.h"

#include "ClusterSession.h"
#include "exec/InstallExecutor.h"
#include "ops/PlanRun.h"

InstallJob::InstallJob(ClusterSession *session)
    : BackgroundJob(session)
    , m_session(session)
    , m_maxParallel(PlanRun::Options().maxParallelNodes)
{
    InstallExecutor::registerMetaTypes();
}

InstallJob::~InstallJob()
{
    // The executor's workers stop with it; abort first so no step is left half-reported.
    if (m_executor && m_executor->isRunning())
        m_executor->abort();
    delete m_executor;
}

void InstallJob::start()
{
    if (isRunning() || (m_executor && m_executor->isRunning()))
        return;
    QString error = m_session->saveProject();
    if (error.isEmpty())
        error = m_session->project().checkInstallerPackage();
    if (error.isEmpty() && m_session->secrets().adminPassword.isEmpty())
        error = tr("The platform's admin password is needed (Access page).");
    if (!error.isEmpty()) {
        Q_EMIT failedToStart(error);
        return;
    }
    const Project project = m_session->project();
    const ClusterLoader::Result loaded = m_session->result();
    const bool expanding = m_session->goal() == ClusterSession::Goal::AddNode && m_session->hasExpansion();
    const QList<RenderedFile> loadBalancerChange = expanding ? m_session->expansion().loadBalancerChange : QList<RenderedFile>();
    BackgroundJob::start<ProjectStaging::Result>(
        [project, loaded, loadBalancerChange] { return PlanRun::stage(project, loaded, loadBalancerChange); },
        [this, expanding](const ProjectStaging::Result &staged) {
            if (!staged.ok()) {
                Q_EMIT failedToStart(tr("Cannot prepare the files to upload: %1").arg(staged.error));
                return;
            }
            delete m_executor;
            PlanRun::Options options;
            if (expanding) {
                options.journalPath = m_session->expansion().journalPath; // its own journal: never the install's step ids
                options.kafkaWatchIntervalMs = 0;                         // no backend joins
            }
            options.waitForDecision = true; // the install page asks: retry, skip or abort
            options.maxParallelNodes = m_maxParallel;
            Project *project = m_session->mutableProject();
            m_executor = PlanRun::executor(project, m_session->plan(), project->targets(m_session->cluster()), m_session->secrets(),
                                           PlanRun::settings(*project, staged.directory, options),
                                           [this](const QString &message) { Q_EMIT warning(message); }, this);
            connect(m_executor, &InstallExecutor::finished, this, [this](bool ok, const QString &summary) {
                m_succeeded = ok;
                Q_EMIT finished(ok, summary);
            });
            Q_EMIT starting(m_executor);
            QString startError;
            if (!m_executor->start(&startError))
                Q_EMIT failedToStart(startError);
        });
}
