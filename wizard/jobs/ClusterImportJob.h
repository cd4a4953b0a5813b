#pragma once

#include "jobs/BackgroundJob.h"
#include "ssh/SshEndpoint.h"
#include "verify/ConnectionCheck.h"

class ClusterSession;

// Imports a running cluster from backend-1 over SSH (ops/ClusterImport) and opens the project
// made of it. An unknown or changed host key ends it with check.hostKey set, for the page to
// ask and start again with the accepted fingerprint.
class ClusterImportJob : public BackgroundJob
{
    Q_OBJECT
public:
    struct Request {
        SshEndpoint endpoint;   // backend-1 as the user reaches it; acceptedFingerprints after the host-key question
        QByteArray sshPassword; // or the key's passphrase; memory only
        QString installerDir;
        QString installationDir;
        QString osUser;
        bool withCaKey = false; // the user consented to copy the CA key
        QString projectPath;    // the new project file (its folder must hold none yet)
    };
    explicit ClusterImportJob(ClusterSession *session);
    void start(const Request &request);

Q_SIGNALS:
    void finished(bool ok, const QString &message, const ConnectionCheck &check);

private:
    ClusterSession *m_session;
};
