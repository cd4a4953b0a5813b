#include "lab/LabLoadBalancer.h"

#include "lab/LabProcess.h"
#include "pki/CertificateAuthority.h"
#include "pki/ClusterPki.h"
#include "pki/KeyTypes.h"
#include "util/FileSetWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

QString LabLoadBalancer::address()
{
    return QStringLiteral("127.0.0.10");
}

QString LabLoadBalancer::hostname()
{
    return QStringLiteral("lb-1");
}

QString LabLoadBalancer::haproxyPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/bin")});
}

QString LabLoadBalancer::directory(const QString &lab)
{
    return QDir(lab).filePath(QStringLiteral("lb"));
}

ExternalAccess LabLoadBalancer::externalAccess(const QString &lab)
{
    ExternalAccess external;
    external.mode = ExternalAccess::Mode::OnPrem;
    external.vip = address();
    external.lbNodes = {{hostname(), address(), QStringLiteral("lo")}};
    // Round robin, so every frontend is seen answering through the entry.
    external.balance = QStringLiteral("roundrobin");
    const QString dir = directory(lab);
    external.haproxyConfigPath = QDir(dir).filePath(QStringLiteral("haproxy.cfg"));
    external.haproxyStatsSocket = QDir(dir).filePath(QStringLiteral("admin.sock"));
    external.haproxyRuntimeApi = QStringLiteral("local"); // a socket on this machine, not behind SSH
    // The lab's HAProxy is not a service: `lab down` and `lab up` restart it.
    external.haproxyReload = QStringLiteral("echo 'the lab HAProxy reloads with lab down and lab up' >&2; exit 1");
    external.keepalivedReload = QStringLiteral("echo 'the lab runs no keepalived' >&2; exit 1");
    return external;
}

// ProjectStaging reuses an existing CA and its key.
QString LabLoadBalancer::ensureClusterCa(const QString &outputDir, QByteArray *caPem)
{
    const QString certPath = QDir(outputDir).filePath(ClusterPki::caCertPath());
    if (QFileInfo::exists(certPath)) {
        *caPem = LabProcess::readFile(certPath);
        return caPem->isEmpty() ? QStringLiteral("%1 is empty or unreadable").arg(certPath) : QString();
    }
    QString error;
    const std::optional<CertificateAuthority> ca =
        CertificateAuthority::create(KeyTypes::kDefault, CertificateAuthority::kDefaultCaDays, QStringLiteral("AgileSec Platform Root CA"), &error);
    if (!ca)
        return QStringLiteral("the lab's cluster CA: %1").arg(error);
    *caPem = ca->certificatePem();
    return FileSetWriter::write(outputDir, {RenderedFile{ClusterPki::caCertPath(), *caPem, 0644}, RenderedFile{ClusterPki::caKeyPath(), ca->privateKeyPem(), 0600}});
}

QString LabLoadBalancer::logTail(const QString &path)
{
    const QByteArray log = LabProcess::readFile(path).trimmed();
    return log.isEmpty() ? QStringLiteral("(no output)") : QString::fromUtf8(log.right(600));
}

LoadBalancerRenderer::Settings LabLoadBalancer::haproxySettings(const QString &caFile, const QString &statsSocket)
{
    LoadBalancerRenderer::Settings settings;
    settings.haproxyCaFile = caFile;
    settings.statsSocket = statsSocket;
    settings.dropPrivileges = false; // runs as the lab's user
    settings.daemon = false;         // a child the lab tracks by pid
    // Quicker than a site's 3 s: a lab frontend is in rotation a second after it is installed.
    settings.checkIntervalSeconds = 1;
    settings.checkRise = 1;
    return settings;
}

