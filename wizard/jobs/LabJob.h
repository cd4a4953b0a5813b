#pragma once

#include "jobs/BackgroundJob.h"

class ClusterSession;

// Starts the local lab (a simulation) and opens its project in the session, saying what has
// started as it goes; stops it again.
class LabJob : public BackgroundJob
{
    Q_OBJECT
public:
    explicit LabJob(ClusterSession *session);
    void start(const QString &directory, const QString &topology);
    // Stops the lab in directory: exactly the processes it started (LabEnvironment::down).
    void stop(const QString &directory);
    // What the lab's frontends serve HTTPS with and how long a simulated step takes (tests point
    // the web server at the installer binary and shorten steps).
    void setDefaults(const QString &webServerProgram, const QString &stepSeconds);

Q_SIGNALS:
    void progressLine(const QString &line); // while it starts: "frontend-1 (PRIMARY_FRONTEND) sshd on ..."
    void finished(bool ok, const QString &message);
    void stopped(bool ok, const QString &message);

private:
    ClusterSession *m_session;
    QString m_webServer;
    QString m_stepSeconds;
};
