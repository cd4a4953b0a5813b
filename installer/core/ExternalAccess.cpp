#include "core/ExternalAccess.h"

#include <QHostAddress>
#include <QJsonArray>

QString ExternalAccess::modeName(Mode mode)
{
    switch (mode) {
    case Mode::None: return QStringLiteral("none");
    case Mode::Dns: return QStringLiteral("dns");
    case Mode::L4: return QStringLiteral("l4");
    case Mode::L7: return QStringLiteral("l7");
    case Mode::OnPrem: return QStringLiteral("onprem");
    }
    return {};
}

std::optional<ExternalAccess::Mode> ExternalAccess::modeFromName(const QString &name)
{
    for (Mode m : {Mode::None, Mode::Dns, Mode::L4, Mode::L7, Mode::OnPrem}) {
        if (modeName(m) == name)
            return m;
    }
    return std::nullopt;
}

QStringList ExternalAccess::balanceAlgorithms()
{
    return {QStringLiteral("leastconn"), QStringLiteral("roundrobin"), QStringLiteral("source")};
}

std::optional<ExternalAccess> ExternalAccess::fromJson(const QJsonObject &o, QString *error)
{
    ExternalAccess e;
    const QString mode = o.value(QStringLiteral("mode")).toString(QStringLiteral("none"));
    const std::optional<Mode> m = modeFromName(mode);
    if (!m) {
        *error = QStringLiteral("external.mode \"%1\" is not one of none, dns, l4, l7, onprem").arg(mode);
        return std::nullopt;
    }
    e.mode = *m;
    const auto str = [&](const char *key, QString *field) {
        if (o.contains(QLatin1String(key)))
            *field = o.value(QLatin1String(key)).toString();
    };
    str("vip", &e.vip);
    str("balance", &e.balance);
    str("hostedZoneId", &e.hostedZoneId);
    str("awsVpcId", &e.awsVpcId);
    str("awsSubnetIds", &e.awsSubnetIds);
    str("awsSecurityGroupId", &e.awsSecurityGroupId);
    str("awsFrontendSecurityGroupId", &e.awsFrontendSecurityGroupId);
    str("azureResourceGroup", &e.azureResourceGroup);
    str("azureLocation", &e.azureLocation);
    str("azureVnet", &e.azureVnet);
    str("azureSubnet", &e.azureSubnet);
    str("azureNsg", &e.azureNsg);
    str("azureGatewayName", &e.azureGatewayName);
    str("lbSourceCidr", &e.lbSourceCidr);
    str("haproxyConfigPath", &e.haproxyConfigPath);
    str("keepalivedConfigPath", &e.keepalivedConfigPath);
    str("haproxyStatsSocket", &e.haproxyStatsSocket);
    str("haproxyReload", &e.haproxyReload);
    str("haproxyRuntimeApi", &e.haproxyRuntimeApi);
    str("keepalivedReload", &e.keepalivedReload);
    e.virtualRouterId = o.value(QStringLiteral("virtualRouterId")).toInt(e.virtualRouterId);
    e.ttl = o.value(QStringLiteral("ttl")).toInt(e.ttl);
    if (o.contains(QStringLiteral("route53HealthChecks"))) {
        if (!o.value(QStringLiteral("route53HealthChecks")).isBool()) {
            *error = QStringLiteral("external.route53HealthChecks: expected true or false");
            return std::nullopt;
        }
        e.route53HealthChecks = o.value(QStringLiteral("route53HealthChecks")).toBool();
    }
    for (const QJsonValue &v : o.value(QStringLiteral("lbNodes")).toArray()) {
        const QJsonObject n = v.toObject();
        LbNode node{n.value(QStringLiteral("hostname")).toString(), n.value(QStringLiteral("address")).toString(),
                    n.value(QStringLiteral("interface")).toString(QStringLiteral("eth0"))};
        if (node.hostname.isEmpty() || QHostAddress(node.address).isNull()) {
            *error = QStringLiteral("external.lbNodes: each needs \"hostname\" and an IP \"address\" (got \"%1\", \"%2\")").arg(node.hostname, node.address);
            return std::nullopt;
        }
        e.lbNodes << node;
    }
    if (!balanceAlgorithms().contains(e.balance)) {
        *error = QStringLiteral("external.balance \"%1\" is not one of %2").arg(e.balance, balanceAlgorithms().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (e.haproxyRuntimeApi != QLatin1String("ssh") && e.haproxyRuntimeApi != QLatin1String("local")) {
        *error = QStringLiteral("external.haproxyRuntimeApi \"%1\" is not one of ssh, local").arg(e.haproxyRuntimeApi);
        return std::nullopt;
    }
    if (e.virtualRouterId < 1 || e.virtualRouterId > 255) {
        *error = QStringLiteral("external.virtualRouterId %1 must be from 1 to 255").arg(e.virtualRouterId);
        return std::nullopt;
    }
    if (e.mode == Mode::OnPrem) {
        if (QHostAddress(e.vip).isNull()) {
            *error = QStringLiteral("external.vip \"%1\": on-prem load balancing needs the virtual IP address").arg(e.vip);
            return std::nullopt;
        }
        if (e.lbNodes.isEmpty()) {
            *error = QStringLiteral("external.lbNodes: on-prem load balancing needs at least one HAProxy node (two for failover)");
            return std::nullopt;
        }
    }
    return e;
}

QJsonObject ExternalAccess::toJson() const
{
    QJsonObject o{{QStringLiteral("mode"), modeName(mode)}};
    const auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("vip", vip);
    if (!lbNodes.isEmpty()) {
        QJsonArray nodes;
        for (const LbNode &n : lbNodes)
            nodes.append(QJsonObject{{QStringLiteral("hostname"), n.hostname}, {QStringLiteral("address"), n.address}, {QStringLiteral("interface"), n.interface}});
        o.insert(QStringLiteral("lbNodes"), nodes);
    }
    if (mode == Mode::OnPrem) {
        o.insert(QStringLiteral("balance"), balance);
        o.insert(QStringLiteral("virtualRouterId"), virtualRouterId);
    }
    put("hostedZoneId", hostedZoneId);
    if (mode == Mode::Dns) {
        o.insert(QStringLiteral("ttl"), ttl);
        o.insert(QStringLiteral("route53HealthChecks"), route53HealthChecks);
    }
    put("awsVpcId", awsVpcId);
    put("awsSubnetIds", awsSubnetIds);
    put("awsSecurityGroupId", awsSecurityGroupId);
    put("awsFrontendSecurityGroupId", awsFrontendSecurityGroupId);
    put("azureResourceGroup", azureResourceGroup);
    put("azureLocation", azureLocation);
    put("azureVnet", azureVnet);
    put("azureSubnet", azureSubnet);
    put("azureNsg", azureNsg);
    put("azureGatewayName", azureGatewayName);
    put("lbSourceCidr", lbSourceCidr);
    const ExternalAccess defaults;
    if (haproxyConfigPath != defaults.haproxyConfigPath)
        put("haproxyConfigPath", haproxyConfigPath);
    if (keepalivedConfigPath != defaults.keepalivedConfigPath)
        put("keepalivedConfigPath", keepalivedConfigPath);
    if (haproxyStatsSocket != defaults.haproxyStatsSocket)
        put("haproxyStatsSocket", haproxyStatsSocket);
    if (haproxyRuntimeApi != defaults.haproxyRuntimeApi)
        put("haproxyRuntimeApi", haproxyRuntimeApi);
    if (haproxyReload != defaults.haproxyReload)
        put("haproxyReload", haproxyReload);
    if (keepalivedReload != defaults.keepalivedReload)
        put("keepalivedReload", keepalivedReload);
    return o;
}

QStringList ExternalAccess::allowedSources() const
{
    if (mode == Mode::OnPrem) {
        QStringList out;
        for (const LbNode &n : lbNodes)
            out << n.address;
        return out;
    }
    if ((mode == Mode::L4 || mode == Mode::L7) && !lbSourceCidr.isEmpty())
        return {lbSourceCidr};
    return {};
}
