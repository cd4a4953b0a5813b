// Load balancer and DNS files: every mode rendered and checked (haproxy -c, keepalived -t,
// bash -n and shellcheck, the Route53 batch), the changes for an added frontend, the project's
// "external" section, and a real HAProxy on loopback balancing to two lab frontends' HTTPS
// health endpoints and taking a stopped one out of rotation.
#include "CliRun.h"
#include "export/BundleExporter.h"
#include "lb/DnsCheck.h"
#include "lab/LabVipPair.h"
#include "verify/HttpsProbe.h"
#include "LabFixture.h"
#include "ops/LoadBalancerPush.h"
#include "lb/LoadBalancerRenderer.h"
#include "core/ProfileCatalog.h"
#include "staging/ProjectStaging.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QLocalSocket>
#include <QNetworkInterface>
#include <QStandardPaths>
#include <QUdpSocket>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <csignal>

namespace {
int run(const QString &program, const QStringList &args, QByteArray *output = nullptr)
{
    CliRun::Options options;
    options.mergeChannels = true;
    options.timeoutMs = 60000;
    const CliRun r = CliRun::program(program, args, options);
    if (output)
        *output = r.out.toUtf8();
    return r.exitCode;
}

// A 4-node lab, installed through the CLI; empty on success, else what failed.
QString installedLab(LabFixture &lab)
{
    const QString error = lab.start(QStringLiteral("4"));
    if (!error.isEmpty())
        return error;
    QByteArray out;
    if (run(QStringLiteral(AGILESEC_BINARY), {QStringLiteral("install"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--yes"), QStringLiteral("--quiet")}, &out) != 0)
        return QString::fromUtf8(out);
    return {};
}

ExternalAccess onPrem(const QString &interface)
{
    ExternalAccess e;
    e.mode = ExternalAccess::Mode::OnPrem;
    e.vip = QStringLiteral("10.0.2.100");
    e.balance = QStringLiteral("roundrobin");
    e.lbNodes = {{QStringLiteral("lb-1"), QStringLiteral("10.0.2.5"), interface}, {QStringLiteral("lb-2"), QStringLiteral("10.0.2.6"), interface},
                 {QStringLiteral("lb-3"), QStringLiteral("10.0.2.7"), interface}};
    return e;
}

QString firstNetworkInterface()
{
    for (const QNetworkInterface &i : QNetworkInterface::allInterfaces()) {
        if ((i.flags() & QNetworkInterface::IsUp) && !(i.flags() & QNetworkInterface::IsLoopBack) && i.type() == QNetworkInterface::Ethernet)
            return i.name();
    }
    return {};
}

// GET path through host:port over TLS, trusting only caPem, with the FQDN as SNI; returns
// "STATUS NODE" or an error text.
QString get(const QString &host, int port, const QString &fqdn, const QByteArray &caPem, const QByteArray &path)
{
    const HttpsProbe::Result r = HttpsProbe::get(host, port, fqdn, caPem, path);
    return r.error.isEmpty() ? QStringLiteral("%1 %2").arg(r.status).arg(r.servedBy) : r.error;
}

// HAProxy's runtime API: operational state per server of the backend (2 = up, 0 = down).
QHash<QString, int> serverStates(const QString &socketPath, const QString &backend)
{
    QHash<QString, int> states;
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(2000))
        return states;
    socket.write("show servers state " + backend.toUtf8() + "\n");
    QByteArray reply;
    while (socket.waitForReadyRead(2000))
        reply += socket.readAll();
    for (const QByteArray &line : reply.split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() > 5 && f[1] == backend.toUtf8())
            states.insert(QString::fromUtf8(f[3]), f[5].toInt());
    }
    return states;
}
} // namespace

class TestLoadBalancer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void onPremHaproxyAndKeepalivedPassTheRealTools();
    void haproxyCfgSaysHowToInstallItsCa();
    void cloudScriptsHaveNoTraps();
    void dnsChangeBatchHasOneRecordPerFrontend();
    void route53HealthChecksAreMadeOnceAndSentWithTheRecords();
    void cloudScriptsFollowTheGuide();
    void firewallAdmitsOnlyTheLoadBalancer();
    void noneGivesHostsLines();
    void addedFrontendChangesEachMode();
    void projectExternalSectionIsChecked();
    void bundleCarriesTheLoadBalancerFiles();
    void realHaproxyBalancesLabFrontendsAndDropsAStoppedOne();
    void pushChecksOnTheNodeBeforeReplacing();
    void labVipMovesWhenItsMasterIsCutOff();
    void dnsCheckCountsTheFrontendRecords();

private:
    QTemporaryDir m_dir;
    ClusterLoader::Result m_loaded;
    QByteArray m_ca;
};

void TestLoadBalancer::initTestCase()
{
    m_loaded = ClusterLoader::loadData(TestFiles::example(QStringLiteral("four-node.conf")), QStringLiteral("four-node.conf"));
    QVERIFY(m_loaded.ok());
    m_ca = "-----BEGIN CERTIFICATE-----\nnot needed for rendering\n-----END CERTIFICATE-----\n";
}

void TestLoadBalancer::onPremHaproxyAndKeepalivedPassTheRealTools()
{
    const QString haproxy = QStandardPaths::findExecutable(QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    const QString keepalived = QStandardPaths::findExecutable(QStringLiteral("keepalived"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    QVERIFY2(!haproxy.isEmpty() && !keepalived.isEmpty(), "haproxy and keepalived are needed (scripts/install-deps.sh installs them)");
    const QString interface = firstNetworkInterface();
    QVERIFY2(!interface.isEmpty(), "keepalived -t needs a real network interface");
    LoadBalancerRenderer::Settings settings;
    settings.vrrpAuthPass = QStringLiteral("k3Pt9xQz");
    // The CA file must exist for haproxy -c: a real one, where the shipped config expects it.
    const QString caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    QCOMPARE(run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                             QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-out"), caFile,
                                             QStringLiteral("-subj"), QStringLiteral("/CN=test CA"), QStringLiteral("-days"), QStringLiteral("2")}),
             0);
    const QList<RenderedFile> files = LoadBalancerRenderer::render(m_loaded.cluster, onPrem(interface), m_ca, settings);
    QHash<QString, RenderedFile> byPath;
    for (const RenderedFile &f : files)
        byPath.insert(f.relativePath, f);
    QVERIFY(byPath.contains(QStringLiteral("lb/haproxy.cfg")));
    QString config = QString::fromUtf8(byPath.value(QStringLiteral("lb/haproxy.cfg")).content);
    QVERIFY(config.contains(QStringLiteral("    server frontend-1 10.0.2.21:8443 check\n    server frontend-2 10.0.2.22:8443 check\n")));
    QVERIFY(config.contains(QStringLiteral("bind 10.0.2.100:8443")));
    QVERIFY(config.contains(QStringLiteral("balance roundrobin")));
    QVERIFY(config.contains(QStringLiteral("mode tcp")));
    QVERIFY(config.contains(QStringLiteral("default-server inter 3s fall 3 rise 2 check-ssl verify required")));
    QVERIFY(config.contains(QStringLiteral("http-check send meth GET uri /health-check ver HTTP/1.1 hdr Host agilesec.kf-agilesec.com")));
    const QString cfg = m_dir.filePath(QStringLiteral("haproxy.cfg"));
    TestFiles::write(cfg, config.replace(settings.haproxyCaFile, caFile).toUtf8());
    QByteArray out;
    QVERIFY2(run(haproxy, {QStringLiteral("-c"), QStringLiteral("-f"), cfg}, &out) == 0, out.constData());
    // ... and a broken one is refused, so the check means something.
    TestFiles::write(cfg, QString(config).replace(QStringLiteral("balance roundrobin"), QStringLiteral("balance nonsense")).toUtf8());
    QVERIFY(run(haproxy, {QStringLiteral("-c"), QStringLiteral("-f"), cfg}) != 0);

    for (int i = 0; i < 3; ++i) {
        const RenderedFile k = byPath.value(QStringLiteral("lb/keepalived-lb-%1.conf").arg(i + 1));
        QCOMPARE(k.mode, 0600);
        const QString text = QString::fromUtf8(k.content);
        QVERIFY(text.contains(QStringLiteral("state %1\n").arg(i == 0 ? QStringLiteral("MASTER") : QStringLiteral("BACKUP"))));
        QVERIFY(text.contains(QStringLiteral("priority %1\n").arg(101 - i)));
        QVERIFY(text.contains(QStringLiteral("virtual_router_id 51\n")));
        QVERIFY(text.contains(QStringLiteral("auth_pass k3Pt9xQz\n")));
        QVERIFY(text.contains(QStringLiteral("10.0.2.100\n")));
        QVERIFY(text.contains(QStringLiteral("chk_haproxy")));
        const QString path = m_dir.filePath(QStringLiteral("keepalived-%1.conf").arg(i));
        TestFiles::write(path, k.content);
        QVERIFY2(run(keepalived, {QStringLiteral("-t"), QStringLiteral("-f"), path}, &out) == 0, out.constData());
    }
    TestFiles::write(m_dir.filePath(QStringLiteral("bad-keepalived.conf")),
                     QString::fromUtf8(byPath.value(QStringLiteral("lb/keepalived-lb-1.conf")).content).replace(QStringLiteral("virtual_router_id 51"), QStringLiteral("virtual_router_id 999")).toUtf8());
    QVERIFY(run(keepalived, {QStringLiteral("-t"), QStringLiteral("-f"), m_dir.filePath(QStringLiteral("bad-keepalived.conf"))}) != 0);
}

void TestLoadBalancer::haproxyCfgSaysHowToInstallItsCa()
{
    // A user with the bundle: in lb/, the commands at the top of haproxy.cfg, exactly as written
    // (less sudo: the test may run without it), and haproxy -c passes with no edit of the file.
    const QString haproxy = QStandardPaths::findExecutable(QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    QVERIFY2(!haproxy.isEmpty(), "haproxy is needed (scripts/install-deps.sh installs it)");
    QTemporaryDir bundle;
    LoadBalancerRenderer::Settings settings;
    settings.vrrpAuthPass = QStringLiteral("k3Pt9xQz");
    settings.haproxyCaFile = bundle.filePath(QStringLiteral("etc/haproxy/agilesec-rootca-cert.pem")); // where /etc/haproxy would be
    QVERIFY(QDir(bundle.path()).mkpath(QStringLiteral("lb")) && QDir(bundle.path()).mkpath(QStringLiteral("certificates/ca")));
    // A real CA certificate where the bundle keeps it (haproxy -c loads it).
    QCOMPARE(run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                             QStringLiteral("-keyout"), bundle.filePath(QStringLiteral("ca.key")), QStringLiteral("-out"),
                                             bundle.filePath(QStringLiteral("certificates/ca/agilesec-rootca-cert.pem")), QStringLiteral("-subj"),
                                             QStringLiteral("/CN=test CA"), QStringLiteral("-days"), QStringLiteral("2")}),
             0);
    QByteArray config;
    for (const RenderedFile &f : LoadBalancerRenderer::render(m_loaded.cluster, onPrem(firstNetworkInterface()), m_ca, settings)) {
        if (f.relativePath == QLatin1String("lb/haproxy.cfg"))
            config = f.content;
    }
    TestFiles::write(bundle.filePath(QStringLiteral("lb/haproxy.cfg")), config);
    QStringList commands;
    for (const QString &line : QString::fromUtf8(config).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("#   ")))
            commands << line.mid(4).remove(QRegularExpression(QStringLiteral("^sudo ")));
    }
    QCOMPARE(commands.size(), 2);
    QVERIFY2(commands.first().contains(settings.haproxyCaFile), qPrintable(commands.first()));
    QCOMPARE(commands.last(), QStringLiteral("haproxy -c -f haproxy.cfg"));
    CliRun::Options inLb;
    inLb.workingDirectory = bundle.filePath(QStringLiteral("lb"));
    inLb.mergeChannels = true;
    const CliRun install = CliRun::program(QStringLiteral("bash"), {QStringLiteral("-c"), commands.first()}, inLb);
    QVERIFY2(install.exitCode == 0, qPrintable(install.out));
    commands.last().replace(QStringLiteral("haproxy "), haproxy + QLatin1Char(' '));
    const CliRun check = CliRun::program(QStringLiteral("bash"), {QStringLiteral("-c"), commands.last()}, inLb);
    QVERIFY2(check.exitCode == 0, qPrintable(check.out));
}

