#include "maintain/ManualRotation.h"

#include "util/ShellQuote.h"

#include <QStringList>

ManualRotation::ManualRotation(const Cluster &cluster, const ExternalAccess &external, std::function<bool(const QString &)> confirm)
    : m_cluster(cluster)
    , m_external(external)
    , m_confirm(std::move(confirm))
{
}

QString ManualRotation::describe() const
{
    switch (m_external.mode) {
    case ExternalAccess::Mode::None:
        return QStringLiteral("no load balancer (each client goes to the frontend its DNS or /etc/hosts names)");
    case ExternalAccess::Mode::Dns:
        return QStringLiteral("Route53 records, changed by the operator");
    case ExternalAccess::Mode::L4:
        return QStringLiteral("the AWS NLB target group, changed by the operator");
    case ExternalAccess::Mode::L7:
        return QStringLiteral("the Azure Application Gateway pool, changed by the operator");
    case ExternalAccess::Mode::OnPrem:
        break;
    }
    return QStringLiteral("the on-prem load balancer, changed by the operator");
}

QString ManualRotation::instructions(const Cluster &cluster, const ExternalAccess &external, const Node &frontend, bool out)
{
    const QString target = QStringLiteral("Id=%1,Port=%2").arg(frontend.privateIp).arg(cluster.frontendPort);
    QStringList others, all;
    for (const Node &fe : cluster.frontends()) {
        all << fe.privateIp;
        if (fe.hostname != frontend.hostname)
            others << fe.privateIp;
    }
    switch (external.mode) {
    case ExternalAccess::Mode::L4:
        return out ? QStringLiteral("Deregister %1 from the NLB target group and wait until it is drained:\n"
                                    "  aws elbv2 deregister-targets --target-group-arn \"$TG_ARN\" --targets %2\n"
                                    "  aws elbv2 wait target-deregistered --target-group-arn \"$TG_ARN\" --targets %2")
                         .arg(frontend.hostname, target)
                   : QStringLiteral("Register %1 again and wait until the NLB's health check passes:\n"
                                    "  aws elbv2 register-targets --target-group-arn \"$TG_ARN\" --targets %2\n"
                                    "  aws elbv2 wait target-in-service --target-group-arn \"$TG_ARN\" --targets %2")
                         .arg(frontend.hostname, target);
    case ExternalAccess::Mode::L7:
        return QStringLiteral("Set the Application Gateway's pool to %1:\n"
                              "  az network application-gateway address-pool update --resource-group %2 --gateway-name %3 --name appGatewayBackendPool --servers %4")
            .arg(out ? QStringLiteral("every frontend but %1").arg(frontend.hostname) : QStringLiteral("every frontend"),
                 ShellQuote::quote(external.azureResourceGroup.isEmpty() ? QStringLiteral("<resource-group>") : external.azureResourceGroup),
                 ShellQuote::quote(external.azureGatewayName.isEmpty() ? QStringLiteral("agilesec-appgw") : external.azureGatewayName),
                 (out ? others : all).join(QLatin1Char(' ')));
    case ExternalAccess::Mode::Dns:
        return out ? QStringLiteral("Take %1's A record (%2, set identifier fe-N) out of the answers for %3: make its Route53 health check fail "
                                    "(inverted, or its record deleted with a DELETE change), then wait the record's TTL (%4 s) so resolvers forget it.")
                         .arg(frontend.hostname, frontend.privateIp, cluster.fqdn())
                         .arg(external.ttl)
                   : QStringLiteral("Put %1's A record (%2) back: undo the change (lb/route53-apply.sh re-creates every record) and check with lb/dns-check.sh.")
                         .arg(frontend.hostname, frontend.privateIp);
    case ExternalAccess::Mode::None:
    case ExternalAccess::Mode::OnPrem:
        break;
    }
    return {};
}

QString ManualRotation::takeOut(const Node &frontend, int, const Report &report)
{
    if (m_external.mode == ExternalAccess::Mode::None) {
        report(QStringLiteral("%1: no load balancer to take it out of; clients sent straight to it see it down meanwhile").arg(frontend.hostname), true);
        return {};
    }
    const QString text = instructions(m_cluster, m_external, frontend, true);
    report(QStringLiteral("%1: waiting for the operator: %2").arg(frontend.hostname, text), false);
    if (!m_confirm || !m_confirm(text))
        return QStringLiteral("not confirmed that %1 is out of rotation; nothing was done to it").arg(frontend.hostname);
    report(QStringLiteral("%1: the operator took it out of rotation").arg(frontend.hostname), false);
    return {};
}

QString ManualRotation::putBack(const Node &frontend, int, const Report &report)
{
    if (m_external.mode == ExternalAccess::Mode::None)
        return {};
    const QString text = instructions(m_cluster, m_external, frontend, false);
    report(QStringLiteral("%1: waiting for the operator: %2").arg(frontend.hostname, text), false);
    if (!m_confirm || !m_confirm(text))
        return QStringLiteral("not confirmed that %1 is back in rotation").arg(frontend.hostname);
    report(QStringLiteral("%1: the operator put it back in rotation").arg(frontend.hostname), false);
    return {};
}

QList<RotationControl::ServerView> ManualRotation::view(QString *error)
{
    *error = QStringLiteral("%1: the installer cannot ask it").arg(describe());
    return {};
}
