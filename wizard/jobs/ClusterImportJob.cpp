#include "jobs/ClusterImportJob.h"

#include "ClusterSession.h"
#include "ops/ClusterImport.h"

ClusterImportJob::ClusterImportJob(ClusterSession *session)
    : BackgroundJob(session)
    , m_session(session)
{
    qRegisterMetaType<ConnectionCheck>();
}

void ClusterImportJob::start(const Request &request)
{
    struct Outcome {
        QString error;
        QString summary;
        ConnectionCheck check;
    };
    BackgroundJob::start<Outcome>(
        [request] {
            Project project;
            project.path = request.projectPath;
            project.configFile = QStringLiteral("multi_node_config.conf");
            project.defaults.user = request.endpoint.user;
            project.defaults.port = request.endpoint.port;
            project.defaults.identityFile = request.endpoint.identityFile;
            project.defaults.installerDir = request.installerDir;
            project.defaults.installationDir = request.installationDir;
            project.auth = request.endpoint.auth;
            project.osUser = request.osUser;
            const ClusterImport::Outcome imported = ClusterImport::fromNode(&project, request.endpoint, request.sshPassword, request.withCaKey);
            Outcome o{imported.error, {}, imported.check};
            if (imported.ok())
                o.summary = tr("Imported from %1: multi_node_config.conf (%2 bytes), the CA certificate%3%4.")
                                .arg(imported.files->origin)
                                .arg(imported.files->config.size())
                                .arg(imported.files->caKey.isEmpty() ? QString() : tr(" and key"))
                                .arg(imported.files->bundle.isEmpty() ? QString() : tr(", the certificate bundle"));
            return o;
        },
        [this, request](const Outcome &o) {
            if (!o.error.isEmpty()) {
                Q_EMIT finished(false, o.error, o.check);
                return;
            }
            QString error;
            if (!m_session->openProject(request.projectPath, &error)) {
                Q_EMIT finished(false, error, o.check);
                return;
            }
            InstallSecrets secrets = m_session->secrets();
            secrets.sshPassword = request.sshPassword;
            m_session->setSecrets(secrets);
            m_session->setGoal(ClusterSession::Goal::ImportFromNode);
            Q_EMIT finished(true, o.summary, o.check);
        });
}
