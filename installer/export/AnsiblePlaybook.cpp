#include "export/AnsiblePlaybook.h"

#include "export/AnsibleYaml.h"

#include <QMap>
#include <QSet>

namespace {
using Y = AnsibleYaml;

// One task of a play: the same step of every node of the phase that has it.
struct Slot {
    QString key;
    PlanStep step;        // the first node's, for the kind and the flags
    QString title;
    QStringList hosts;
};

// The phase's steps in an order that keeps each node's own order (nodes that share steps
// share tasks; a step only some nodes have comes after the step it follows on them).
QList<Slot> slotsOf(const PlanPhase &phase)
{
    QList<Slot> slots;
    for (const PlanNode &node : phase.nodes) {
        qsizetype after = -1;
        for (const PlanStep &step : node.steps) {
            const QString key = AnsibleRenderer::slot(phase.index, step);
            qsizetype at = -1;
            for (qsizetype i = 0; i < slots.size(); ++i) {
                if (slots[i].key == key)
                    at = i;
            }
            QString title = step.title;
            title.replace(node.hostname, QStringLiteral("<node>"));
            if (at < 0) {
                at = after + 1;
                slots.insert(at, Slot{key, step, title, {}});
            } else if (slots[at].title != title) {
                slots[at].title = slots[at].step.title;
            }
            slots[at].hosts << node.hostname;
            after = at;
        }
    }
    return slots;
}

QString var(const Slot &slot, const char *field)
{
    return QStringLiteral("\"{{ agilesec_steps.%1.%2 }}\"").arg(slot.key, QLatin1String(field));
}

QString whenFor(const Slot &slot, const PlanPhase &phase)
{
    if (slot.hosts.size() == phase.nodes.size())
        return {};
    return QStringLiteral("      when: \"'%1' in agilesec_steps\"\n").arg(slot.key);
}

QString uploadTasks(const Slot &slot, const PlanPhase &phase, const QString &name)
{
    // Our own upload makes the directory (mkdir -p); u+rwx leaves an existing one's mode as it is.
    return QStringLiteral("    - name: %1\n      ansible.builtin.file:\n        path: %2\n        state: directory\n        mode: u+rwx\n%3")
               .arg(Y::name(name + QStringLiteral(" (its directory)")), var(slot, "dir"), whenFor(slot, phase))
        + QStringLiteral("    - name: %1\n      ansible.builtin.copy:\n        src: \"{{ (agilesec_source_dir, agilesec_steps.%2.src) | path_join }}\"\n"
                         "        dest: %3\n        mode: \"0600\"\n%4")
              .arg(Y::name(name), slot.key, var(slot, "dest"), whenFor(slot, phase));
}

QString stdinFor(const PlanStep &step, const AnsibleRenderer::Options &options)
{
    if (step.input == PlanStep::Input::AdminPassword)
        return QStringLiteral("agilesec_admin_password");
    if (step.sudoPasswordOnStdin(options.sudoPassword))
        return QStringLiteral("agilesec_sudo_password");
    return {};
}

QString runTask(const Slot &slot, const PlanPhase &phase, const QString &name, const AnsibleRenderer::Options &options)
{
    const QString input = stdinFor(slot.step, options);
    QString task = QStringLiteral("    - name: %1\n      ansible.builtin.command:\n        argv:\n          - /bin/sh\n"
                                  "          - \"{{ agilesec_step_root }}/agilesec-step.sh\"\n          - %2\n          - %3\n          - %4\n          - %5\n"
                                  "          - \"%6\"\n")
                       .arg(Y::name(name), var(slot, "dir"), var(slot, "sha"), var(slot, "skip_when"), var(slot, "command"),
                            input.isEmpty() ? QStringLiteral("0") : QStringLiteral("1"));
    if (!input.isEmpty())
        task += QStringLiteral("        stdin: \"{{ %1 }}\"\n").arg(input);
    // Long steps run in the background on the node and are polled, so a dropped controller
    // connection costs a poll, not the step; a re-run attaches to it (agilesec-step.sh).
    if (phase.kind != PlanPhase::Kind::Prepare)
        task += QStringLiteral("      async: %1\n      poll: %2\n").arg(AnsiblePlaybook::kAsyncSeconds).arg(AnsiblePlaybook::kPollSeconds);
    task += QStringLiteral("      register: agilesec_run\n"
                           "      changed_when: agilesec_run.stderr is not search('@@agilesec-step (already|adopted)')\n");
    // A task's arguments (stdin included) are shown at -vvv: a task carrying a secret shows
    // nothing. Its output stays on the node, in the step's log (verify --steps).
    if (!input.isEmpty())
        task += QStringLiteral("      no_log: true\n");
    return task + whenFor(slot, phase);
}

QString checkTask(const Slot &slot, const PlanPhase &phase, const QString &name, const AnsibleRenderer::Options &options)
{
    const QString input = stdinFor(slot.step, options);
    QString task = QStringLiteral("    - name: %1\n      ansible.builtin.command:\n        argv: [/bin/sh, \"-c\", \"{{ agilesec_check_script }}\", agilesec-check, %2, %3]\n")
                       .arg(Y::name(name), var(slot, "command"), var(slot, "services"));
    if (!input.isEmpty())
        task += QStringLiteral("        stdin: \"{{ %1 }}\"\n      no_log: true\n").arg(input);
    return task + QStringLiteral("      changed_when: false\n") + whenFor(slot, phase);
}

QString play(const QString &name, const QString &hosts)
{
    return QStringLiteral("\n- name: %1\n  hosts: %2\n  gather_facts: false\n  any_errors_fatal: true\n  max_fail_percentage: 0\n  tasks:\n")
        .arg(Y::name(name), hosts);
}

QString phasePlay(const PlanPhase &phase, const AnsibleRenderer::Options &options)
{
    QString out = play(QStringLiteral("Phase %1: %2").arg(phase.index).arg(phase.title), AnsibleRenderer::inventoryGroup(phase));
    // Every node of an install prepares first: the runner is put there once.
    if (phase.kind == PlanPhase::Kind::Prepare || phase.index == 0)
        out += QStringLiteral("    - name: The node's step directory\n      ansible.builtin.file:\n        path: \"{{ agilesec_step_root }}\"\n        state: directory\n"
                              "        mode: \"0700\"\n"
                              "    - name: The step runner (the executor's own)\n      ansible.builtin.copy:\n        src: files/agilesec-step.sh\n"
                              "        dest: \"{{ agilesec_step_root }}/agilesec-step.sh\"\n        mode: \"0700\"\n");
    for (const Slot &slot : slotsOf(phase)) {
        const QString name = QStringLiteral("Phase %1 %2: %3").arg(phase.index).arg(slot.key.mid(slot.key.indexOf(QLatin1Char('_')) + 1), slot.title);
        if (slot.step.kind == PlanStep::Kind::Upload)
            out += uploadTasks(slot, phase, name);
        else if (slot.step.kind == PlanStep::Kind::Check)
            out += checkTask(slot, phase, name, options);
        else
            out += runTask(slot, phase, name, options);
    }
    return out;
}

bool isBackendPhase(PlanPhase::Kind kind)
{
    return kind == PlanPhase::Kind::PrimaryBackend || kind == PlanPhase::Kind::SecondBackend || kind == PlanPhase::Kind::BackendsAndQuorum;
}
} // namespace

