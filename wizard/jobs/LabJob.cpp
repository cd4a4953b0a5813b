#include "jobs/LabJob.h"

#include "ClusterSession.h"
#include "lab/LabEnvironment.h"

#include <QCoreApplication>

LabJob::LabJob(ClusterSession *session)
    : BackgroundJob(session)
    , m_session(session)
{
}

void LabJob::setDefaults(const QString &webServerProgram, const QString &stepSeconds)
{
    m_webServer = webServerProgram;
    m_stepSeconds = stepSeconds;
}

void LabJob::start(const QString &directory, const QString &topology)
{
    LabEnvironment::Options options;
    options.directory = directory;
    options.topology = topology;
    options.webServerProgram = m_webServer.isEmpty() ? QCoreApplication::applicationFilePath() : m_webServer;
    if (!m_stepSeconds.isEmpty())
        options.stepSeconds = m_stepSeconds;
    options.progressLine = [this, post = guiPoster()](const QString &line) { post([this, line] { Q_EMIT progressLine(line); }); };
    struct Outcome {
        QString error, projectPath;
    };
    BackgroundJob::start<Outcome>(
        [options] {
            Outcome o;
            QStringList progress;
            o.error = LabEnvironment::up(options, &o.projectPath, &progress);
            return o;
        },
        [this](const Outcome &o) {
            if (!o.error.isEmpty()) {
                Q_EMIT finished(false, tr("The lab did not start: %1").arg(o.error));
                return;
            }
            m_session->setGoal(ClusterSession::Goal::Lab);
            QString error;
            if (!m_session->openProject(o.projectPath, &error)) {
                Q_EMIT finished(false, error);
                return;
            }
            Q_EMIT finished(true, tr("Lab started (a simulation): %1").arg(o.projectPath));
        });
}

void LabJob::stop(const QString &directory)
{
    struct Outcome {
        QString error;
        int stopped = 0;
    };
    BackgroundJob::start<Outcome>(
        [directory] {
            Outcome o;
            QStringList stopped;
            o.error = LabEnvironment::down(directory, &stopped);
            o.stopped = int(stopped.size());
            return o;
        },
        [this, directory](const Outcome &o) {
            Q_EMIT stopped(o.error.isEmpty(), o.error.isEmpty() ? tr("Lab stopped: %n process(es) ended in %1.", nullptr, o.stopped).arg(directory)
                                                                : tr("The lab did not stop cleanly: %1").arg(o.error));
        });
}
