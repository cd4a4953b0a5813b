#include "lab/LabVipPair.h"

#include "lab/LabProcess.h"
#include "lb/LoadBalancerRenderer.h"
#include "util/FileSetWriter.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

namespace {
const int kNodes = 2;

QString ipTool()
{
    return QStandardPaths::findExecutable(QStringLiteral("ip"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
}

QString keepalivedTool()
{
    return QStandardPaths::findExecutable(QStringLiteral("keepalived"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
}

// Runs ip ARGS; what failed (the command and its stderr), or empty. output receives stdout.
QString ip(const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.start(ipTool(), arguments);
    if (!process.waitForFinished(30000))
        return QStringLiteral("ip %1 did not finish").arg(arguments.join(QLatin1Char(' ')));
    if (output)
        *output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("ip %1 failed: %2").arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    return {};
}

// A per-namespace sysctl: /proc/sys/net is the namespace's own inside `ip netns exec`.
QString nsSysctl(const QString &ns, const QString &key)
{
    return ip({QStringLiteral("netns"), QStringLiteral("exec"), ns, QStringLiteral("sh"), QStringLiteral("-c"),
               QStringLiteral("echo 1 > /proc/sys/%1").arg(QString(key).replace(QLatin1Char('.'), QLatin1Char('/')))});
}

struct Network {
    QString tag;    // from the lab's path: two labs never share names
    QString bridge; // agsb<tag>
    QString subnet; // 10.77.X
    QString ns(int i) const { return QStringLiteral("agilesec-lab-%1-lb-%2").arg(tag).arg(i); }
    QString veth(int i) const { return QStringLiteral("agsv%1%2").arg(tag).arg(i); }
    QString gateway() const { return subnet + QStringLiteral(".1"); }
    QString address(int i) const { return subnet + QStringLiteral(".%1").arg(10 + i); }
    QString vip() const { return subnet + QStringLiteral(".100"); }
};

bool subnetInUse(const QString &subnet)
{
    const QPair<QHostAddress, int> net = QHostAddress::parseSubnet(subnet + QStringLiteral(".0/24"));
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.isInSubnet(net))
            return true;
    }
    return false;
}

Network networkFor(const QString &lab)
{
    const QByteArray hash = QCryptographicHash::hash(lab.toUtf8(), QCryptographicHash::Sha1);
    Network n;
    n.tag = QString::fromLatin1(hash.toHex().left(6));
    n.bridge = QStringLiteral("agsb") + n.tag;
    for (int i = 0; i < 200; ++i) {
        n.subnet = QStringLiteral("10.77.%1").arg((quint8(hash[3]) + i) % 200 + 20);
        if (!subnetInUse(n.subnet))
            break;
    }
    return n;
}

Network networkOf(const QJsonObject &state)
{
    Network n;
    n.tag = state.value(QStringLiteral("tag")).toString();
    n.bridge = state.value(QStringLiteral("bridge")).toString();
    n.subnet = state.value(QStringLiteral("subnet")).toString();
    return n;
}

// The bridge and two namespaces, 127.0.0.0/8 routed from each to this machine.
QString createNetwork(const Network &n)
{
    QString e;
    if (!(e = ip({"link", "add", n.bridge, "type", "bridge"})).isEmpty() || !(e = ip({"addr", "add", n.gateway() + "/24", "dev", n.bridge})).isEmpty()
        || !(e = ip({"link", "set", n.bridge, "up"})).isEmpty())
        return e;
    QFile localnet(QStringLiteral("/proc/sys/net/ipv4/conf/%1/route_localnet").arg(n.bridge));
    if (!localnet.open(QIODevice::WriteOnly) || localnet.write("1\n") != 2)
        return QStringLiteral("cannot set route_localnet on %1: %2").arg(n.bridge, localnet.errorString());
    localnet.close();
    for (int i = 1; i <= kNodes; ++i) {
        const QString ns = n.ns(i);
        const QStringList steps[] = {
            {"netns", "add", ns},
            {"link", "add", n.veth(i), "type", "veth", "peer", "name", "eth0", "netns", ns},
            {"link", "set", n.veth(i), "master", n.bridge, "up"},
            {"-n", ns, "link", "set", "lo", "up"},
            {"-n", ns, "link", "set", "eth0", "up"},
            {"-n", ns, "addr", "add", n.address(i) + "/24", "dev", "eth0"},
            // 127.0.0.1 alone is local in the namespace; the rest of 127/8 is this machine's lab.
            {"-n", ns, "addr", "del", "127.0.0.1/8", "dev", "lo"},
            {"-n", ns, "addr", "add", "127.0.0.1/32", "dev", "lo"},
        };
        for (const QStringList &step : steps) {
            if (!(e = ip(step)).isEmpty())
                return e;
        }
        for (const char *key : {"net.ipv4.conf.all.route_localnet", "net.ipv4.conf.eth0.route_localnet", "net.ipv4.ip_nonlocal_bind"}) {
            if (!(e = nsSysctl(ns, QLatin1String(key))).isEmpty())
                return e;
        }
        if (!(e = ip({"-n", ns, "route", "replace", "127.0.0.0/8", "via", n.gateway(), "dev", "eth0"})).isEmpty())
            return e;
    }
    return {};
}

qint64 startIn(const QString &ns, const QString &program, const QStringList &arguments, const QString &log)
{
    QProcess process;
    process.setProgram(ipTool());
    process.setArguments(QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns, program} + arguments); // ip execs the program: same pid
    process.setStandardOutputFile(log);
    process.setStandardErrorFile(log);
    qint64 pid = 0;
    return process.startDetached(&pid) ? pid : 0;
}

bool ours(qint64 pid, const QString &config)
{
    return pid > 0 && !config.isEmpty() && LabProcess::alive(pid) && LabProcess::commandLine(pid).contains(" -f " + config.toLocal8Bit());
}

QJsonObject nodeState(const QJsonObject &state, const QString &hostname)
{
    for (const QJsonValue &v : state.value(QStringLiteral("nodes")).toArray()) {
        if (v.toObject().value(QStringLiteral("hostname")).toString() == hostname)
            return v.toObject();
    }
    return {};
}
} // namespace

QString LabVipPair::unavailableReason()
{
#if !defined(Q_OS_LINUX)
    return QStringLiteral("network namespaces are Linux only");
#else
    if (!LabProcess::isRoot())
        return QStringLiteral("creating network namespaces needs root (CAP_NET_ADMIN)");
    if (ipTool().isEmpty())
        return QStringLiteral("iproute2's ip was not found (Debian: apt-get install iproute2)");
    if (keepalivedTool().isEmpty())
        return QStringLiteral("keepalived was not found (Debian: apt-get install keepalived)");
    if (LabLoadBalancer::haproxyPath().isEmpty())
        return QStringLiteral("HAProxy was not found (Debian: apt-get install haproxy)");
    return {};
#endif
}

bool LabVipPair::isPair(const QJsonObject &state)
{
    return state.value(QStringLiteral("kind")).toString() == QLatin1String("keepalived");
}

namespace {
// Writes and checks lb-i's files, starts its HAProxy and keepalived; records them in node.
QString startNode(const QString &lab, const Cluster &cluster, const ExternalAccess &external, const Network &n, int i, const QByteArray &caPem,
                  QJsonObject *node)
{
    const QString host = external.lbNodes.at(i - 1).hostname;
    const QString dir = QDir(LabLoadBalancer::directory(lab)).filePath(host);
    LoadBalancerRenderer::Settings settings = LabLoadBalancer::haproxySettings(QDir(dir).filePath(QStringLiteral("agilesec-rootca-cert.pem")),
                                                                               QDir(dir).filePath(QStringLiteral("admin.sock")));
    settings.vrrpAuthPass = LabProcess::readFile(QDir(LabLoadBalancer::directory(lab)).filePath(QStringLiteral(".vrrp-auth-pass"))).trimmed();
    const QString haproxyCfg = QDir(dir).filePath(QStringLiteral("haproxy.cfg"));
    const QString keepalivedConf = QDir(dir).filePath(QStringLiteral("keepalived.conf"));
    QString e = FileSetWriter::write(dir, {{QStringLiteral("agilesec-rootca-cert.pem"), caPem, 0644},
                                           {QStringLiteral("haproxy.cfg"), LoadBalancerRenderer::haproxyConfig(cluster, external, settings).toUtf8(), 0644},
                                           {QStringLiteral("keepalived.conf"), LoadBalancerRenderer::keepalivedConfig(external, i - 1, settings).toUtf8(), 0600}});
    if (!e.isEmpty())
        return e;
    // The real tools check the files where they run: keepalived -t sees the namespace's eth0.
    QByteArray ignored;
    if (!(e = ip({"netns", "exec", n.ns(i), LabLoadBalancer::haproxyPath(), "-c", "-q", "-f", haproxyCfg}, &ignored)).isEmpty()
        || !(e = ip({"netns", "exec", n.ns(i), keepalivedTool(), "-t", "-f", keepalivedConf}, &ignored)).isEmpty())
        return QStringLiteral("%1: %2").arg(host, e);
    const qint64 haproxy = startIn(n.ns(i), LabLoadBalancer::haproxyPath(), {"-db", "-f", haproxyCfg}, QDir(dir).filePath(QStringLiteral("haproxy.log")));
    const qint64 keepalived = startIn(n.ns(i), keepalivedTool(),
                                      {"-n", "-l", "-D", "-f", keepalivedConf, "-p", QDir(dir).filePath(QStringLiteral("keepalived.pid")), "-r",
                                       QDir(dir).filePath(QStringLiteral("vrrp.pid")), "-c", QDir(dir).filePath(QStringLiteral("checkers.pid"))},
                                      QDir(dir).filePath(QStringLiteral("keepalived.log")));
    *node = QJsonObject{{QStringLiteral("hostname"), host},
                        {QStringLiteral("namespace"), n.ns(i)},
                        {QStringLiteral("address"), n.address(i)},
                        {QStringLiteral("haproxyPid"), haproxy},
                        {QStringLiteral("haproxyConfig"), haproxyCfg},
                        {QStringLiteral("keepalivedPid"), keepalived},
                        {QStringLiteral("keepalivedConfig"), keepalivedConf},
                        {QStringLiteral("directory"), dir}};
    if (haproxy == 0 || keepalived == 0)
        return QStringLiteral("%1: HAProxy or keepalived did not start in %2").arg(host, n.ns(i));
    return {};
}
} // namespace

LabLoadBalancer::Started LabVipPair::start(const QString &lab, const Cluster &cluster, const QString &outputDir, ExternalAccess *external)
{
    LabLoadBalancer::Started started;
    if (!(started.error = unavailableReason()).isEmpty())
        return started;
    QByteArray caPem;
    if (!(started.error = LabLoadBalancer::ensureClusterCa(outputDir, &caPem)).isEmpty())
        return started;
    const Network n = networkFor(lab);
    started.state = QJsonObject{{QStringLiteral("kind"), QStringLiteral("keepalived")}, {QStringLiteral("tag"), n.tag}, {QStringLiteral("bridge"), n.bridge},
                                {QStringLiteral("subnet"), n.subnet},            {QStringLiteral("vip"), n.vip()},  {QStringLiteral("port"), cluster.frontendPort}};
    QStringList ignored;
    stop(started.state, &ignored); // what an earlier lab here may have left
    if (!(started.error = createNetwork(n)).isEmpty())
        return started;
    *external = LabLoadBalancer::externalAccess(lab);
    external->vip = n.vip();
    external->lbNodes.clear();
    for (int i = 1; i <= kNodes; ++i)
        external->lbNodes << ExternalAccess::LbNode{QStringLiteral("lb-%1").arg(i), n.address(i), QStringLiteral("eth0")};
    // One VRRP password for both, as ProjectStaging keeps one per project.
    if (!(started.error = FileSetWriter::write(LabLoadBalancer::directory(lab),
                                               {{QStringLiteral(".vrrp-auth-pass"), LoadBalancerRenderer::randomVrrpPass().toLatin1() + '\n', 0600}}))
             .isEmpty())
        return started;
    QJsonArray nodes;
    for (int i = 1; i <= kNodes && started.error.isEmpty(); ++i) {
        QJsonObject node;
        started.error = startNode(lab, cluster, *external, n, i, caPem, &node);
        if (!node.isEmpty())
            nodes.append(node);
        started.state.insert(QStringLiteral("nodes"), nodes);
    }
    if (!started.error.isEmpty())
        return started;
    // VRRP settles: lb-1 (priority 101) alone must hold the VIP, reachable from here.
    QDeadlineTimer deadline(15000);
    QString holder;
    while (!deadline.hasExpired() && (holder = vipHolder(started.state)) != QLatin1String("lb-1"))
        QThread::msleep(200);
    if (holder != QLatin1String("lb-1")) {
        started.error = holder.contains(QLatin1Char(','))
                            ? QStringLiteral("both LB nodes hold the VIP %1: VRRP adverts do not pass between the namespaces here (is bridged traffic filtered?)").arg(n.vip())
                            : QStringLiteral("lb-1 did not take the VIP %1 within 15 s (holder: %2); see %3").arg(n.vip(), holder.isEmpty() ? QStringLiteral("none") : holder,
                                                                                                             QDir(LabLoadBalancer::directory(lab)).filePath(QStringLiteral("lb-1/keepalived.log")));
        return started;
    }
    if (!LabProcess::waitForListener(n.vip(), cluster.frontendPort, 10000)) {
        started.error = QStringLiteral("the VIP %1:%2 does not answer from this machine").arg(n.vip()).arg(cluster.frontendPort);
        return started;
    }
    started.progress = QStringLiteral("lb-1, lb-2 (load balancers) HAProxy + keepalived in network namespaces %1, %2 on bridge %3; VIP %4:%5 held by lb-1")
                           .arg(n.ns(1), n.ns(2), n.bridge, n.vip())
                           .arg(cluster.frontendPort);
    return started;
}

void LabVipPair::stop(const QJsonObject &state, QStringList *stopped)
{
    const Network n = networkOf(state);
    for (const QJsonValue &v : state.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject node = v.toObject();
        for (const char *what : {"keepalived", "haproxy"}) {
            const qint64 pid = qint64(node.value(QLatin1String(what) + QStringLiteral("Pid")).toDouble());
            if (!ours(pid, node.value(QLatin1String(what) + QStringLiteral("Config")).toString()))
                continue;
            LabProcess::terminate(pid);
            if (stopped)
                *stopped << QStringLiteral("%1: stopped %2 (pid %3)").arg(node.value(QStringLiteral("hostname")).toString(), QLatin1String(what)).arg(pid);
        }
    }
    if (n.tag.isEmpty())
        return;
    // Only names made from this lab's tag: deleting a namespace also deletes its veth pair.
    for (int i = 1; i <= kNodes; ++i) {
        if (QFileInfo::exists(QStringLiteral("/run/netns/") + n.ns(i)) && ip({QStringLiteral("netns"), QStringLiteral("del"), n.ns(i)}).isEmpty() && stopped)
            *stopped << QStringLiteral("removed the network namespace %1").arg(n.ns(i));
    }
    if (QFileInfo::exists(QStringLiteral("/sys/class/net/") + n.bridge) && ip({QStringLiteral("link"), QStringLiteral("del"), n.bridge}).isEmpty() && stopped)
        *stopped << QStringLiteral("removed the bridge %1").arg(n.bridge);
}

QString LabVipPair::vipHolder(const QJsonObject &state)
{
    const QString vip = state.value(QStringLiteral("vip")).toString();
    QStringList holders;
    for (const QJsonValue &v : state.value(QStringLiteral("nodes")).toArray()) {
        QByteArray out;
        const QJsonObject node = v.toObject();
        if (ip({QStringLiteral("-n"), node.value(QStringLiteral("namespace")).toString(), QStringLiteral("-o"), QStringLiteral("-4"), QStringLiteral("addr"),
                QStringLiteral("show"), QStringLiteral("dev"), QStringLiteral("eth0")},
               &out)
                .isEmpty()
            && out.contains(" " + vip.toLatin1() + "/"))
            holders << node.value(QStringLiteral("hostname")).toString();
    }
    return holders.join(QLatin1Char(','));
}

QList<LabNode> LabVipPair::status(const QJsonObject &state)
{
    QList<LabNode> result;
    const QString holder = vipHolder(state);
    for (const QJsonValue &v : state.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject n = v.toObject();
        const QString hostname = n.value(QStringLiteral("hostname")).toString();
        const qint64 haproxy = qint64(n.value(QStringLiteral("haproxyPid")).toDouble());
        const bool running = ours(haproxy, n.value(QStringLiteral("haproxyConfig")).toString())
                             && ours(qint64(n.value(QStringLiteral("keepalivedPid")).toDouble()), n.value(QStringLiteral("keepalivedConfig")).toString());
        const QString role = holder.split(QLatin1Char(',')).contains(hostname) ? QStringLiteral("holds the VIP %1").arg(state.value(QStringLiteral("vip")).toString())
                                                                               : QStringLiteral("standby");
        const LabNode node = LabLoadBalancer::statusRow(hostname, n.value(QStringLiteral("address")).toString(), state.value(QStringLiteral("port")).toInt(), haproxy,
                                                        n.value(QStringLiteral("directory")).toString(), running, QStringLiteral("HAProxy + keepalived; ") + role);
        result << node;
    }
    return result;
}

QString LabVipPair::fail(const QJsonObject &state, const QString &hostname)
{
    const QJsonObject node = nodeState(state, hostname);
    if (node.isEmpty())
        return QStringLiteral("no load balancer %1 in this lab").arg(hostname);
    return ip({QStringLiteral("-n"), node.value(QStringLiteral("namespace")).toString(), QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("eth0"),
               QStringLiteral("down")});
}

QString LabVipPair::restore(const QJsonObject &state, const QString &hostname)
{
    const QJsonObject node = nodeState(state, hostname);
    if (node.isEmpty())
        return QStringLiteral("no load balancer %1 in this lab").arg(hostname);
    const QString ns = node.value(QStringLiteral("namespace")).toString();
    const Network n = networkOf(state);
    // The link's routes went with it: 127/8 back to this machine too.
    QString e = ip({QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("eth0"), QStringLiteral("up")});
    if (e.isEmpty())
        e = ip({QStringLiteral("-n"), ns, QStringLiteral("route"), QStringLiteral("replace"), QStringLiteral("127.0.0.0/8"), QStringLiteral("via"), n.gateway(),
                QStringLiteral("dev"), QStringLiteral("eth0")});
    return e;
}
