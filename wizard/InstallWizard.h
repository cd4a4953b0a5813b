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
    enum PageId { Welcome, AddNode, ImportCluster, Topology, Access, External, Certificates, Preflight, Review, Install, Verify, Drill, Finish, Maintenance };

    explicit InstallWizard(ClusterSession *session, QWidget *parent = nullptr);
    int nextId() const override;
    // The pages a goal walks through, in order.
    static QList<PageId> pagesFor(ClusterSession::Goal goal);
    ClusterSession *session() const { return m_session; }
    // Walks this (new) wizard through the pages another one had visited without validating them
    // (validation has side effects, such as claiming a project folder): a rebuilt wizard (a new
    // language) keeps its history and its Back button. Each page is initialised from the
    // session as it is passed, except the install page, which would start the install.
    void replay(const QList<int> &visited);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    void translateButtons();

    ClusterSession *m_session;
    bool m_replaying = false;
};
