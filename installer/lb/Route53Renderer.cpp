#include "lb/Route53Renderer.h"

#include "util/ShellQuote.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString Route53Renderer::placeholder(int index)
{
    return QStringLiteral("@HEALTH_CHECK_fe-%1@").arg(index);
}

bool Route53Renderer::isPrivateAddress(const QString &address)
{
    const QHostAddress a(address);
    if (a.isNull() || a.isLoopback() || a.isLinkLocal())
        return true;
    for (const char *subnet : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7"}) {
        if (a.isInSubnet(QHostAddress::parseSubnet(QLatin1String(subnet))))
            return true;
    }
    return false;
}

QString Route53Renderer::changeBatch(const Records &records)
{
    QJsonArray changes;
    int index = records.firstIndex;
    for (const Node &fe : records.frontends) {
        QJsonObject set{{QStringLiteral("Name"), records.fqdn},
                        {QStringLiteral("Type"), QStringLiteral("A")},
                        {QStringLiteral("SetIdentifier"), QStringLiteral("fe-%1").arg(index)},
                        {QStringLiteral("MultiValueAnswer"), true},
                        {QStringLiteral("TTL"), records.ttl},
                        {QStringLiteral("ResourceRecords"), QJsonArray{QJsonObject{{QStringLiteral("Value"), fe.privateIp}}}}};
        if (records.healthChecks && !isPrivateAddress(fe.privateIp))
            set.insert(QStringLiteral("HealthCheckId"), placeholder(index));
        changes.append(QJsonObject{{QStringLiteral("Action"), records.action}, {QStringLiteral("ResourceRecordSet"), set}});
        ++index;
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("Comment"), QStringLiteral("AgileSec frontends for %1 (Multivalue Answer)").arg(records.fqdn)},
                                  {QStringLiteral("Changes"), changes}})
            .toJson(QJsonDocument::Indented));
}

QString Route53Renderer::applyCommands(const Records &records, const QString &batchFile)
{
    QString s;
    QStringList substitutions;
    bool any = false;
    int index = records.firstIndex;
    for (const Node &fe : records.frontends) {
        const QString id = QStringLiteral("fe-%1").arg(index);
        if (!records.healthChecks) {
            ++index;
            continue;
        }
        if (isPrivateAddress(fe.privateIp)) {
            s += QStringLiteral("echo %1 >&2\n")
                     .arg(ShellQuote::quote(QStringLiteral("%1 (%2, %3) has a private address: Route53's health checkers cannot reach it, so its "
                                                           "record has no health check (see docs/load-balancer.md for a CloudWatch alarm check)")
                                                .arg(id, fe.hostname, fe.privateIp)));
            ++index;
            continue;
        }
        any = true;
        const QString variable = QStringLiteral("hc_fe_%1").arg(index);
        s += QStringLiteral("%1=$(health_check %2 %3)\necho \"%4 (%5): health check $%1\"\n")
                 .arg(variable, ShellQuote::quote(id), ShellQuote::quote(fe.privateIp), id, fe.hostname);
        substitutions << QStringLiteral("-e \"s/%1/$%2/\"").arg(placeholder(index), variable);
        ++index;
    }
    QString commands;
    if (any) {
        // Found again by what it checks, so running the script twice makes no second check.
        commands += QStringLiteral(
                        "# HTTPS on /health-check with the FQDN as SNI and Host, every 30 s, unhealthy after 3 failures.\n"
                        "health_check() {\n"
                        "  local id\n"
                        "  id=$(aws route53 list-health-checks --output text --query \"HealthChecks[?HealthCheckConfig.IPAddress=='$2' && "
                        "HealthCheckConfig.Port==\\`%1\\` && HealthCheckConfig.ResourcePath=='/health-check'].Id | [0]\")\n"
                        "  if [ -z \"$id\" ] || [ \"$id\" = None ]; then\n"
                        "    id=$(aws route53 create-health-check --caller-reference \"agilesec-$1-$2-$(date +%s)\" --output text --query HealthCheck.Id "
                        "--health-check-config \"Type=HTTPS,IPAddress=$2,Port=%1,ResourcePath=/health-check,FullyQualifiedDomainName=%2,EnableSNI=true,"
                        "RequestInterval=30,FailureThreshold=3\")\n"
                        "  fi\n"
                        "  echo \"$id\"\n"
                        "}\n")
                        .arg(records.port)
                        .arg(records.fqdn);
        commands += s;
        commands += QStringLiteral("batch=$(mktemp)\ntrap 'rm -f \"$batch\"' EXIT\nsed %1 %2 >\"$batch\"\n")
                        .arg(substitutions.join(QLatin1Char(' ')), ShellQuote::quote(batchFile));
        commands += QStringLiteral("aws route53 change-resource-record-sets --hosted-zone-id \"$HOSTED_ZONE_ID\" --change-batch \"file://$batch\"\n");
    } else {
        commands += s;
        commands += QStringLiteral("aws route53 change-resource-record-sets --hosted-zone-id \"$HOSTED_ZONE_ID\" --change-batch file://%1\n").arg(batchFile);
    }
    return commands;
}
