#pragma once

#include "export/AnsibleRenderer.h"

// The playbook of the Ansible export and the project files around it (ansible.cfg, the lint
// configurations, the vault's example). One play per phase on its inventory group, so a
// phase's nodes run in parallel; any_errors_fatal, so a failed node stops later phases as the
// executor does. Each task is one plan step of every node of the phase that has it; the
// step's values come from host_vars (AnsibleRenderer), never from the playbook's own text.
class AnsiblePlaybook
{
public:
    static QString render(const InstallPlan &plan, const AnsibleRenderer::Options &options,
                          const RunbookRenderer::Context &context);
    // The shell the checks, the Kafka watch and the last service check run, for group_vars.
    static QString helperScripts();
    static QList<RenderedFile> projectFiles(const InstallPlan &plan, const AnsibleRenderer::Options &options, const RunbookRenderer::Context &context);
    // Seconds between Ansible's looks at a long (async) step, and the longest it may take.
    static constexpr int kPollSeconds = 1;
    static constexpr int kAsyncSeconds = 3 * 60 * 60;
};