QString AnsiblePlaybook::helperScripts()
{
    // Our own shell, not project data, yet !unsafe: its ${...} and { } must never meet Jinja.
    return QStringLiteral(
        "# A check step: runs $1; with services in $2, each must be listed as Running (manage.sh status).\n"
        "agilesec_check_script: !unsafe |\n"
        "  out=$(/bin/sh -c \"$1\" 2>&1); rc=$?\n"
        "  printf '%s\\n' \"$out\"\n"
        "  [ \"$rc\" = 0 ] || exit \"$rc\"\n"
        "  [ -n \"$2\" ] || exit 0\n"
        "  printf '%s\\n' \"$out\" | awk -v want=\"$2\" 'BEGIN { n = split(want, w, \" \") } { s[$1] = $NF }\n"
        "    END { bad = 0; for (i = 1; i <= n; i++) if (s[w[i]] != \"Running\") { print w[i] \" is \" (w[i] in s ? s[w[i]] : \"not listed\") > \"/dev/stderr\"; bad = 1 }\n"
        "          exit bad }'\n"
        "# The guide's advice while backends join: a Kafka that is installed and stopped is restarted.\n"
        "agilesec_kafka_watch_script: !unsafe |\n"
        "  cd \"$1\" || exit 0\n"
        "  out=$(./scripts/manage.sh status 2>/dev/null) || { echo 'not installed yet'; exit 0; }\n"
        "  state=$(printf '%s\\n' \"$out\" | awk '$1 == \"kafka\" { print tolower($NF) }')\n"
        "  case $state in\n"
        "    stopped|exited|failed|dead|inactive)\n"
        "      ./scripts/manage.sh start kafka && echo \"restarted Kafka (it was $state), as the guide advises\" ;;\n"
        "    *) echo \"kafka: ${state:-not listed}\" ;;\n"
        "  esac\n");
}