void TestLoadBalancer::cloudScriptsHaveNoTraps()
{
    // Subnets given with commas become separate --subnets words.
    ExternalAccess l4;
    l4.mode = ExternalAccess::Mode::L4;
    l4.awsSubnetIds = QStringLiteral("subnet-1, subnet-2,subnet-3");
    QVERIFY(LoadBalancerRenderer::render(m_loaded.cluster, l4, m_ca, {}).first().content.contains("SUBNET_IDS='subnet-1 subnet-2 subnet-3'\n"));

    // The App Gateway's PFX passphrase: from a file, never on our command line or in the environment
    // of the call; the script says what the az CLI does with it. A stand-in az records its arguments.
    ExternalAccess l7;
    l7.mode = ExternalAccess::Mode::L7;
    l7.azureResourceGroup = QStringLiteral("rg");
    l7.azureLocation = QStringLiteral("westeurope");
    l7.azureVnet = QStringLiteral("vnet");
    l7.azureSubnet = QStringLiteral("appgw");
    l7.azureNsg = QStringLiteral("nsg");
    l7.azureGatewayName = QStringLiteral("gw");
    const QByteArray gw = LoadBalancerRenderer::render(m_loaded.cluster, l7, m_ca, {}).first().content;
    QVERIFY(gw.contains("other users of this machine can see it with ps"));
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("bin")) && QDir(dir.path()).mkpath(QStringLiteral("lb")));
    TestFiles::write(dir.filePath(QStringLiteral("bin/az")), "#!/bin/bash\nprintf '%s\\n' \"$*\" >> \"$AZ_LOG\"\necho 10.0.9.0/24\n");
    QFile::setPermissions(dir.filePath(QStringLiteral("bin/az")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    TestFiles::write(dir.filePath(QStringLiteral("lb/azure-appgw.sh")), gw);
    TestFiles::write(dir.filePath(QStringLiteral("pfx-pass")), "s3cr3t-pfx\n");
    CliRun::Options options;
    options.workingDirectory = dir.filePath(QStringLiteral("lb"));
    options.mergeChannels = true;
    const CliRun r = CliRun::program(QStringLiteral("env"),
                                     {QStringLiteral("PATH=%1:/usr/bin:/bin").arg(dir.filePath(QStringLiteral("bin"))),
                                      QStringLiteral("AZ_LOG=%1").arg(dir.filePath(QStringLiteral("az.log"))),
                                      QStringLiteral("AGILESEC_PFX_PASS_FILE=%1").arg(dir.filePath(QStringLiteral("pfx-pass"))), QStringLiteral("bash"),
                                      QStringLiteral("azure-appgw.sh")},
                                     options);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    const QString calls = QString::fromUtf8(TestFiles::read(dir.filePath(QStringLiteral("az.log"))));
    QVERIFY2(calls.contains(QStringLiteral("--cert-password s3cr3t-pfx ")), qPrintable(calls));
}

void TestLoadBalancer::dnsChangeBatchHasOneRecordPerFrontend()
{
    ExternalAccess e;
    e.mode = ExternalAccess::Mode::Dns;
    e.hostedZoneId = QStringLiteral("Z0123456789ABC");
    const QList<RenderedFile> files = LoadBalancerRenderer::render(m_loaded.cluster, e, m_ca, {});
    QCOMPARE(files.size(), 3);
    const QJsonObject batch = QJsonDocument::fromJson(files[0].content).object();
    const QJsonArray changes = batch.value(QStringLiteral("Changes")).toArray();
    QCOMPARE(changes.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject set = changes[i].toObject().value(QStringLiteral("ResourceRecordSet")).toObject();
        QCOMPARE(set.value(QStringLiteral("Name")).toString(), QStringLiteral("agilesec.kf-agilesec.com"));
        QCOMPARE(set.value(QStringLiteral("Type")).toString(), QStringLiteral("A"));
        QCOMPARE(set.value(QStringLiteral("SetIdentifier")).toString(), QStringLiteral("fe-%1").arg(i + 1));
        QCOMPARE(set.value(QStringLiteral("MultiValueAnswer")).toBool(), true);
        QCOMPARE(set.value(QStringLiteral("ResourceRecords")).toArray()[0].toObject().value(QStringLiteral("Value")).toString(),
                 QStringLiteral("10.0.2.2%1").arg(i + 1));
    }
    QVERIFY(files[1].content.contains("aws route53 change-resource-record-sets --hosted-zone-id \"$HOSTED_ZONE_ID\" --change-batch file://route53-change-batch.json"));
    QVERIFY(files[1].content.contains("HOSTED_ZONE_ID=Z0123456789ABC\n"));
    QVERIFY(files[2].content.contains("expected 2"));
}

void TestLoadBalancer::route53HealthChecksAreMadeOnceAndSentWithTheRecords()
{
    // Public frontends: each record gets an HTTPS health check, created by the script (a stand-in
    // aws keeps the checks it made), found again on a second run instead of made twice, and the
    // batch the script sends carries their ids. A private frontend gets none, and the script says why.
    Cluster cluster = m_loaded.cluster;
    QList<Node *> frontends;
    for (Node &n : cluster.nodes) {
        if (n.profile && ProfileCatalog::isFrontend(*n.profile))
            frontends << &n;
    }
    QCOMPARE(frontends.size(), 2);
    frontends[0]->privateIp = QStringLiteral("203.0.113.21");
    ExternalAccess e;
    e.mode = ExternalAccess::Mode::Dns;
    e.hostedZoneId = QStringLiteral("Z0123456789ABC");
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("bin")) && QDir(dir.path()).mkpath(QStringLiteral("lb")) && QDir(dir.path()).mkpath(QStringLiteral("checks")));
    for (const RenderedFile &f : LoadBalancerRenderer::render(cluster, e, m_ca, {}))
        TestFiles::write(dir.filePath(f.relativePath), f.content);
    const QJsonArray changes = QJsonDocument::fromJson(TestFiles::read(dir.filePath(QStringLiteral("lb/route53-change-batch.json")))).object().value(QStringLiteral("Changes")).toArray();
    QCOMPARE(changes[0].toObject().value(QStringLiteral("ResourceRecordSet")).toObject().value(QStringLiteral("HealthCheckId")).toString(), QStringLiteral("@HEALTH_CHECK_fe-1@"));
    QVERIFY(!changes[1].toObject().value(QStringLiteral("ResourceRecordSet")).toObject().contains(QStringLiteral("HealthCheckId")));
    const QString shellcheck = QStandardPaths::findExecutable(QStringLiteral("shellcheck"));
    if (!shellcheck.isEmpty())
        QCOMPARE(run(shellcheck, {QStringLiteral("-s"), QStringLiteral("bash"), dir.filePath(QStringLiteral("lb/route53-apply.sh"))}), 0);
    TestFiles::write(dir.filePath(QStringLiteral("bin/aws")),
                     "#!/bin/bash\nprintf '%s\\n' \"$*\" >> \"$AWS_LOG\"\n"
                     "case \"$2\" in\n"
                     "list-health-checks) for f in \"$CHECKS\"/*; do [ -e \"$f\" ] || continue; ip=${f##*/}; case \"$*\" in *\"IPAddress=='$ip'\"*\"Port==\\`8443\\`\"*) cat \"$f\"; exit 0;; esac; done; echo None ;;\n"
                     "create-health-check) ip=$(printf '%s' \"$*\" | sed -n 's/.*IPAddress=\\([0-9.]*\\),.*/\\1/p'); echo \"hc-$ip\" > \"$CHECKS/$ip\"; cat \"$CHECKS/$ip\" ;;\n"
                     "change-resource-record-sets) cat \"${6#file://}\" >> \"$AWS_LOG\" ;;\n"
                     "esac\n");
    QFile::setPermissions(dir.filePath(QStringLiteral("bin/aws")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    CliRun::Options options;
    options.workingDirectory = dir.filePath(QStringLiteral("lb"));
    options.mergeChannels = true;
    const QStringList command{QStringLiteral("PATH=%1:/usr/bin:/bin").arg(dir.filePath(QStringLiteral("bin"))),
                              QStringLiteral("AWS_LOG=%1").arg(dir.filePath(QStringLiteral("aws.log"))), QStringLiteral("CHECKS=%1").arg(dir.filePath(QStringLiteral("checks"))),
                              QStringLiteral("bash"), QStringLiteral("route53-apply.sh")};
    for (int pass = 0; pass < 2; ++pass) {
        const CliRun r = CliRun::program(QStringLiteral("env"), command, options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("fe-1 (frontend-1): health check hc-203.0.113.21")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("fe-2 (frontend-2, 10.0.2.22) has a private address: Route53's health checkers cannot reach it")), qPrintable(r.out));
    }
    const QString calls = QString::fromUtf8(TestFiles::read(dir.filePath(QStringLiteral("aws.log"))));
    QVERIFY2(calls.count(QStringLiteral("route53 create-health-check")) == 1, qPrintable(calls)); // the second run found it
    QVERIFY2(calls.contains(QStringLiteral("Type=HTTPS,IPAddress=203.0.113.21,Port=8443,ResourcePath=/health-check,FullyQualifiedDomainName=agilesec.kf-agilesec.com,EnableSNI=true")),
             qPrintable(calls));
    QCOMPARE(calls.count(QStringLiteral("\"HealthCheckId\": \"hc-203.0.113.21\"")), 2);
    QVERIFY(!calls.contains(QStringLiteral("@HEALTH_CHECK")));
    // Off in the project: no checks, the batch sent as it is.
    e.route53HealthChecks = false;
    const QByteArray apply = LoadBalancerRenderer::render(cluster, e, m_ca, {}).at(1).content;
    QVERIFY(!apply.contains("health-check"));
    QVERIFY(!LoadBalancerRenderer::render(cluster, e, m_ca, {}).at(0).content.contains("HealthCheckId"));
}

