#include "jobs/MaintenanceJob.h"

#include "ClusterSession.h"
#include "util/WorkPool.h"
#include "util/BackgroundPriority.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

MaintenanceJob::MaintenanceJob(ClusterSession *session)
    : BackgroundJob(session)
    , m_session(session)
{
    m_poll.setInterval(1000); // and after every event of the run
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_runRotation)
            pollRotation(m_runRotation);
    });
}

MaintenanceJob::~MaintenanceJob()
{
    cancel(); // a run still going stops after its step; its journal says where
}

RollingMaintenance::Prepared MaintenanceJob::prepare(const MaintenanceRequest &request, bool resume) const
{
    return RollingMaintenance::prepare(m_session->project(), m_session->cluster(), request, resume);
}

std::optional<MaintenanceRequest> MaintenanceJob::unfinished(QString *error) const
{
    return RollingMaintenance::unfinished(m_session->project(), error);
}

std::function<bool(const QString &)> MaintenanceJob::confirmOnGuiThread()
{
    const QPointer<MaintenanceJob> self(this);
    return [self](const QString &instructions) {
        bool confirmed = false;
        // The run's thread waits for the operator's answer, given on the GUI thread.
        QMetaObject::invokeMethod(
            self, [self, &confirmed, instructions] { confirmed = self && self->m_confirm && self->m_confirm(instructions); },
            Qt::BlockingQueuedConnection);
        return confirmed;
    };
}

void MaintenanceJob::start(RollingMaintenance::Prepared prepared)
{
    if (isRunning())
        return;
    if (!prepared.error.isEmpty()) {
        Q_EMIT finished(false, prepared.error, {});
        return;
    }
    const QByteArray ca = m_session->caCertificate();
    if (ca.isEmpty()) {
        Q_EMIT finished(false, tr("the cluster's CA certificate is needed for the health checks; it is not in the project's output folder"), {});
        return;
    }
    const Project project = m_session->project();
    const Cluster cluster = m_session->cluster();
    const InstallSecrets secrets = m_session->secrets();
    m_runRotation = RollingMaintenance::rotationFor(project, cluster, secrets, confirmOnGuiThread());
    m_cancel = std::make_shared<std::atomic_bool>(false);
    MaintenanceRun::Options options;
    options.caPem = ca;
    const QPointer<MaintenanceJob> self(this);
    // Events come from the run's thread; they are handed to the GUI thread as they happen.
    options.onEvent = [self](const MaintenanceRun::Event &e) {
        QMetaObject::invokeMethod(
            self,
            [self, e] {
                if (!self)
                    return;
                Q_EMIT self->event(e.ms, e.hostname, e.phase, e.text, e.problem);
                self->pollRotation(self->m_runRotation); // each step changes what the LB shows: look at once
            },
            Qt::QueuedConnection);
    };
    options.onLine = [self](const QString &hostname, const QString &line) {
        QMetaObject::invokeMethod(
            self,
            [self, hostname, line] {
                if (self)
                    Q_EMIT self->workLine(hostname, line);
            },
            Qt::QueuedConnection);
    };
    const std::shared_ptr<RotationControl> rotation = m_runRotation;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_poll.start();
    pollRotation(rotation);
    BackgroundJob::start<MaintenanceRun::Result>(
        [project, cluster, secrets, prepared, rotation, cancel, options]() mutable {
            options.cancel = cancel.get();
            return RollingMaintenance::run(project, cluster, secrets, prepared, *rotation, options);
        },
        [this](const MaintenanceRun::Result &r) {
            m_poll.stop();
            pollRotation(m_runRotation); // how the load balancer stands at the end
            m_runRotation.reset();        // its SSH sessions and passwords go with it
            m_lastVerdict = r.verdict;
            m_lastOk = r.ok;
            Q_EMIT finished(r.ok, r.verdict, r.standing);
        });
}

void MaintenanceJob::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void MaintenanceJob::refreshRotation()
{
    if (m_runRotation)
        return pollRotation(m_runRotation);
    // Between runs a rotation of its own, dropped after the one look.
    pollRotation(RollingMaintenance::rotationFor(m_session->project(), m_session->cluster(), m_session->secrets(), {}));
}

void MaintenanceJob::pollRotation(std::shared_ptr<RotationControl> rotation)
{
    if (!rotation)
        return;
    if (m_polling) {
        m_pollAgain = true; // the look in flight may predate what just happened
        return;
    }
    m_polling = true;
    struct Seen {
        QList<RotationControl::ServerView> view;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Seen>(this);
    connect(watcher, &QFutureWatcher<Seen>::finished, this, [this, watcher] {
        m_polling = false;
        m_view = watcher->result().view;
        m_viewError = watcher->result().error;
        watcher->deleteLater();
        Q_EMIT rotationChanged();
        if (std::exchange(m_pollAgain, false))
            pollRotation(m_runRotation);
    });
    watcher->setFuture(QtConcurrent::run(WorkPool::instance(), [rotation] {
        BackgroundPriority::lowerCurrentThread();
        Seen seen;
        seen.view = rotation->view(&seen.error);
        return seen;
    }));
}
