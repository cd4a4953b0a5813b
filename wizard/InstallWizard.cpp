#include "InstallWizard.h"

#include "AccessPage.h"
#include "AddNodePage.h"
#include "CertificatesPage.h"
#include "ClusterSession.h"
#include "DrillPage.h"
#include "ExternalAccessPage.h"
#include "FinishPage.h"
#include "ImportClusterPage.h"
#include "MaintenancePage.h"
#include "InstallPage.h"
#include "PreflightPage.h"
#include "ReviewPage.h"
#include "TopologyPage.h"
#include "VerifyPage.h"
#include "WelcomePage.h"

#include <QAbstractButton>
#include <QKeyEvent>

InstallWizard::InstallWizard(ClusterSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("installWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    // Finish ends it: nothing to go back to or cancel once the summary shows.
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
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
    setPage(Maintenance, new MaintenancePage(session));
    setStartId(Welcome);
    translateButtons();
}

void InstallWizard::translateButtons()
{
    // QWizard's own button texts come from Qt's translations, which a system may not have: ours.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CommitButton, tr("Co&mmit"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::HelpButton, tr("&Help"));
}

void InstallWizard::replay(const QList<int> &visited)
{
    m_replaying = true;
    for (qsizetype i = 1; i < visited.size() && nextId() == visited.at(i); ++i)
        next();
    m_replaying = false;
}

void InstallWizard::keyPressEvent(QKeyEvent *event)
{
    // Enter in a field ends the edit (editingFinished); it never leaves the page. Only a focused
    // button takes Enter, as it takes Space.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !qobject_cast<QAbstractButton *>(focusWidget())) {
        event->accept();
        return;
    }
    QWizard::keyPressEvent(event);
}

bool InstallWizard::validateCurrentPage()
{
    return m_replaying || QWizard::validateCurrentPage();
}

void InstallWizard::initializePage(int id)
{
    // Pages show the session's state when initialised, so a replay initialises them too; only
    // the install page is left alone, whose initialisation starts the install.
    if (!m_replaying || id != Install)
        QWizard::initializePage(id);
}

QList<InstallWizard::PageId> InstallWizard::pagesFor(ClusterSession::Goal goal)
{
    using Goal = ClusterSession::Goal;
    // Every goal's pages, in order (KeePassXC's NewDatabaseWizard: the page list as one literal).
    static const QList<PageId> install{Welcome, Topology, Access, External, Certificates, Preflight, Review, Install, Verify, Drill, Finish};
    static const QHash<Goal, QList<PageId>> pages{
        {Goal::NewCluster, install},
        {Goal::OpenProject, install},
        {Goal::ImportConfig, install},
        {Goal::Lab, install},
        // An air-gapped site: no page that needs SSH to the nodes.
        {Goal::ExportOnly, {Welcome, Topology, External, Certificates, Review, Finish}},
        // Day 2: the new node, access (the new node tested with the others), review, install.
        {Goal::AddNode, {Welcome, AddNode, Access, Review, Install, Verify, Drill, Finish}},
        // Imported from backend-1: a look at the topology, access (every node's host key), verify.
        {Goal::ImportFromNode, {Welcome, ImportCluster, Topology, Access, Verify, Drill, Finish}},
        // Rolling maintenance: access (every node's host key), the maintenance, then a look.
        {Goal::Maintain, {Welcome, Access, Maintenance, Verify, Finish}},
    };
    return pages.value(goal);
}

int InstallWizard::nextId() const
{
    const QList<PageId> pages = pagesFor(m_session->goal());
    const qsizetype at = pages.indexOf(PageId(currentId()));
    return at >= 0 && at + 1 < pages.size() ? pages.at(at + 1) : -1;
}