void TestLoadBalancer::cloudScriptsFollowTheGuide()
{
    const QString shellcheck = QStandardPaths::findExecutable(QStringLiteral("shellcheck"));
    for (ExternalAccess::Mode mode : {ExternalAccess::Mode::L4, ExternalAccess::Mode::L7, ExternalAccess::Mode::Dns, ExternalAccess::Mode::OnPrem}) {
        ExternalAccess e = onPrem(QStringLiteral("eth0"));
        e.mode = mode;
        e.lbSourceCidr = QStringLiteral("10.0.9.0/24");
        for (const RenderedFile &f : LoadBalancerRenderer::render(m_loaded.cluster, e, m_ca, {})) {
            if (!f.relativePath.endsWith(QLatin1String(".sh")))
                continue;
            QCOMPARE(f.mode, 0755);
            const QString path = m_dir.filePath(QFileInfo(f.relativePath).fileName());
            TestFiles::write(path, f.content);
            QByteArray out;
            QVERIFY2(run(QStringLiteral("bash"), {QStringLiteral("-n"), path}, &out) == 0, out.constData());
            if (!shellcheck.isEmpty())
                QVERIFY2(run(shellcheck, {path}, &out) == 0, qPrintable(f.relativePath + QLatin1Char('\n') + QString::fromUtf8(out)));
        }
    }
    ExternalAccess l4;
    l4.mode = ExternalAccess::Mode::L4;
    const QByteArray nlb = LoadBalancerRenderer::render(m_loaded.cluster, l4, m_ca, {}).first().content;
    QVERIFY(nlb.contains("--protocol TCP --port 8443"));
    QVERIFY(nlb.contains("--health-check-protocol HTTPS --health-check-port traffic-port --health-check-path /health-check"));
    QVERIFY(nlb.contains("--targets Id=10.0.2.21,Port=8443 Id=10.0.2.22,Port=8443"));
    QVERIFY(nlb.contains("aws ec2 authorize-security-group-ingress --group-id \"$FRONTEND_SG_ID\" --protocol tcp --port 8443 --source-group \"$NLB_SG_ID\""));
    // Unset placeholders stop the script before any aws call.
    const QString script = m_dir.filePath(QStringLiteral("nlb-placeholders.sh"));
    TestFiles::write(script, nlb);
    QByteArray out;
    QCOMPARE(run(QStringLiteral("bash"), {script}, &out), 2);
    QVERIFY(out.contains("set every <placeholder>"));

    ExternalAccess l7;
    l7.mode = ExternalAccess::Mode::L7;
    const QList<RenderedFile> appgw = LoadBalancerRenderer::render(m_loaded.cluster, l7, m_ca, {});
    const QByteArray gw = appgw.first().content;
    QVERIFY(gw.contains("BACKEND_CERT_CN=agilesec.kf-agilesec.com"));
    QVERIFY(gw.contains("--protocol Https --host \"$BACKEND_CERT_CN\" --path /signin"));
    QVERIFY(gw.contains("--match-status-codes 200-399"));
    QVERIFY(gw.contains("--cert-file ../certificates/lb/agilesec-lb.pfx"));
    QVERIFY(gw.contains("--cert-file ../certificates/ca/agilesec-rootca-cert.pem"));
    QVERIFY(gw.contains("--servers 10.0.2.21 10.0.2.22"));
    QVERIFY(!gw.contains("AppGwPass")); // the PFX passphrase comes from a file or a prompt
    QCOMPARE(appgw[1].relativePath, QStringLiteral("lb/azure-appgw-502.md"));
    QVERIFY(appgw[1].content.contains("Certificate CN mismatch"));
}

