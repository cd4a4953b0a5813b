#include "maintain/MaintenancePlan.h"

#include "core/ProfileCatalog.h"
#include "lb/HaproxyRuntimeApi.h"
#include "util/ShellQuote.h"

QStringList MaintenancePlan::quorumServices()
{
    return {QStringLiteral("mongodb"), QStringLiteral("opensearch"), QStringLiteral("kafka")};
}

QString MaintenancePlan::workCommand(const NodeTarget &target, const MaintenanceRequest &request)
{
    const QString dir = ShellQuote::quote(target.installerDir);
    switch (request.work) {
    case MaintenanceRequest::Work::RestartServices:
        return QStringLiteral("cd %1 && ./scripts/manage.sh stop all && ./scripts/manage.sh start all").arg(dir);
    case MaintenanceRequest::Work::Run:
        // The operator's command as they typed it, in a group so its own ';' and '&&' stay its own.
        return QStringLiteral("cd %1 && {\n%2\n}").arg(dir, request.command);
    case MaintenanceRequest::Work::Reboot:
        // Detached from the session, a moment later: the command reports before the node goes.
        return QStringLiteral("sudo sh -c 'nohup sh -c \"sleep 2; (systemctl reboot || shutdown -r now || reboot)\" >/dev/null 2>&1 &'");
    }
    return {};
}

namespace {
MaintenanceStep make(MaintenanceStep::Action action, const QString &host, int batch, const QString &slug, const QString &title, const QString &command = {})
{
    MaintenanceStep s;
    s.action = action;
    s.hostname = host;
    s.batch = batch;
    s.step.id = host + QStringLiteral("/maintain-") + slug;
    s.step.title = title;
    s.step.kind = action == MaintenanceStep::Action::Work ? PlanStep::Kind::Run : PlanStep::Kind::Check;
    s.step.command = command;
    return s;
}
} // namespace

