#pragma once

#include "plan/InstallPlan.h"
#include "util/RenderedFile.h"
#include "export/RunbookRenderer.h"

#include <QHash>
#include <QList>
#include <QStringList>

// The install plan as an Ansible project (docs/ansible.md): inventory.ini with one group per
// phase, host_vars/<host>.yml with each node's connection and the exact command of each of its
// steps (every value !unsafe), a playbook with one play per phase whose hosts run in parallel
// and whose failure stops later phases, known_hosts from the project's pins, and the step
// runner the executor uses (DetachedStep::standaloneScript), so a dropped controller or a re-run
// attaches to a step still running on the node instead of starting it twice.
class AnsibleRenderer
{
public:
    struct Host {
        QString address;
        int port = 22;
        QString user;
        QString installerDir;   // where the node keeps its steps (DetachedStep::stateRootFor)
        QStringList knownHosts; // known_hosts lines for this node: its pinned key, revocations
        QString identityFile;   // a run on this machine only (install --engine ansible); never in a bundle
        QStringList services;   // its profile's services, for the last check
        bool backend = false;   // watched for a stopped Kafka during the backend phases
        QString proxyCommand;   // through the project's ProxyJump hops (AnsibleHosts::proxyCommand); "none": direct
    };
    struct Options {
        bool sudoPassword = false; // the project's sudo asks for one: it comes from the vault, on stdin
        QString sourceDir;         // empty: uploads come from the unpacked bundle (playbook_dir/..); else from here
    };
    static QList<RenderedFile> render(const InstallPlan &plan, const QHash<QString, Host> &hosts, const Options &options,
                                      const RunbookRenderer::Context &context);

    // The key of a step in its node's agilesec_steps (host_vars): phase and step, so that the
    // same step of every node of a phase is one task.
    static QString slot(int phase, const PlanStep &step);
    static QString inventoryGroup(const PlanPhase &phase);
    static QString directory() { return QStringLiteral("ansible"); }
};