void TestLoadBalancer::firewallAdmitsOnlyTheLoadBalancer()
{
    const QList<RenderedFile> files = LoadBalancerRenderer::render(m_loaded.cluster, onPrem(QStringLiteral("eth0")), m_ca, {});
    const auto fw = std::find_if(files.begin(), files.end(), [](const RenderedFile &f) { return f.relativePath == QLatin1String("lb/firewall-frontend-2.sh"); });
    QVERIFY(fw != files.end());
    for (const char *lb : {"10.0.2.5", "10.0.2.6", "10.0.2.7"})
        QVERIFY(fw->content.contains("--add-rich-rule='rule family=\"ipv4\" source address=\"" + QByteArray(lb) + "\" port port=\"8443\" protocol=\"tcp\" accept'"));
    QVERIFY(fw->content.contains("--remove-port=8443/tcp"));
    ExternalAccess dns;
    dns.mode = ExternalAccess::Mode::Dns;
    for (const RenderedFile &f : LoadBalancerRenderer::render(m_loaded.cluster, dns, m_ca, {}))
        QVERIFY(!f.relativePath.contains(QLatin1String("firewall"))); // no LB: nothing to admit
}

void TestLoadBalancer::noneGivesHostsLines()
{
    const QList<RenderedFile> files = LoadBalancerRenderer::render(m_loaded.cluster, ExternalAccess{}, m_ca, {});
    QCOMPARE(files.size(), 1);
    const QString hosts = QString::fromUtf8(files[0].content);
    QVERIFY(hosts.contains(QStringLiteral("# on frontend-2:\n10.0.2.22 agilesec.kf-agilesec.com\n")));
    QVERIFY(hosts.contains(QStringLiteral("# on backend-1:\n10.0.2.21 agilesec.kf-agilesec.com\n")));
    // With an on-prem balancer, the other nodes resolve the FQDN to its VIP.
    const QList<RenderedFile> prem = LoadBalancerRenderer::render(m_loaded.cluster, onPrem(QStringLiteral("eth0")), m_ca, {});
    const auto hostsFile = std::find_if(prem.begin(), prem.end(), [](const RenderedFile &f) { return f.relativePath == QLatin1String("lb/etc-hosts.txt"); });
    QVERIFY(hostsFile != prem.end());
    QVERIFY(hostsFile->content.contains("# on backend-2:\n10.0.2.100 agilesec.kf-agilesec.com\n"));
    QVERIFY(hostsFile->content.contains("# on frontend-1:\n10.0.2.21 agilesec.kf-agilesec.com\n"));
}

