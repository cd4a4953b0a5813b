#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// How users reach the frontends: the DNS / load balancer choice and what each needs. Held in
// the project file ("external"); docs/load-balancer.md describes every field.
struct ExternalAccess {
    enum class Mode { None, Dns, L4, L7, OnPrem };
    struct LbNode {
        QString hostname;
        QString address;   // its own address (SSH, VRRP)
        QString interface = QStringLiteral("eth0");
    };

    Mode mode = Mode::None;
    // on-prem HAProxy + Keepalived
    QString vip;
    QList<LbNode> lbNodes;             // first is MASTER, priorities 101, 100, 99, ...
    QString balance = QStringLiteral("leastconn"); // roundrobin | leastconn | source
    int virtualRouterId = 51;
    // dns (Route53)
    QString hostedZoneId;
    int ttl = 60;
    // An HTTPS health check on /health-check per frontend record, so DNS stops answering with a
    // frontend that is down (records with private addresses get none: Route53 cannot reach them).
    bool route53HealthChecks = true;
    // l4 (AWS NLB) and l7 (Azure Application Gateway): names the scripts use; empty ones stay
    // as <placeholders> that the script refuses to run with.
    QString awsVpcId, awsSubnetIds, awsSecurityGroupId, awsFrontendSecurityGroupId;
    QString azureResourceGroup, azureLocation, azureVnet, azureSubnet, azureNsg, azureGatewayName;
    // Who may reach the frontends directly (firewall rules): the LB nodes for on-prem, this
    // CIDR (the LB's subnet) for l4/l7.
    QString lbSourceCidr;
    // on-prem push over SSH: where the files go on the LB nodes and how the services reload
    QString haproxyConfigPath = QStringLiteral("/etc/haproxy/haproxy.cfg");
    QString keepalivedConfigPath = QStringLiteral("/etc/keepalived/keepalived.conf");
    QString haproxyStatsSocket = QStringLiteral("/run/haproxy/admin.sock"); // the runtime API
    // How `maintain` reaches that socket: "ssh" (socat on each LB node, over SSH) or "local"
    // (the socket is on this machine: the lab, or the installer running on the LB node itself).
    QString haproxyRuntimeApi = QStringLiteral("ssh");
    QString haproxyReload = QStringLiteral("systemctl reload haproxy || systemctl restart haproxy");
    QString keepalivedReload = QStringLiteral("systemctl restart keepalived");

    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString &name);
    static QStringList balanceAlgorithms();
    // Reads the project's "external" object; error names the field when something is wrong.
    static std::optional<ExternalAccess> fromJson(const QJsonObject &o, QString *error);
    QJsonObject toJson() const;
    // Where users come in: the VIP for on-prem load balancing, else the FQDN (DNS, cloud LB, none).
    QString entryPoint(const QString &fqdn) const { return mode == Mode::OnPrem ? vip : fqdn; }
    // Addresses allowed to reach the frontend port: the LB nodes (on-prem) or lbSourceCidr.
    QStringList allowedSources() const;
};
