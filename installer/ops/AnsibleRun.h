#pragma once

#include "config/ClusterLoader.h"
#include "ops/AnsibleOutputReader.h"
#include "plan/InstallPlan.h"
#include "project/InstallSecrets.h"

#include <QString>
#include <atomic>
#include <functional>

class Project;

// install --engine ansible: the exported Ansible project (AnsibleRenderer, uploads from this
// machine's staging directory) written to <output>/ansible and run with ansible-playbook, the
// secrets in a vault encrypted with a key made for this run (the key reaches ansible-vault and
// ansible-playbook only through their environment, the password never touches a disk or a
// command line). Its output is read back into the plan's steps (AnsibleOutputReader): the
// same rows as the executor's, and the install journal records each step's result.
class AnsibleRun
{
public:
    struct Result {
        bool ok = false;
        QString error;   // why it could not run at all, or how it ended
        int exitCode = -1;
        QString logPath; // ansible-playbook's output: <project's logs>/ansible.log
    };
    // Empty when this project can be installed with Ansible here; else why not.
    static QString unavailableReason(const Project &project, const ClusterLoader::Result &loaded);
    // Synchronous: returns when ansible-playbook has ended. onEvent gets every step event,
    // onLine every line of Ansible's output (all of it is also in logPath). Setting *stop ends ansible-playbook (SIGTERM, then
    // SIGKILL): steps already started go on on the nodes, and the next run attaches to them.
    static Result run(const Project &project, const ClusterLoader::Result &loaded, const InstallPlan &plan, const InstallSecrets &secrets,
                      const QString &stagingDir, const std::function<void(const AnsibleOutputReader::Event &)> &onEvent,
                      const std::function<void(const QString &)> &onLine, const std::atomic_bool *stop = nullptr);
};