void TestLoadBalancer::addedFrontendChangesEachMode()
{
    const Node added = *m_loaded.cluster.findByHostname(QStringLiteral("frontend-2"));
    LoadBalancerRenderer::Settings settings;
    const QList<RenderedFile> prem = LoadBalancerRenderer::frontendAdded(m_loaded.cluster, onPrem(QStringLiteral("eth0")), added, settings);
    QCOMPARE(prem.first().relativePath, QStringLiteral("lb/add-frontend-2.sh"));
    QVERIFY(prem.first().content.contains("#    server frontend-2 10.0.2.22:8443 check"));
    QVERIFY(prem.first().content.contains("echo 'add server agilesec_frontends/frontend-2 10.0.2.22:8443 check check-ssl"));
    QVERIFY(prem.first().content.contains("echo 'enable server agilesec_frontends/frontend-2' | socat stdio \"$SOCKET\""));
    QCOMPARE(prem.last().relativePath, QStringLiteral("lb/firewall-frontend-2.sh"));
    ExternalAccess dns;
    dns.mode = ExternalAccess::Mode::Dns;
    const QList<RenderedFile> record = LoadBalancerRenderer::frontendAdded(m_loaded.cluster, dns, added, settings);
    const QJsonObject change = QJsonDocument::fromJson(record[1].content).object().value(QStringLiteral("Changes")).toArray()[0].toObject();
    QCOMPARE(change.value(QStringLiteral("Action")).toString(), QStringLiteral("CREATE"));
    QCOMPARE(change.value(QStringLiteral("ResourceRecordSet")).toObject().value(QStringLiteral("SetIdentifier")).toString(), QStringLiteral("fe-2"));
    ExternalAccess l4;
    l4.mode = ExternalAccess::Mode::L4;
    QVERIFY(LoadBalancerRenderer::frontendAdded(m_loaded.cluster, l4, added, settings).first().content.contains("register-targets --target-group-arn \"$TG_ARN\" --targets Id=10.0.2.22,Port=8443"));
    ExternalAccess l7;
    l7.mode = ExternalAccess::Mode::L7;
    QVERIFY(LoadBalancerRenderer::frontendAdded(m_loaded.cluster, l7, added, settings).first().content.contains("--servers 10.0.2.21 10.0.2.22"));
}

