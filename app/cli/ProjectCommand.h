#pragma once

#include "cli/Command.h"
#include "config/ClusterLoader.h"
#include "project/HostKeyChoices.h"
#include "project/InstallSecrets.h"
#include "project/Project.h"

#include <QPair>

// A command on a project (KeePassXC's DatabaseCommand): --project P, and where the command
// connects, the host-key choices and the secrets' options. The project and its cluster are
// opened once, after the command's own options are checked, then executeWithProject runs.
class ProjectCommand : public Command
{
public:
    // How the command reaches the nodes.
    struct Access {
        bool hostKeyChoices = false;             // --accept-host-key / --accept-new-host-keys
        QList<QPair<QString, QString>> secrets;  // (name, what): --NAME-file, --NAME-env ("ssh-password", "the SSH password")
        bool opensInvalidCluster = false;        // a running cluster that breaks the rules is still opened (drills show it)
    };
    ProjectCommand(Spec spec, Access access)
        : Command(std::move(spec))
        , m_access(std::move(access))
    {
    }

protected:
    struct Opened {
        Project project;
        ClusterLoader::Result loaded;
    };
    virtual QList<QCommandLineOption> projectOptions() const { return {}; }
    // Checks the command's own options before the project is opened: -1 to go on, else the exit code.
    virtual int prepare(const QCommandLineParser &) { return -1; }
    virtual int executeWithProject(const QCommandLineParser &parser, Opened &opened) = 0;

    // The SSH and sudo passwords (and the admin password when withAdmin), from the options or the
    // project's secret files; false after printing why.
    bool readSecrets(const QCommandLineParser &parser, const Project &project, InstallSecrets *secrets, bool withAdmin = false);
    const HostKeyChoices &hostKeyChoices() const { return m_hostKeys; }

private:
    QList<QCommandLineOption> commandOptions() const final;
    int execute(const QCommandLineParser &parser) final;

    Access m_access;
    HostKeyChoices m_hostKeys;
};
