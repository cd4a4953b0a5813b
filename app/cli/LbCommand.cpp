#include "cli/LbCommand.h"

#include "cli/SecretOptions.h"
#include "core/ProfileCatalog.h"
#include "lb/DnsCheck.h"
#include "lb/LoadBalancerRenderer.h"
#include "ops/LoadBalancerPush.h"
#include "pki/ClusterPki.h"
#include "staging/ProjectStaging.h"
#include "util/FileSetWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

LbCommand::LbCommand()
    : ProjectCommand({QStringLiteral("lb"),
             QStringLiteral("Write the DNS / load balancer files (hosts, Route53, NLB, App Gateway, HAProxy + Keepalived, firewall)"),
             QStringLiteral("lb --project P [--added-frontend HOST]"),
             QStringLiteral("Writes the DNS / load balancer files for the project's \"external\" choice into the output directory's lb/ "
                              "(docs/load-balancer.md): /etc/hosts lines (none); a Route53 change batch, the aws command and a DNS check (dns); "
                              "an AWS NLB script (l4); an Azure Application Gateway script and 502 notes (l7); haproxy.cfg and a keepalived.conf "
                              "per LB node (onprem); firewalld rules that admit only the load balancer to each frontend. Also renders the env "
                              "files and certificates, as install does, with the cluster's CA: lb never makes a CA (run certs or install "
                              "first).")},
      Access{false, {{QStringLiteral("sudo-password"), QStringLiteral("the LB nodes' sudo password")}, {QStringLiteral("ssh-password"), QStringLiteral("the SSH password")}}, false})
{
}

QList<QCommandLineOption> LbCommand::projectOptions() const
{
    return {QCommandLineOption(QStringLiteral("push"),
                               QStringLiteral("onprem: put haproxy.cfg, the CA and each keepalived.conf on the LB nodes over SSH; each is checked "
                                              "there (haproxy -c, keepalived -t) before it replaces the old one and the service reloads; BACKUP "
                                              "nodes first, the MASTER last.")),
            QCommandLineOption(QStringLiteral("pfx-pass-file"),
                               QStringLiteral("l7: also make the load balancer's certificate and PFX (certificates/lb/), protected by the "
                                              "passphrase in this file."),
                               QStringLiteral("F")),
            QCommandLineOption(QStringLiteral("check-dns"),
                               QStringLiteral("Check that the FQDN answers with one A record per frontend (QDnsLookup; the system's resolver, "
                                              "or --nameserver).")),
            QCommandLineOption(QStringLiteral("nameserver"), QStringLiteral("With --check-dns: ask this DNS server."), QStringLiteral("IP")),
            QCommandLineOption(QStringLiteral("added-frontend"),
                               QStringLiteral("Also write what adding this frontend (already in the config) changes: lb/add-<host>.sh ..."),
                               QStringLiteral("HOST"))};
}

int LbCommand::executeWithProject(const QCommandLineParser &parser, Opened &opened)
{
    const Project &project = opened.project;
    PkiOptions pki;
    QString error;
    if (parser.isSet(QStringLiteral("pfx-pass-file")) && !SecretOptions::readFile(parser.value(QStringLiteral("pfx-pass-file")), &pki.pfxPassphrase, &error))
        return fail(error, Failed);
    // The health checks must trust the CA the frontends' certificates come from: a new one made
    // here would fail every check (L6RSP), so lb never makes one.
    const QString caPath = QDir(project.outputPath()).filePath(ClusterPki::caCertPath());
    if (!QFileInfo::exists(caPath))
        return fail(QStringLiteral("no cluster CA at %1, and lb makes none (a new CA would fail every health check): run certs or install "
                                   "first, or import-cluster for a running cluster")
                        .arg(caPath),
                    Failed);
    const ProjectStaging::Result staged = ProjectStaging::prepare(project, opened.loaded, pki);
    if (!staged.ok())
        return fail(staged.error, Failed);
    const QDir output(staged.directory);
    if (project.external.mode == ExternalAccess::Mode::L7 && !QFileInfo::exists(output.filePath(ClusterPki::pfxPath())))
        warn(QStringLiteral("note: the Application Gateway needs %1; give --pfx-pass-file F to make it").arg(output.filePath(ClusterPki::pfxPath())));
    QFile ca(output.filePath(ClusterPki::caCertPath()));
    QList<RenderedFile> files = ProjectStaging::loadBalancerFiles(project, opened.loaded, ca.open(QIODevice::ReadOnly) ? ca.readAll() : QByteArray());
    if (parser.isSet(QStringLiteral("added-frontend"))) {
        const QString host = parser.value(QStringLiteral("added-frontend"));
        const Node *node = opened.loaded.cluster.findByHostname(host);
        if (!node || !node->profile || !ProfileCatalog::isFrontend(*node->profile))
            return fail(QStringLiteral("--added-frontend %1: not a frontend of the cluster (add its block to the config first)").arg(host), Usage);
        const QList<RenderedFile> delta =
            LoadBalancerRenderer::frontendAdded(opened.loaded.cluster, project.external, *node, ProjectStaging::loadBalancerSettings(project));
        const QString failure = FileSetWriter::write(staged.directory, delta);
        if (!failure.isEmpty())
            return fail(failure, Failed);
        files += delta;
    }
    out() << "load balancing: " << ExternalAccess::modeName(project.external.mode) << '\n';
    for (const RenderedFile &f : std::as_const(files)) {
        if (!f.relativePath.endsWith(QLatin1String(".vrrp-auth-pass")))
            out() << output.filePath(f.relativePath) << '\n';
    }
    out().flush();
    if (parser.isSet(QStringLiteral("check-dns")) && checkDns(parser, opened) != Ok)
        return Failed;
    return parser.isSet(QStringLiteral("push")) ? push(parser, opened) : Ok;
}

int LbCommand::checkDns(const QCommandLineParser &parser, const Opened &opened)
{
    QStringList addresses;
    for (const Node &fe : opened.loaded.cluster.frontends())
        addresses << fe.privateIp;
    const DnsCheck::Result dns = DnsCheck::check(opened.loaded.cluster.fqdn(), addresses, QHostAddress(parser.value(QStringLiteral("nameserver"))));
    (dns.ok ? out() : err()) << (dns.ok ? "DNS ok: " : "DNS NOT READY: ") << dns.message << Qt::endl;
    return dns.ok ? Ok : Failed;
}

int LbCommand::push(const QCommandLineParser &parser, const Opened &opened)
{
    const Project &project = opened.project;
    if (project.external.mode != ExternalAccess::Mode::OnPrem)
        return fail(QStringLiteral("--push is for on-prem HAProxy + Keepalived (external.mode onprem)"), Usage);
    InstallSecrets secrets;
    if (!readSecrets(parser, project, &secrets))
        return Failed;
    bool allOk = true;
    const auto progress = [this](const QString &line) { out() << "  " << line << Qt::endl; };
    for (const LoadBalancerPush::NodeResult &r : LoadBalancerPush::push(project, secrets.sudoPassword, secrets.sshPassword, progress)) {
        (r.ok ? out() : err()) << r.hostname << ": " << (r.ok ? "ok: " : "FAILED: ") << r.message << '\n';
        allOk = allOk && r.ok;
    }
    return allOk ? Ok : Failed;
}
