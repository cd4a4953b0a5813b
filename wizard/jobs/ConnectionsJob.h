#pragma once

#include "jobs/BackgroundJob.h"
#include "verify/ConnectionCheck.h"

class ClusterSession;

// "Test connections": SSH and sudo on every node at once (ops/AccessCheck); an unknown or
// changed host key is handed to the page as a question.
class ConnectionsJob : public BackgroundJob
{
    Q_OBJECT
public:
    explicit ConnectionsJob(ClusterSession *session);
    void start();
    const QList<ConnectionCheck> &checks() const { return m_checks; }
    bool allOk() const;
    void clear() { m_checks.clear(); }

Q_SIGNALS:
    void finished();
    void hostKeyQuestion(const ConnectionCheck &check);

private:
    ClusterSession *m_session;
    QList<ConnectionCheck> m_checks;
};
