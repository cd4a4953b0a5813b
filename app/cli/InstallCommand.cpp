#include "cli/InstallCommand.h"

#include "cli/PlanRunPrinter.h"
#include "cli/ProgressPrinter.h"
#include "ops/AnsibleProgress.h"
#include "ops/AnsibleRun.h"
#include "ops/PlanRun.h"
#include "ops/PlanText.h"
#include "plan/InstallPlanBuilder.h"

#include <QDir>
#include <QDateTime>

InstallCommand::InstallCommand()
    : ProjectCommand({QStringLiteral("install"),
             QStringLiteral("Install the project's cluster over SSH, phase by phase; resumes after a failure"),
             QStringLiteral("install --project P [--yes] [--dry-run] [--parallel N] [--engine installer|ansible]"),
             QStringLiteral("Installs the project's cluster: renders the env files and certificates into the project's output directory, "
                              "prepares every node in parallel, then runs the guide's install phases in order, the nodes of a phase in parallel. "
                              "Each step is journaled as it changes, so running install again (after a failure, Ctrl-C or a crash) resumes "
                              "without repeating finished steps. A full log per node goes to the output directory's logs/. Exit 0 when every "
                              "node is installed, 1 otherwise.")},
      Access{true, {{QStringLiteral("admin-password"), QStringLiteral("the platform's admin password")},
                {QStringLiteral("sudo-password"), QStringLiteral("the sudo password")},
                {QStringLiteral("ssh-password"), QStringLiteral("the SSH password")}}, false})
{
}

