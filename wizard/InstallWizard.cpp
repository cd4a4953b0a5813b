#include "InstallWizard.h"

#include "AccessPage.h"
#include "AddNodePage.h"
#include "CertificatesPage.h"
#include "ClusterSession.h"
#include "DrillPage.h"
#include "ExternalAccessPage.h"
#include "FinishPage.h"
#include "ImportClusterPage.h"
#include "InstallPage.h"
#include "PreflightPage.h"
#include "ReviewPage.h"
#include "TopologyPage.h"
#include "VerifyPage.h"
#include "WelcomePage.h"

InstallWizard::InstallWizard(ClusterSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("installWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(Welcome, new WelcomePage(session));
    setPage(AddNode, new AddNodePage(session));
    setPage(ImportCluster, new ImportClusterPage(session));
    setPage(Topology, new TopologyPage(session));
    setPage(Access, new AccessPage(session));
    setPage(External, new ExternalAccessPage(session));
    setPage(Certificates, new CertificatesPage(session));
    setPage(Preflight, new PreflightPage(session));
    setPage(Review, new ReviewPage(session));
    setPage(Install, new InstallPage(session));
    setPage(Verify, new VerifyPage(session));
    setPage(Drill, new DrillPage(session));
    setPage(Finish, new FinishPage(session));
    setStartId(Welcome);
}

int InstallWizard::nextId() const
{
    const bool nodes = m_session->needsNodes();
    // Day 2: the new node, access (the new node tested with the others), review, install.
    const bool adding = m_session->goal() == ClusterSession::Goal::AddNode;
    // Imported from backend-1: a look at the topology, access (every node's host key), verify.
    const bool imported = m_session->goal() == ClusterSession::Goal::ImportFromNode;
    switch (currentId()) {
    case Welcome:
        return adding ? AddNode : imported ? ImportCluster : Topology;
    case AddNode:
        return Access;
    case ImportCluster:
        return Topology;
    case Topology:
        return nodes ? Access : External;
    case Access:
        return adding ? Review : imported ? Verify : External;
    case External:
        return Certificates;
    case Certificates:
        return nodes ? Preflight : Review;
    case Preflight:
        return Review;
    case Review:
        return nodes ? Install : Finish;
    case Install:
        return Verify;
    case Verify:
        return Drill;
    case Drill:
        return Finish;
    default:
        return -1;
    }
}