void TestLoadBalancer::projectExternalSectionIsChecked()
{
    QString error;
    QVERIFY(!ExternalAccess::fromJson(QJsonObject{{QStringLiteral("mode"), QStringLiteral("f5")}}, &error));
    QCOMPARE(error, QStringLiteral("external.mode \"f5\" is not one of none, dns, l4, l7, onprem"));
    QVERIFY(!ExternalAccess::fromJson(QJsonObject{{QStringLiteral("mode"), QStringLiteral("onprem")}}, &error));
    QVERIFY(error.startsWith(QStringLiteral("external.vip")));
    QVERIFY(!ExternalAccess::fromJson(QJsonObject{{QStringLiteral("mode"), QStringLiteral("onprem")}, {QStringLiteral("vip"), QStringLiteral("10.0.0.9")}}, &error));
    QVERIFY(error.startsWith(QStringLiteral("external.lbNodes")));
    QVERIFY(!ExternalAccess::fromJson(QJsonObject{{QStringLiteral("balance"), QStringLiteral("random-ish")}}, &error));
    QVERIFY(error.contains(QStringLiteral("leastconn")));
    const ExternalAccess e = onPrem(QStringLiteral("ens3"));
    const std::optional<ExternalAccess> back = ExternalAccess::fromJson(e.toJson(), &error);
    QVERIFY(back);
    QCOMPARE(back->toJson(), e.toJson());
}

void TestLoadBalancer::bundleCarriesTheLoadBalancerFiles()
{
    const QString dir = m_dir.filePath(QStringLiteral("bundle-project"));
    QDir().mkpath(dir);
    TestFiles::write(dir + QStringLiteral("/multi_node_config.conf"), TestFiles::example(QStringLiteral("four-node.conf")));
    QJsonObject project{{QStringLiteral("format"), QStringLiteral("agilesec-installer-project")}, {QStringLiteral("version"), 1},
                        {QStringLiteral("config"), QStringLiteral("multi_node_config.conf")}, {QStringLiteral("external"), onPrem(QStringLiteral("eth0")).toJson()}};
    TestFiles::write(dir + QStringLiteral("/project.json"), QJsonDocument(project).toJson());
    QString error;
    const std::optional<Project> p = Project::load(dir + QStringLiteral("/project.json"), &error);
    QVERIFY2(p, qPrintable(error));
    const BundleExporter::Result r = BundleExporter::exportBundle(*p, p->loadCluster(), dir + QStringLiteral("/bundle.zip"), {});
    QVERIFY2(r.ok(), qPrintable(r.error));
    for (const char *path : {"lb/haproxy.cfg", "lb/keepalived-lb-1.conf", "lb/keepalived-lb-2.conf", "lb/agilesec-rootca-cert.pem", "lb/etc-hosts.txt", "lb/firewall-frontend-1.sh"})
        QVERIFY2(r.entries.contains(QString::fromLatin1(path)), path);
    QVERIFY(!r.entries.filter(QStringLiteral("vrrp-auth-pass")).size());
    // The same VRRP password on every LB node, and the same again on the next render.
    const QByteArray first = TestFiles::read(dir + QStringLiteral("/output/lb/keepalived-lb-1.conf"));
    QVERIFY(ProjectStaging::prepare(*p, p->loadCluster()).ok());
    QCOMPARE(TestFiles::read(dir + QStringLiteral("/output/lb/keepalived-lb-1.conf")), first);
    const QByteArray pass = first.mid(first.indexOf("auth_pass ") + 10, 8);
    QVERIFY(TestFiles::read(dir + QStringLiteral("/output/lb/keepalived-lb-2.conf")).contains("auth_pass " + pass));
}

void TestLoadBalancer::realHaproxyBalancesLabFrontendsAndDropsAStoppedOne()
{
    const QString haproxy = QStandardPaths::findExecutable(QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    QVERIFY2(!haproxy.isEmpty(), "haproxy is needed (scripts/install-deps.sh installs it)");
    LabFixture lab;
    const QString error = installedLab(lab);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QByteArray out;
    const QByteArray ca = TestFiles::read(lab.caCertPath());
    const QString fqdn = lab.cluster.cluster.fqdn();
    const int port = lab.cluster.cluster.frontendPort;
    // Each lab frontend answers over real TLS with its own certificate.
    QCOMPARE(get(QStringLiteral("127.0.0.13"), port, fqdn, ca, "/health-check"), QStringLiteral("200 frontend-1"));
    QCOMPARE(get(QStringLiteral("127.0.0.14"), port, fqdn, ca, "/v1/oauth2/token"), QStringLiteral("405 frontend-2"));

    ExternalAccess external = onPrem(QStringLiteral("lo"));
    external.vip = QStringLiteral("127.0.0.60");
    const LoadBalancerRenderer::Settings settings = lab.haproxySettings();
    const QString cfg = lab.writeHaproxyConfig(external, settings);
    QProcess lb;
    lb.setProcessChannelMode(QProcess::MergedChannels);
    lb.start(haproxy, {QStringLiteral("-db"), QStringLiteral("-f"), cfg});
    QVERIFY(lb.waitForStarted());
    const auto stopLb = qScopeGuard([&] {
        lb.terminate();
        lb.waitForFinished(5000);
    });
    const auto waitFor = [&](const QHash<QString, int> &want) {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 30000) {
            if (serverStates(settings.statsSocket, settings.backendName) == want)
                return true;
            QTest::qWait(250);
        }
        return false;
    };
    QVERIFY2(waitFor({{QStringLiteral("frontend-1"), 2}, {QStringLiteral("frontend-2"), 2}}), lb.readAll().constData());
    QSet<QString> answered;
    for (int i = 0; i < 6; ++i) {
        const QString reply = get(external.vip, port, fqdn, ca, "/health-check");
        QVERIFY2(reply.startsWith(QStringLiteral("200 ")), qPrintable(reply));
        answered << reply.mid(4);
    }
    QCOMPARE(answered, (QSet<QString>{QStringLiteral("frontend-1"), QStringLiteral("frontend-2")})); // round robin over both

    // frontend-2's HAProxy stops: its health check fails and the balancer stops sending to it.
    const QString state = lab.nodeDir(QStringLiteral("frontend-2")) + QStringLiteral("/installation/state/haproxy");
    TestFiles::write(state, "Stopped\n");
    QVERIFY(waitFor({{QStringLiteral("frontend-1"), 2}, {QStringLiteral("frontend-2"), 0}}));
    for (int i = 0; i < 6; ++i)
        QCOMPARE(get(external.vip, port, fqdn, ca, "/health-check"), QStringLiteral("200 frontend-1"));
    // Started again, it comes back into rotation.
    TestFiles::write(state, "Running\n");
    QVERIFY(waitFor({{QStringLiteral("frontend-1"), 2}, {QStringLiteral("frontend-2"), 2}}));
}