QList<QCommandLineOption> InstallCommand::projectOptions() const
{
    return {QCommandLineOption(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation.")),
            QCommandLineOption(QStringLiteral("dry-run"), QStringLiteral("Print every remote command in the order the install runs them, and change nothing.")),
            QCommandLineOption(QStringLiteral("parallel"), QStringLiteral("Nodes of one phase that run at once (default 8)."), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("kafka-watch-seconds"),
                               QStringLiteral("How often the Kafka watchdog checks the backends during the backend phases (default 15; 0 turns it off)."),
                               QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("install-timeout-minutes"), QStringLiteral("Longest wait for one node's installer (default 180)."),
                               QStringLiteral("M")),
            QCommandLineOption(QStringLiteral("liveness-seconds"),
                               QStringLiteral("A node whose connection carries nothing, not even the step's heartbeat, for this long is reconnected (default 60)."),
                               QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("reconnect-attempts"),
                               QStringLiteral("Reconnects tried after a lost connection, 1, 2, 4 ... 60 s apart, before the node fails; its step goes on "
                                              "on the node and a new install re-attaches (default 8, about 3 minutes)."),
                               QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("engine"),
                               QStringLiteral("Who runs the plan: 'installer' (default, this program over SSH) or 'ansible' (the exported Ansible "
                                              "project, run here with ansible-playbook; docs/ansible.md)."),
                               QStringLiteral("E")),
            QCommandLineOption(QStringLiteral("quiet"), QStringLiteral("Print step results only, not the nodes' output."))};
}

int InstallCommand::prepare(const QCommandLineParser &parser)
{
    m_parallel = 8;
    m_watchSeconds = 15;
    m_installMinutes = 180;
    m_livenessSeconds = 60;
    m_reconnectAttempts = 8;
    if (!number(parser, QStringLiteral("parallel"), 1, 256, &m_parallel) || !number(parser, QStringLiteral("kafka-watch-seconds"), 0, 3600, &m_watchSeconds)
        || !number(parser, QStringLiteral("install-timeout-minutes"), 1, 24 * 60, &m_installMinutes)
        || !number(parser, QStringLiteral("liveness-seconds"), 2, 3600, &m_livenessSeconds)
        || !number(parser, QStringLiteral("reconnect-attempts"), 0, 100, &m_reconnectAttempts))
        return Usage;
    m_engine = parser.value(QStringLiteral("engine"));
    if (m_engine.isEmpty())
        m_engine = QStringLiteral("installer");
    if (m_engine != QLatin1String("installer") && m_engine != QLatin1String("ansible"))
        return fail(QStringLiteral("--engine must be 'installer' or 'ansible', not '%1'").arg(m_engine), Usage);
    return -1;
}

int InstallCommand::executeWithProject(const QCommandLineParser &parser, Opened &opened)
{
    Project &project = opened.project;
    // The package is hashed before the plan is made: the relay's steps carry its SHA-256.
    const QString packageProblem = project.checkInstallerPackage();
    if (!packageProblem.isEmpty() && !parser.isSet(QStringLiteral("dry-run")))
        return fail(packageProblem, Failed);
    const QString relayProblem = project.relayProblem(opened.loaded.cluster);
    if (!relayProblem.isEmpty())
        return fail(relayProblem, Failed);
    const InstallPlan plan = InstallPlanBuilder::build(opened.loaded.cluster, project.planOptions());
    if (parser.isSet(QStringLiteral("dry-run"))) {
        out() << PlanText::dryRun(plan); // the same plan object the run executes, in execution order
        return Ok;
    }
    InstallSecrets secrets;
    if (!readSecrets(parser, project, &secrets, true))
        return Failed;
    if (secrets.adminPassword.isEmpty())
        return fail(QStringLiteral("the platform's admin password is needed for .pass: give --admin-password-file F or --admin-password-env VAR "
                                   "(or name the file in the project's secrets)"),
                    Usage);
    if (!parser.isSet(QStringLiteral("yes"))
        && !confirm(QStringLiteral("About to install %1 node(s) in %2 phase(s), %3 steps (see 'install --dry-run').")
                        .arg(plan.nodeCount())
                        .arg(plan.phases.size())
                        .arg(plan.stepCount())))
        return fail(QStringLiteral("not confirmed; nothing done"), Failed);

    if (m_engine == QLatin1String("ansible")) {
        const QString why = AnsibleRun::unavailableReason(project, opened.loaded);
        if (!why.isEmpty())
            return fail(QStringLiteral("cannot install with Ansible: %1").arg(why), Failed);
    }
    const ProjectStaging::Result staged = PlanRun::stage(project, opened.loaded);
    if (!staged.ok())
        return fail(QStringLiteral("cannot prepare the files to upload: %1").arg(staged.error), Failed);
    out() << "files to upload in " << staged.directory << " (certificates: " << staged.issued << " issued, " << staged.kept << " kept)\n";

    if (m_engine == QLatin1String("ansible"))
        return runWithAnsible(project, opened.loaded, plan, secrets, staged.directory);
    QList<NodeTarget> targets = project.targets(opened.loaded.cluster);
    hostKeyChoices().applyTo(targets);
    PlanRun::Options options;
    options.maxParallelNodes = m_parallel;
    options.livenessSeconds = m_livenessSeconds;
    options.reconnectAttempts = m_reconnectAttempts;
    options.kafkaWatchIntervalMs = m_watchSeconds * 1000;
    options.installTimeoutMs = m_installMinutes * 60 * 1000;
    const ExecutorSettings settings = PlanRun::settings(project, staged.directory, options);
    return PlanRunPrinter(out(), err()).run(name(), &project, plan, targets, secrets, settings, !parser.isSet(QStringLiteral("quiet"))) ? Ok : Failed;
}

int InstallCommand::runWithAnsible(const Project &project, const ClusterLoader::Result &loaded, const InstallPlan &plan, const InstallSecrets &secrets,
                                   const QString &stagingDir)
{
    // Ansible's own output goes to a log; the terminal gets the same rows as the executor's.
    out() << "running the plan with ansible-playbook in " << QDir(project.outputPath()).filePath(QStringLiteral("ansible")) << " (its output: "
          << QDir(project.logDir()).filePath(QStringLiteral("ansible.log")) << ")\n";
    out().flush();
    // The executor's rows (ProgressPrinter's lines), made from Ansible's output.
    QStringList failed;
    AnsibleProgress progress(plan);
    const int phases = int(plan.phases.size());
    int phase = -1;
    const auto onEvent = [&](const AnsibleOutputReader::Event &e) {
        using Kind = AnsibleOutputReader::Event::Kind;
        if (e.kind == Kind::PhaseStarted) {
            if (phase >= 0)
                out() << ProgressPrinter::phaseEndLine(phase, true) << '\n';
            phase = e.phase;
            out() << ProgressPrinter::phaseLine(e.phase, phases, e.message) << '\n';
        }
        for (const NodeProgress &p : progress.apply(e, QDateTime::currentMSecsSinceEpoch())) {
            if (e.kind == Kind::StepStarted)
                out() << ProgressPrinter::stepStartLine(p) << '\n';
        }
        if (e.kind == Kind::StepFinished && e.ok)
            out() << ProgressPrinter::stepEndLine(e.hostname, e.step.title, true, false, {}) << '\n';
        else if (e.kind == Kind::StepFinished || e.kind == Kind::Failure) {
            const bool inStep = !e.step.title.isEmpty();
            err() << ProgressPrinter::stepEndLine(e.hostname, inStep ? e.step.title : e.message, false, false, inStep ? e.message : QString()) << '\n';
            failed << e.hostname;
        }
        out().flush();
        err().flush();
    };
    const AnsibleRun::Result r = AnsibleRun::run(project, loaded, plan, secrets, stagingDir, onEvent, {});
    if (!r.ok)
        return fail(QStringLiteral("%1%2; see %3").arg(r.error, failed.isEmpty() ? QString() : QStringLiteral(" (failed: %1)").arg(failed.join(QStringLiteral(", "))), r.logPath),
                    Failed);
    out() << ProgressPrinter::phaseEndLine(phase, true) << '\n';
    out() << "installed with Ansible: " << plan.nodeCount() << " node(s); run 'verify' to see every node's services\n";
    return Ok;
}
