#pragma once

#include <QWidget>

class ClusterSession;
class InstallWizard;
class QVBoxLayout;

// The wizard's steps down the left side (as Ambari and Qt Installer Framework show them): the
// product's name and icon, then the pages the chosen goal walks through, each marked done,
// current or ahead. It follows the wizard's page and the session's goal.
class StepSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit StepSidebar(ClusterSession *session, QWidget *parent = nullptr);
    // Made before the wizard beside it, so that it goes first too: a wizard being destroyed
    // still signals its page changes.
    void follow(InstallWizard *wizard);
    // The steps as shown: "done: Welcome", "current: Access", "ahead: Verify", ...
    QStringList steps() const { return m_steps; }

private:
    void refresh();

    InstallWizard *m_wizard = nullptr;
    ClusterSession *m_session;
    QVBoxLayout *m_list;
    QList<class QLabel *> m_rows;
    QStringList m_steps;
};
