#include "InstallWizard.h"

#include "AccessPage.h"
#include "CertificatesPage.h"
#include "ClusterSession.h"
#include "DrillPage.h"
#include "ExternalAccessPage.h"
#include "FinishPage.h"
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
    switch (currentId()) {
    case Welcome:
        return Topology;
    case Topology:
        return nodes ? Access : External;
    case Access:
        return External;
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
