#pragma once

#include "ClusterSession.h"

#include <QList>
#include <QWizard>

// The guided install: ten thin pages over one ClusterSession. Which pages follow which depends
// on the goal chosen on the welcome page (an export for an air-gapped site skips every page
// that needs SSH to the nodes).
class InstallWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { Welcome, AddNode, ImportCluster, Topology, Access, External, Certificates, Preflight, Review, Install, Verify, Drill, Finish };

    explicit InstallWizard(ClusterSession *session, QWidget *parent = nullptr);
    int nextId() const override;
    // The pages a goal walks through, in order.
    static QList<PageId> pagesFor(ClusterSession::Goal goal);
    ClusterSession *session() const { return m_session; }

private:
    ClusterSession *m_session;
};
