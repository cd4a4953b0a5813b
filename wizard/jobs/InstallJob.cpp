#include "jobs/InstallJob.h"

#include "ClusterSession.h"
#include "exec/InstallExecutor.h"
#include "ops/AnsibleProgress.h"
#include "ops/AnsibleRun.h"
#include "ops/PlanRun.h"
#include "util/WorkPool.h"
#include "util/BackgroundPriority.h"

#include <QDateTime>

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
    // The Ansible worker posts to this object: it must have ended before the object does.
    m_stopAnsible = true;
    m_ansible.waitForFinished();
}

QString InstallJob::ansibleUnavailableReason() const
{
    if (m_session->goal() == ClusterSession::Goal::AddNode)
        return tr("Adding nodes runs with this installer: it has its own journal and load-balancer change.");
    return AnsibleRun::unavailableReason(m_session->project(), m_session->result());
}

bool InstallJob::isInstalling() const
{
    return isRunning() || (m_executor && m_executor->isRunning()) || m_ansible.isRunning();
}

void InstallJob::start()
{
    if (isInstalling())
        return;
    QString error = m_session->saveProject();
    if (error.isEmpty())
        error = m_session->project().checkInstallerPackage();
    if (error.isEmpty() && m_session->secrets().adminPassword.isEmpty())
        error = tr("The platform's admin password is needed (Access page).");
    if (error.isEmpty() && m_engine == Engine::Ansible)
        error = ansibleUnavailableReason();
    if (!error.isEmpty()) {
        Q_EMIT failedToStart(error);
        return;
    }
    m_succeeded = false;
    m_abortRequested = false;
    m_clock.start();
    const Project project = m_session->project();
    const ClusterLoader::Result loaded = m_session->result();
    const bool expanding = m_session->goal() == ClusterSession::Goal::AddNode && m_session->hasExpansion();
    const QList<RenderedFile> loadBalancerChange = expanding ? m_session->expansion().loadBalancerChange : QList<RenderedFile>();
    BackgroundJob::start<ProjectStaging::Result>(
        [project, loaded, loadBalancerChange] { return PlanRun::stage(project, loaded, loadBalancerChange); },
        [this, expanding](const ProjectStaging::Result &staged) {
            if (m_abortRequested) { // aborted while the files were prepared: no node was touched
                m_abortRequested = false;
                Q_EMIT finished(false, tr("aborted before any step ran"));
                return;
            }
            if (!staged.ok()) {
                Q_EMIT failedToStart(tr("Cannot prepare the files to upload: %1").arg(staged.error));
                return;
            }
            if (m_engine == Engine::Ansible)
                startAnsible(staged.directory);
            else
                startExecutor(staged.directory, expanding);
        });
}

void InstallJob::startExecutor(const QString &stagingDir, bool expanding)
{
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
                                   PlanRun::settings(*project, stagingDir, options), [this](const QString &message) { Q_EMIT warning(message); }, this);
    connect(m_executor, &InstallExecutor::phaseStarted, this, &InstallJob::phaseStarted);
    connect(m_executor, &InstallExecutor::nodeChanged, this, &InstallJob::nodeChanged);
    connect(m_executor, &InstallExecutor::stepLine, this,
            [this](const QString &hostname, const QString &, const QString &line) { Q_EMIT stepLine(hostname, line); });
    connect(m_executor, &InstallExecutor::kafkaRestarted, this, &InstallJob::kafkaRestarted);
    connect(m_executor, &InstallExecutor::decisionNeeded, this, &InstallJob::decisionNeeded);
    connect(m_executor, &InstallExecutor::finished, this, &InstallJob::done);
    Q_EMIT starting();
    QString startError;
    if (!m_executor->start(&startError))
        Q_EMIT failedToStart(startError);
}

void InstallJob::startAnsible(const QString &stagingDir)
{
    m_ansibleProgress = std::make_unique<AnsibleProgress>(m_session->plan());
    m_stopAnsible = false;
    Q_EMIT starting();
    const Project project = m_session->project();
    const ClusterLoader::Result loaded = m_session->result();
    const InstallPlan plan = m_session->plan();
    const InstallSecrets secrets = m_session->secrets();
    // Events are read on the worker and painted here: each is posted to this object's thread.
    const auto onEvent = [this](const AnsibleOutputReader::Event &event) {
        QMetaObject::invokeMethod(this, [this, event] {
            if (event.kind == AnsibleOutputReader::Event::Kind::PhaseStarted) {
                Q_EMIT phaseStarted(event.phase, event.message);
                return;
            }
            // The row first: the line belongs to the phase the node is in now.
            for (const NodeProgress &p : m_ansibleProgress->apply(event, QDateTime::currentMSecsSinceEpoch()))
                Q_EMIT nodeChanged(p);
            if (!event.hostname.isEmpty())
                Q_EMIT stepLine(event.hostname, AnsibleProgress::logLine(event));
        });
    };
    // Ansible's lines about a host go to that host's log too, but for a bare "ok: [host]",
    // "changed: [host]" or "skipping: [host]": the step's own lines say that (or it is not its step).
    const auto onLine = [this](const QString &line) {
        const qsizetype open = line.indexOf(QLatin1String(": ["));
        const qsizetype close = open >= 0 ? line.indexOf(QLatin1Char(']'), open) : -1;
        if (close < 0 || (close == line.size() - 1 && (line.startsWith(QLatin1String("ok: ")) || line.startsWith(QLatin1String("changed: ")) || line.startsWith(QLatin1String("skipping: ")))))
            return;
        const QString host = line.mid(open + 3, close - open - 3);
        QMetaObject::invokeMethod(this, [this, host, line] { Q_EMIT stepLine(host, QStringLiteral("ansible: ") + line); });
    };
    m_ansible = QtConcurrent::run(WorkPool::instance(), [this, project, loaded, plan, secrets, stagingDir, onEvent, onLine] {
        BackgroundPriority::lowerCurrentThread();
        const AnsibleRun::Result r = AnsibleRun::run(project, loaded, plan, secrets, stagingDir, onEvent, onLine, &m_stopAnsible);
        QMetaObject::invokeMethod(this, [this, r] { finishAnsible(r.ok, r.error); });
    });
}

void InstallJob::finishAnsible(bool ok, const QString &summary)
{
    for (const NodeProgress &p : m_ansibleProgress->finish(ok, summary))
        Q_EMIT nodeChanged(p);
    done(ok, ok ? tr("%n node(s) installed with Ansible", nullptr, int(m_session->plan().nodeCount())) : summary);
}

void InstallJob::done(bool ok, const QString &summary)
{
    m_succeeded = ok;
    m_summary = summary;
    m_elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT finished(ok, summary);
}

void InstallJob::retryNode(const QString &hostname)
{
    if (canDecide())
        m_executor->retryNode(hostname);
}

void InstallJob::skipNode(const QString &hostname)
{
    if (canDecide())
        m_executor->skipNode(hostname);
}

QString InstallJob::skipWarning(const QString &hostname) const
{
    return canDecide() ? m_executor->skipWarning(hostname) : QString();
}

void InstallJob::abort()
{
    if (isRunning()) // still preparing the files
        m_abortRequested = true;
    if (m_engine == Engine::Ansible)
        m_stopAnsible = true;
    else if (m_executor && m_executor->isRunning())
        m_executor->abort();
}
