#pragma once

#include "jobs/BackgroundJob.h"
#include "maintain/RotationControl.h"
#include "ops/RollingMaintenance.h"

#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>

class ClusterSession;

// A rolling maintenance (ops/RollingMaintenance) for the Maintenance page: the run's events and
// the work's output as they happen, the load balancer's own view of every frontend asked again
// after each event and every second while it runs, then the verdict and how every node stands.
// cancel() stops at the current step; the journal lets a later start(resume) finish the run.
class MaintenanceJob : public BackgroundJob
{
    Q_OBJECT
public:
    explicit MaintenanceJob(ClusterSession *session);
    ~MaintenanceJob() override;
    // The steps this request makes, or the unfinished run's (resume); .error says why it cannot run.
    RollingMaintenance::Prepared prepare(const MaintenanceRequest &request, bool resume) const;
    // The last run when it did not finish (*error when its file cannot be read).
    std::optional<MaintenanceRequest> unfinished(QString *error) const;
    // Runs what prepare() made; its error, when it has one, is the verdict at once.
    void start(RollingMaintenance::Prepared prepared);
    void cancel();
    // Asked, on the GUI thread while the run waits, to confirm what the operator did at a cloud
    // load balancer or DNS (ManualRotation); false stops the run.
    void setConfirm(std::function<bool(const QString &instructions)> confirm) { m_confirm = std::move(confirm); }
    // Asks the load balancer how it sees every frontend, in the background: rotationChanged follows.
    void refreshRotation();
    const QList<RotationControl::ServerView> &rotation() const { return m_view; }
    QString rotationError() const { return m_viewError; }
    // The last run's verdict (empty before one ran) and whether every node was done.
    QString lastVerdict() const { return m_lastVerdict; }
    bool lastOk() const { return m_lastOk; }

Q_SIGNALS:
    void event(qint64 ms, const QString &hostname, const QString &phase, const QString &text, bool problem);
    void workLine(const QString &hostname, const QString &line);
    void rotationChanged();
    void finished(bool ok, const QString &verdict, const QStringList &standing);

private:
    std::function<bool(const QString &)> confirmOnGuiThread();
    void pollRotation(std::shared_ptr<RotationControl> rotation);

    ClusterSession *m_session;
    std::function<bool(const QString &)> m_confirm;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<RotationControl> m_runRotation; // the run's own, shared with the live view
    QTimer m_poll;
    bool m_polling = false;
    bool m_pollAgain = false;
    QList<RotationControl::ServerView> m_view;
    QString m_viewError;
    QString m_lastVerdict;
    bool m_lastOk = false;
};