QString AnsiblePlaybook::render(const InstallPlan &plan, const AnsibleRenderer::Options &options,
                                const RunbookRenderer::Context &context)
{
    QString out = QStringLiteral("---\n# Generated by agilesec-installer %1 on %2 from the install plan: the same phases, nodes and commands as\n"
                                 "# `agilesec-installer install --dry-run`. From this directory (docs/ansible.md):\n"
                                 "#   ansible-vault create group_vars/all/vault.yml    # once: see vault.example.yml\n"
                                 "#   ansible-playbook -i inventory.ini playbook.yml --ask-vault-pass\n")
                      .arg(context.appVersion, context.createdUtc);
    out += play(QStringLiteral("Check the secrets the install needs"), QStringLiteral("all"));
    out += QStringLiteral("    - name: The admin password and, where sudo asks, its password come from the vault\n"
                          "      ansible.builtin.assert:\n        that:\n          - agilesec_admin_password is defined\n"
                          "          - agilesec_admin_password | length > 0\n"
                          "          - not agilesec_sudo_needs_password or (agilesec_sudo_password | default('') | length > 0)\n"
                          "        fail_msg: Define agilesec_admin_password (and agilesec_sudo_password) in group_vars/all/vault.yml (docs/ansible.md)\n"
                          "        quiet: true\n      run_once: true\n      no_log: true\n");
    for (const PlanPhase &phase : plan.phases) {
        out += phasePlay(phase, options);
        if (isBackendPhase(phase.kind)) {
            out += play(QStringLiteral("After phase %1: a stopped Kafka on a backend is restarted").arg(phase.index), QStringLiteral("agilesec_backends"));
            out += QStringLiteral("    - name: Restart Kafka where it is installed and stopped (the guide's advice)\n      ansible.builtin.command:\n"
                                  "        argv: [/bin/sh, \"-c\", \"{{ agilesec_kafka_watch_script }}\", agilesec-kafka-watch, \"{{ agilesec_installer_dir }}\"]\n"
                                  "      register: agilesec_kafka\n      changed_when: agilesec_kafka.stdout is search('restarted')\n");
        }
    }
    out += play(QStringLiteral("Every node runs its profile's services"), QStringLiteral("all"));
    out += QStringLiteral("    - name: Every service of the node's profile is Running (manage.sh status)\n      ansible.builtin.command:\n"
                          "        argv: [/bin/sh, \"-c\", \"{{ agilesec_check_script }}\", agilesec-check, \"{{ agilesec_status_command }}\", "
                          "\"{{ agilesec_services }}\"]\n"
                          "      changed_when: false\n");
    return out;
}

QList<RenderedFile> AnsiblePlaybook::projectFiles(const InstallPlan &plan, const AnsibleRenderer::Options &options, const RunbookRenderer::Context &context)
{
    int widest = 1;
    for (const PlanPhase &phase : plan.phases)
        widest = std::max(widest, int(phase.nodes.size()));
    const QString dir = AnsibleRenderer::directory() + QLatin1Char('/');
    const QString cfg = QStringLiteral("# Generated by agilesec-installer %1 on %2. Read when ansible-playbook runs from this directory.\n"
                                       "[defaults]\ninventory = inventory.ini\n# Every node of the widest phase at once.\nforks = %3\n"
                                       "host_key_checking = True\ninterpreter_python = auto_silent\nretry_files_enabled = False\n"
                                       "\n[ssh_connection]\npipelining = True\nretries = 8\n")
                            .arg(context.appVersion, context.createdUtc)
                            .arg(std::max(widest, 5));
    const QString yamllint = QStringLiteral("---\n# yamllint -c .yamllint . (docs/ansible.md). host_vars hold the plan's commands verbatim, one scalar\n"
                                            "# each: folding them to a width would change what runs, so line length is not checked.\n"
                                            "extends: default\n# The vault is encrypted: not YAML to lint.\nignore: |\n  group_vars/all/vault.yml\nrules:\n  line-length: disable\n  comments:\n    min-spaces-from-content: 1\n");
    const QString lint = QStringLiteral("---\n# ansible-lint (docs/ansible.md)\nprofile: production\nexclude_paths:\n  - files/\n  - group_vars/all/vault.yml\n");
    QString vault = QStringLiteral("---\n# What group_vars/all/vault.yml must define (ansible-vault create group_vars/all/vault.yml).\n"
                                   "# Never put the real values in this file or on a command line.\n"
                                   "agilesec_admin_password: \"the platform's admin password\"\n");
    if (options.sudoPassword)
        vault += QStringLiteral("agilesec_sudo_password: \"the SSH user's sudo password on the nodes\"\n");
    return {{dir + QStringLiteral("ansible.cfg"), cfg.toUtf8(), 0644},
            {dir + QStringLiteral(".yamllint"), yamllint.toUtf8(), 0644},
            {dir + QStringLiteral(".ansible-lint"), lint.toUtf8(), 0644},
            {dir + QStringLiteral("vault.example.yml"), vault.toUtf8(), 0644}};
}