QList<MaintenanceStep> MaintenancePlan::build(const Cluster &cluster, const QList<NodeTarget> &targets, const ExternalAccess &external,
                                              const QString &backendName, const MaintenanceRequest &request, QString *error)
{
    using A = MaintenanceStep::Action;
    QList<MaintenanceStep> steps;
    const int frontendCount = int(cluster.frontends().size());
    QList<QStringList> batches; // consecutive frontends share a batch up to maxOut; a backend is alone
    for (const QString &host : request.nodes) {
        const Node *node = cluster.findByHostname(host);
        if (!node || !node->profile) {
            *error = QStringLiteral("%1 is not a node of the cluster").arg(host);
            return {};
        }
        if (std::count(request.nodes.begin(), request.nodes.end(), host) > 1) {
            *error = QStringLiteral("%1 is named twice").arg(host);
            return {};
        }
        // A quorum voter (a backend, the coordinator, a PRIMARY_FRONTEND) is always alone.
        const auto shares = [&](const QString &h) {
            const Profile p = *cluster.findByHostname(h)->profile;
            return ProfileCatalog::isFrontend(p) && !ProfileCatalog::isQuorumVoter(p);
        };
        const bool frontend = ProfileCatalog::isFrontend(*node->profile);
        const bool joins = shares(host) && !batches.isEmpty() && batches.last().size() < request.maxOut && shares(batches.last().first());
        if (joins)
            batches.last() << host;
        else
            batches << QStringList{host};
        if (frontend && batches.last().size() >= frontendCount) {
            *error = frontendCount == 1 ? QStringLiteral("%1 is the cluster's only frontend: taking it out leaves no frontend serving users").arg(host)
                                        : QStringLiteral("--max-out %1 would take every frontend out of rotation at once (%2 of %2); at least one must serve")
                                              .arg(request.maxOut)
                                              .arg(frontendCount);
            return {};
        }
        if (frontend && external.mode == ExternalAccess::Mode::OnPrem && !HaproxyRuntimeApi::isSafeName(host)) {
            *error = QStringLiteral("%1 is not a name HAProxy's runtime API takes").arg(host);
            return {};
        }
    }
    for (int b = 0; b < batches.size(); ++b) {
        const QStringList &batch = batches[b];
        const NodeTarget *first = nullptr;
        for (const NodeTarget &t : targets)
            first = t.hostname == batch.first() ? &t : first;
        if (!ProfileCatalog::isFrontend(first->profile)) {
            if (ProfileCatalog::isQuorumVoter(first->profile))
                steps << make(A::QuorumBefore, first->hostname, b, QStringLiteral("quorum-before"), QStringLiteral("Check that every quorum voter runs Kafka, MongoDB and OpenSearch"));
            steps << make(A::Work, first->hostname, b, QStringLiteral("work"), QStringLiteral("Work on %1: %2").arg(first->hostname, request.describeWork()), workCommand(*first, request));
            steps << make(A::WaitServices, first->hostname, b, QStringLiteral("wait-services"), QStringLiteral("Wait until %1's services are all Running").arg(first->hostname));
            if (ProfileCatalog::isQuorumVoter(first->profile))
                steps << make(A::QuorumAfter, first->hostname, b, QStringLiteral("quorum-after"), QStringLiteral("Wait until every quorum voter runs Kafka, MongoDB and OpenSearch again"));
            continue;
        }
        const bool voter = ProfileCatalog::isQuorumVoter(first->profile); // a PRIMARY_FRONTEND, alone in its batch
        for (const QString &host : batch) {
            steps << make(A::CheckOthers, host, b, QStringLiteral("check-others"), QStringLiteral("Check the entry point and every frontend not in this batch"));
            if (voter)
                steps << make(A::QuorumBefore, host, b, QStringLiteral("quorum-before"), QStringLiteral("Check that every quorum voter runs Kafka, MongoDB and OpenSearch"));
            steps << make(A::TakeOut, host, b, QStringLiteral("take-out"), QStringLiteral("Take %1 out of rotation (drain up to %2 s, then maintenance)").arg(host).arg(request.drainSeconds),
                          backendName.isEmpty() ? QString()
                                                : HaproxyRuntimeApi::setStateCommand(backendName, host, HaproxyRuntimeApi::State::Drain) + QStringLiteral("\n(no sessions left, or the drain time over)\n")
                                                      + HaproxyRuntimeApi::setStateCommand(backendName, host, HaproxyRuntimeApi::State::Maint));
        }
        for (const QString &host : batch) {
            for (const NodeTarget &t : targets) {
                if (t.hostname == host)
                    steps << make(A::Work, host, b, QStringLiteral("work"), QStringLiteral("Work on %1: %2").arg(host, request.describeWork()), workCommand(t, request));
            }
        }
        for (const QString &host : batch) {
            steps << make(A::WaitServices, host, b, QStringLiteral("wait-services"), QStringLiteral("Wait until %1's services are all Running").arg(host));
            steps << make(A::CheckHealth, host, b, QStringLiteral("check-health"), QStringLiteral("Wait until %1's own /health-check answers 200").arg(host));
        }
        if (voter)
            steps << make(A::QuorumAfter, first->hostname, b, QStringLiteral("quorum-after"), QStringLiteral("Wait until every quorum voter runs Kafka, MongoDB and OpenSearch again"));
        for (const QString &host : batch)
            steps << make(A::PutBack, host, b, QStringLiteral("put-back"), QStringLiteral("Put %1 back in rotation and wait until it is UP").arg(host),
                          backendName.isEmpty() ? QString() : HaproxyRuntimeApi::setStateCommand(backendName, host, HaproxyRuntimeApi::State::Ready));
    }
    for (MaintenanceStep &s : steps)
        s.step.usesSudo = s.action == A::Work && (request.work == MaintenanceRequest::Work::Reboot || request.commandUsesSudo);
    return steps;
}