void TestLoadBalancer::pushChecksOnTheNodeBeforeReplacing()
{
    // backend-1 of a lab plays the LB node: the files go there over SSH, haproxy -c and
    // keepalived -t run there, and the "reload" starts a real HAProxy from the new config.
    const QString interface = firstNetworkInterface();
    QVERIFY2(!interface.isEmpty(), "keepalived -t needs a real network interface");
    LabFixture lab;
    const QString error = installedLab(lab);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QByteArray out;
    const QString etc = lab.nodeDir(QStringLiteral("backend-1")) + QStringLiteral("/etc");
    const QString pidFile = etc + QStringLiteral("/haproxy.pid");
    Project project = lab.project;
    project.external.mode = ExternalAccess::Mode::OnPrem;
    project.external.vip = QStringLiteral("127.0.0.61");
    project.external.balance = QStringLiteral("leastconn");
    project.external.lbNodes = {{QStringLiteral("backend-1"), QStringLiteral("127.0.0.11"), interface}};
    project.external.haproxyConfigPath = etc + QStringLiteral("/haproxy/haproxy.cfg");
    project.external.keepalivedConfigPath = etc + QStringLiteral("/keepalived/keepalived.conf");
    project.external.haproxyStatsSocket = etc + QStringLiteral("/haproxy.sock");
    project.external.haproxyReload = QStringLiteral("haproxy -D -f %1 -p %2").arg(project.external.haproxyConfigPath, pidFile);
    project.external.keepalivedReload = QStringLiteral("true"); // no VRRP on loopback
    QCOMPARE(project.save(), QString());
    const auto stopHaproxy = qScopeGuard([&] {
        QFile f(pidFile);
        const qint64 pid = f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
        if (pid > 0)
            ::kill(pid_t(pid), SIGTERM);
    });
    const int pushed = run(QStringLiteral(AGILESEC_BINARY), {QStringLiteral("lb"), QStringLiteral("--project"), project.path, QStringLiteral("--push")}, &out);
    QVERIFY2(pushed == 0, out.right(1500).constData());
    QVERIFY(out.contains("backend-1: ok: haproxy.cfg and keepalived.conf checked, in place, services reloaded"));
    QVERIFY(out.contains("Configuration file is valid"));
    QCOMPARE(TestFiles::read(project.external.haproxyConfigPath), TestFiles::read(lab.labDir() + QStringLiteral("/output/lb/haproxy.cfg")));
    QCOMPARE(QFile::permissions(project.external.keepalivedConfigPath) & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
    const QByteArray ca = TestFiles::read(etc + QStringLiteral("/haproxy/agilesec-rootca-cert.pem"));
    QVERIFY(ca.startsWith("-----BEGIN CERTIFICATE-----"));
    // The pushed HAProxy balances the lab's frontends on the VIP.
    QElapsedTimer clock;
    clock.start();
    QString reply;
    while (clock.elapsed() < 20000 && !(reply = get(project.external.vip, lab.cluster.cluster.frontendPort, lab.cluster.cluster.fqdn(), ca, "/signin")).startsWith(QStringLiteral("200 ")))
        QTest::qWait(300);
    QVERIFY2(reply.startsWith(QStringLiteral("200 frontend-")), qPrintable(reply));

    // A config that haproxy -c refuses never replaces the running one.
    const QByteArray inPlace = TestFiles::read(project.external.haproxyConfigPath);
    const QString staged = lab.labDir() + QStringLiteral("/output/lb/haproxy.cfg");
    TestFiles::write(staged, TestFiles::read(staged).replace("balance leastconn", "balance nonsense"));
    QString lines;
    const QList<LoadBalancerPush::NodeResult> results = LoadBalancerPush::push(project, {}, {}, [&](const QString &l) { lines += l + QLatin1Char('\n'); });
    QCOMPARE(results.size(), 1);
    QVERIFY(!results[0].ok);
    QVERIFY2(results[0].message.startsWith(QStringLiteral("Check haproxy.cfg with haproxy -c")), qPrintable(results[0].message));
    QVERIFY2(lines.contains(QStringLiteral("balance only supports")), qPrintable(lines.right(800))); // the real haproxy -c said why
    QCOMPARE(TestFiles::read(project.external.haproxyConfigPath), inPlace);
}

void TestLoadBalancer::labVipMovesWhenItsMasterIsCutOff()
{
    // lab up --lb keepalived: two LB nodes in network namespaces, each a real HAProxy and a real
    // keepalived with the project's configs. The MASTER cut off its network: the BACKUP takes the
    // VIP and users are still served through it; back, the MASTER takes the VIP again.
    const QString why = LabVipPair::unavailableReason();
    if (!why.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no network namespaces here: %1").arg(why)));
    LabFixture lab;
    lab.loadBalancer = QStringLiteral("keepalived");
    QString error = lab.start(QStringLiteral("3"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (lab.project.external.lbNodes.size() != 2)
        QSKIP(qPrintable(QStringLiteral("the lab fell back to a single HAProxy: %1").arg(lab.progress.filter(QStringLiteral("no VIP pair")).value(0))));
    const QString vip = lab.project.external.vip;
    QVERIFY2(vip.startsWith(QStringLiteral("10.77.")), qPrintable(vip));
    QByteArray out;
    QVERIFY2(run(QStringLiteral(AGILESEC_BINARY), {QStringLiteral("install"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--yes"), QStringLiteral("--quiet")}, &out) == 0,
             out.constData());
    QVERIFY2(run(QStringLiteral(AGILESEC_BINARY), {QStringLiteral("verify"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--health")}, &out) == 0, out.constData());
    QVERIFY2(out.contains(QStringLiteral("OK    entry %1:%2 health-check").arg(vip).arg(lab.cluster.cluster.frontendPort).toUtf8()), out.constData());
    QVERIFY(run(QStringLiteral(AGILESEC_BINARY), {QStringLiteral("lab"), QStringLiteral("status"), QStringLiteral("--dir"), lab.labDir()}, &out) == 0);
    QVERIFY2(out.contains(QStringLiteral("holds the VIP %1").arg(vip).toUtf8()) && out.contains("standby"), out.constData());

    const QByteArray ca = TestFiles::read(lab.caCertPath());
    const int port = lab.cluster.cluster.frontendPort;
    const QString fqdn = lab.cluster.cluster.fqdn();
    const auto holder = [&] {
        QJsonObject state = QJsonDocument::fromJson(TestFiles::read(lab.labDir() + QStringLiteral("/lab.json"))).object().value(QStringLiteral("loadBalancer")).toObject();
        return LabVipPair::vipHolder(state);
    };
    const auto waitForHolder = [&](const QString &want) {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 15000 && holder() != want)
            QTest::qWait(100);
        return holder() == want;
    };
    QCOMPARE(holder(), QStringLiteral("lb-1"));
    QVERIFY(get(vip, port, fqdn, ca, "/health-check").startsWith(QStringLiteral("200 ")));
    QVERIFY(run(QStringLiteral(AGILESEC_BINARY), {QStringLiteral("lab"), QStringLiteral("fail-lb"), QStringLiteral("lb-1"), QStringLiteral("--dir"), lab.labDir()}, &out) == 0);
    QVERIFY2(waitForHolder(QStringLiteral("lb-2")), qPrintable(holder()));
    QString reply;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 15000 && !(reply = get(vip, port, fqdn, ca, "/health-check")).startsWith(QStringLiteral("200 ")))
        QTest::qWait(200);
    QVERIFY2(reply.startsWith(QStringLiteral("200 frontend-")), qPrintable(reply)); // served through lb-2's HAProxy
    QVERIFY(run(QStringLiteral(AGILESEC_BINARY), {QStringLiteral("lab"), QStringLiteral("restore-lb"), QStringLiteral("lb-1"), QStringLiteral("--dir"), lab.labDir()}, &out) == 0);
    QVERIFY2(waitForHolder(QStringLiteral("lb-1")), qPrintable(holder()));
    clock.restart();
    while (clock.elapsed() < 15000 && !(reply = get(vip, port, fqdn, ca, "/health-check")).startsWith(QStringLiteral("200 ")))
        QTest::qWait(200);
    QVERIFY2(reply.startsWith(QStringLiteral("200 frontend-")), qPrintable(reply));

    // lab down removes exactly what it made: the processes, both namespaces and the bridge.
    const QJsonObject state = QJsonDocument::fromJson(TestFiles::read(lab.labDir() + QStringLiteral("/lab.json"))).object().value(QStringLiteral("loadBalancer")).toObject();
    QStringList stopped;
    QCOMPARE(LabEnvironment::down(lab.labDir(), &stopped), QString());
    const QString all = stopped.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("lb-2: stopped keepalived")) && all.contains(QStringLiteral("removed the bridge ")), qPrintable(all));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/sys/class/net/") + state.value(QStringLiteral("bridge")).toString()));
    for (const QJsonValue &v : state.value(QStringLiteral("nodes")).toArray())
        QVERIFY(!QFileInfo::exists(QStringLiteral("/run/netns/") + v.toObject().value(QStringLiteral("namespace")).toString()));
}

void TestLoadBalancer::dnsCheckCountsTheFrontendRecords()
{
    // A small DNS server on 127.0.0.53:53 answering A queries for the FQDN from `answers`.
    QUdpSocket server;
    if (!server.bind(QHostAddress(QStringLiteral("127.0.0.53")), 53))
        QSKIP("cannot bind 127.0.0.53:53 for a test DNS server (needs root or CAP_NET_BIND_SERVICE)");
    QStringList answers;
    connect(&server, &QUdpSocket::readyRead, &server, [&] {
        while (server.hasPendingDatagrams()) {
            QHostAddress from;
            quint16 port = 0;
            QByteArray query(int(server.pendingDatagramSize()), '\0');
            server.readDatagram(query.data(), query.size(), &from, &port);
            qsizetype at = 12;
            QStringList labels;
            while (at < query.size() && query[at] != 0) {
                labels << QString::fromLatin1(query.mid(at + 1, quint8(query[at])));
                at += 1 + quint8(query[at]);
            }
            const QByteArray question = query.mid(12, at + 5 - 12);
            const bool ours = labels.join(QLatin1Char('.')).compare(QStringLiteral("agilesec.kf-agilesec.com"), Qt::CaseInsensitive) == 0;
            QByteArray reply = query.left(2);
            reply += ours ? QByteArray::fromHex("8180") : QByteArray::fromHex("8183");
            reply += QByteArray::fromHex("0001") + char(0) + char(ours ? answers.size() : 0) + QByteArray::fromHex("00000000") + question;
            for (const QString &a : ours ? answers : QStringList()) {
                reply += QByteArray::fromHex("c00c000100010000003c0004");
                const quint32 ip = QHostAddress(a).toIPv4Address();
                reply += char(ip >> 24) + QByteArray(1, char(ip >> 16)) + char(ip >> 8) + char(ip);
            }
            server.writeDatagram(reply, from, port);
        }
    });
    const QHostAddress ns(QStringLiteral("127.0.0.53"));
    const QStringList frontends{QStringLiteral("10.0.2.21"), QStringLiteral("10.0.2.22")};
    answers = {QStringLiteral("10.0.2.21")};
    DnsCheck::Result r = DnsCheck::check(QStringLiteral("agilesec.kf-agilesec.com"), frontends, ns, 5000);
    QVERIFY(!r.ok);
    QCOMPARE(r.message, QStringLiteral("agilesec.kf-agilesec.com: 1 A record(s) for 2 frontend(s); missing: 10.0.2.22 (not propagated yet, or no record)"));
    answers = {QStringLiteral("10.0.2.22"), QStringLiteral("10.0.2.21")};
    r = DnsCheck::check(QStringLiteral("agilesec.kf-agilesec.com"), frontends, ns, 5000);
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.addresses.size(), 2);
    answers = {QStringLiteral("10.0.2.21"), QStringLiteral("10.0.2.22"), QStringLiteral("10.9.9.9")};
    r = DnsCheck::check(QStringLiteral("agilesec.kf-agilesec.com"), frontends, ns, 5000);
    QVERIFY(!r.ok);
    QVERIFY(r.message.endsWith(QStringLiteral("not a frontend: 10.9.9.9")));
    r = DnsCheck::check(QStringLiteral("other.kf-agilesec.com"), frontends, ns, 5000);
    QVERIFY(!r.ok);
    QVERIFY(r.addresses.isEmpty());
}

QTEST_GUILESS_MAIN(TestLoadBalancer)
#include "tst_loadbalancer.moc"
