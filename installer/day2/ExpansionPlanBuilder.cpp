#include "day2/ExpansionPlanBuilder.h"

#include "config/EnvRenderer.h"
#include "core/ClusterFiles.h"
#include "plan/InstallPlanBuilder.h"
#include "util/ShellQuote.h"

namespace {

QString installationDir(const Node &node, const PlanOptions &options)
{
    return ShellQuote::quote(node.installationDir.isEmpty() ? options.installationDir : node.installationDir);
}
} // namespace

InstallPlan ExpansionPlanBuilder::build(const Cluster &after, const Node &added, const PlanOptions &options)
{
    InstallPlan plan;
    plan.options = options;
    const QString bundle = ClusterFiles::certificateBundlePath();
    const bool frontend = added.is(Profile::AdditionalFrontend);

    QList<PlanNode> prepare;
    if (frontend) {
        // Step 1-2 of the guide happen on backend-1: its config, its .env (generate_envs.sh
        // copies env.backend-1 there) and the bundle the other nodes are copied from.
        if (const Node *primary = after.primaryBackend()) {
            PlanNode p = InstallPlanBuilder::planNodeFor(*primary);
            p.steps << InstallPlanBuilder::upload(*primary, options, QStringLiteral("publish-config"),
                                                  QStringLiteral("Update multi_node_config.conf on the primary backend"),
                                                  QStringLiteral("generate_envs/multi_node_config.conf"),
                                                  QStringLiteral("generate_envs/multi_node_config.conf"));
            p.steps << InstallPlanBuilder::upload(*primary, options, QStringLiteral("refresh-env"),
                                                  QStringLiteral("Replace .env with the regenerated %1").arg(EnvRenderer::envFileName(*primary)),
                                                  QStringLiteral("generate_envs/generated_envs/") + EnvRenderer::envFileName(*primary),
                                                  QStringLiteral(".env"));
            PlanStep refreshBundle = InstallPlanBuilder::upload(*primary, options, QStringLiteral("refresh-bundle"),
                                                                QStringLiteral("Replace the certificate bundle with the one that includes %1").arg(added.hostname),
                                                                bundle, bundle);
            refreshBundle.privateFile = true;
            p.steps << refreshBundle;
            prepare << p;
        }
        // Step 3: every frontend's regenerated env file becomes its .env.
        for (const Node &fe : after.frontends()) {
            if (fe.hostname == added.hostname)
                continue;
            PlanNode p = InstallPlanBuilder::planNodeFor(fe);
            p.steps << InstallPlanBuilder::upload(fe, options, QStringLiteral("refresh-env"),
                                                  QStringLiteral("Replace .env with the regenerated %1").arg(EnvRenderer::envFileName(fe)),
                                                  QStringLiteral("generate_envs/generated_envs/") + EnvRenderer::envFileName(fe), QStringLiteral(".env"));
            prepare << p;
        }
    }
    prepare << InstallPlanBuilder::preparation(after, added, options);
    plan.addPhase(PlanPhase::Kind::Prepare,
             frontend ? QStringLiteral("Refresh the primary backend's and the frontends' files; prepare %1").arg(added.hostname)
                      : QStringLiteral("Prepare %1").arg(added.hostname),
             QStringLiteral("%1 has its certificates, .env and tuning%2").arg(added.hostname, frontend ? QStringLiteral("; every frontend has its new .env") : QString()),
             prepare);

    plan.addPhase(PlanPhase::Kind::JoinNode, QStringLiteral("Install %1").arg(added.hostname),
             frontend ? QStringLiteral("%1 is installed and its services run: only then are the existing frontends patched").arg(added.hostname)
                      : QStringLiteral("%1 is installed and runs HAProxy and the Scheduler").arg(added.hostname),
             {InstallPlanBuilder::installation(added, options)});

    if (frontend) {
        for (const Node &fe : after.frontends()) {
            if (fe.hostname == added.hostname)
                continue;
            const QString dir = ShellQuote::quote(InstallPlanBuilder::installerDirFor(fe, options));
            PlanNode p = InstallPlanBuilder::planNodeFor(fe);
            p.steps << InstallPlanBuilder::step(fe, QStringLiteral("patch-new-frontend"), QStringLiteral("Patch the frontend for %1").arg(added.hostname), PlanStep::Kind::Run,
                               QStringLiteral("cd %1 && ./install_analytics.sh -u %2 -p %3 patch new-frontend -v")
                                   .arg(dir, ShellQuote::quote(options.user), installationDir(fe, options)));
            p.steps << InstallPlanBuilder::step(fe, QStringLiteral("tune-after-patch"), QStringLiteral("Tune the operating system again"), PlanStep::Kind::Run,
                               QStringLiteral("cd %1 && sudo ./scripts/tune.sh -u %2").arg(dir, ShellQuote::quote(options.user)));
            p.steps << InstallPlanBuilder::serviceCheck(fe, options);
            plan.addPhase(PlanPhase::Kind::PatchFrontend, QStringLiteral("Patch %1 for the new frontend").arg(fe.hostname),
                     QStringLiteral("%1 is patched and its services run again").arg(fe.hostname), {p});
        }
    }
    return plan;
}
