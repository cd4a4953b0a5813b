#pragma once

#include "plan/InstallPlan.h"
#include "util/RenderedFile.h"
#include "export/RunbookRenderer.h"

#include <QHash>
#include <QList>

// An Ansible inventory and playbook that run the plan's steps in the plan's phases (one play
// per phase, its nodes in parallel), for sites that manage fleets with Ansible. Rendered from
// the same plan object as the runbooks and the executor. Steps that use sudo run with become.
class AnsibleRenderer
{
public:
    struct Host {
        QString address;
        int port = 22;
        QString user;
    };
    static QList<RenderedFile> render(const InstallPlan &plan, const QHash<QString, Host> &hosts, const RunbookRenderer::Context &context);
};