LabLoadBalancer::Started LabLoadBalancer::start(const QString &lab, const Cluster &cluster, const QString &outputDir)
{
    Started started;
    const QString haproxy = haproxyPath();
    if (haproxy.isEmpty()) {
        started.error = QStringLiteral("HAProxy was not found for the lab's load balancer; install it (Debian: apt-get install haproxy) or start the lab with --lb none");
        return started;
    }
    QByteArray caPem;
    if (!(started.error = ensureClusterCa(outputDir, &caPem)).isEmpty())
        return started;
    const ExternalAccess external = externalAccess(lab);
    const LoadBalancerRenderer::Settings settings =
        haproxySettings(QDir(directory(lab)).filePath(QStringLiteral("agilesec-rootca-cert.pem")), external.haproxyStatsSocket);
    const QString config = external.haproxyConfigPath;
    const QString log = QDir(directory(lab)).filePath(QStringLiteral("haproxy.log"));
    started.error = FileSetWriter::write(directory(lab), {RenderedFile{QStringLiteral("agilesec-rootca-cert.pem"), caPem, 0644},
                                                          RenderedFile{QStringLiteral("haproxy.cfg"), LoadBalancerRenderer::haproxyConfig(cluster, external, settings).toUtf8(), 0644}});
    if (!started.error.isEmpty())
        return started;
    QFile::remove(log);
    if (LabProcess::waitForListener(address(), cluster.frontendPort, 300)) {
        started.error = QStringLiteral("%1:%2 is already in use (another lab still running? 'lab down' it first)").arg(address()).arg(cluster.frontendPort);
        return started;
    }
    QProcess process;
    process.setProgram(haproxy);
    process.setArguments({QStringLiteral("-db"), QStringLiteral("-f"), config});
    process.setStandardOutputFile(log);
    process.setStandardErrorFile(log);
    qint64 pid = 0;
    const bool forked = process.startDetached(&pid);
    started.state = QJsonObject{{QStringLiteral("hostname"), hostname()}, {QStringLiteral("address"), address()}, {QStringLiteral("port"), cluster.frontendPort},
                                {QStringLiteral("pid"), pid},           {QStringLiteral("config"), config},    {QStringLiteral("log"), log}};
    if (!forked || !LabProcess::waitForListener(address(), cluster.frontendPort, 10000) || !LabProcess::alive(pid)) {
        started.error = QStringLiteral("the lab's HAProxy did not start on %1:%2: %3").arg(address()).arg(cluster.frontendPort).arg(logTail(log));
        return started;
    }
    started.progress = QStringLiteral("%1 (load balancer) HAProxy on %2:%3, pid %4, health checks on /health-check trusting the cluster CA")
                           .arg(hostname(), address())
                           .arg(cluster.frontendPort)
                           .arg(pid);
    return started;
}

bool LabLoadBalancer::running(const QJsonObject &state)
{
    const qint64 pid = qint64(state.value(QStringLiteral("pid")).toDouble());
    const QString config = state.value(QStringLiteral("config")).toString();
    return !config.isEmpty() && LabProcess::alive(pid) && LabProcess::commandLine(pid).contains(" -f " + config.toLocal8Bit());
}

void LabLoadBalancer::stop(const QJsonObject &state, QStringList *stopped)
{
    if (!running(state))
        return; // gone already, or the pid now belongs to something else
    const qint64 pid = qint64(state.value(QStringLiteral("pid")).toDouble());
    LabProcess::terminate(pid);
    if (stopped)
        *stopped << QStringLiteral("%1: stopped HAProxy (pid %2)").arg(state.value(QStringLiteral("hostname")).toString()).arg(pid);
}

LabNode LabLoadBalancer::statusRow(const QString &hostname, const QString &address, int port, qint64 pid, const QString &directory, bool running,
                                   const QString &services)
{
    return LabNode{hostname, QStringLiteral("load balancer"), address, port, pid, directory, running, services};
}

LabNode LabLoadBalancer::status(const QJsonObject &state)
{
    const QString dir = QFileInfo(state.value(QStringLiteral("config")).toString()).path();
    return statusRow(state.value(QStringLiteral("hostname")).toString(), state.value(QStringLiteral("address")).toString(), state.value(QStringLiteral("port")).toInt(),
                     qint64(state.value(QStringLiteral("pid")).toDouble()), dir, running(state),
                     QStringLiteral("HAProxy, the cluster's entry point (%1)").arg(QDir(dir).filePath(QStringLiteral("haproxy.log"))));
}
