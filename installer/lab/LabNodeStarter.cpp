#include "lab/LabNodeStarter.h"

#include "core/ProfileCatalog.h"
#include "lab/LabEnvironment.h"
#include "lab/LabProcess.h"
#include "project/Project.h"
#include "util/FileSetWriter.h"

#include <QDir>
#include <QProcess>
#include <QUuid>

QString LabNodeStarter::nodeDirectory(const QString &lab, const QString &hostname)
{
    return QDir(lab).filePath(QStringLiteral("nodes/") + hostname);
}

QList<RenderedFile> LabNodeStarter::files(const Node &node, const QString &dir, int port, const Settings &settings)
{
    QList<RenderedFile> files;
    const QStringList scripts{QStringLiteral("installer/install_analytics.sh"), QStringLiteral("installer/scripts/tune.sh"),
                              QStringLiteral("installer/scripts/manage.sh"), QStringLiteral("installer/scripts/health_check.sh"),
                              QStringLiteral("installer/scripts/sim-common.sh"), QStringLiteral("bin/sudo"), QStringLiteral("bin/crontab"),
                              QStringLiteral("bin/nproc"), QStringLiteral("bin/free"), QStringLiteral("bin/df"), QStringLiteral("bin/date"), QStringLiteral("bin/lab-resources"),
                              QStringLiteral("bin/systemctl"), QStringLiteral("bin/lab-reboot")};
    for (const QString &script : scripts)
        files << RenderedFile{script, LabProcess::readFile(QStringLiteral(":/lab/") + script), 0755};
    files << RenderedFile{QStringLiteral("installer/.pass.example"), LabProcess::readFile(QStringLiteral(":/lab/installer/pass.example")), 0644};
    files << RenderedFile{QStringLiteral("installer/certificates/.keep"), {}, 0644};
    files << RenderedFile{QStringLiteral("installation/.keep"), {}, 0644};
    files << RenderedFile{QStringLiteral("authorized_keys"), settings.userPublicKey, 0600};
    // The node's boot id as its sessions read it (AGILESEC_LAB_BOOT_ID): a simulated reboot changes it.
    files << RenderedFile{QStringLiteral("boot_id"), QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8() + '\n', 0644};
    files << RenderedFile{QStringLiteral("sshd_config"), LabProcess::sshdConfig(dir, node.privateIp, port, node.hostname).toUtf8(), 0644};
    const HardwareRequirements simulated = ProfileCatalog::requirements(node.profile.value_or(Profile::FullBackend));
    files << RenderedFile{QStringLiteral("faults.conf"),
                          QStringLiteral("# Lab fault knobs for %1 (SIMULATION); see docs/lab.md. Re-read by every script.\n"
                                         "STEP_SECONDS=%2\n"
                                         "SUDO_MODE=%3\n"
                                         "SUDO_PASSWORD_FILE=%4\n"
                                         "# systemctl reboot: seconds away, and 1 to come back with a new host key (reimaged).\n"
                                         "REBOOT_SECONDS=3\nREBOOT_NEW_HOST_KEY=0\n"
                                         "# What the node reports to preflight: the guide's production figures for its profile.\n"
                                         "CPU_CORES=%5\nMEMORY_GB=%6\nDISK_GB=%7\n")
                              .arg(node.hostname, settings.stepSeconds, settings.sudoNeedsPassword ? QStringLiteral("password") : QStringLiteral("nopasswd"),
                                   QDir(settings.lab).filePath(QStringLiteral("sudo-password")))
                              .arg(simulated.productionCores)
                              .arg(simulated.productionMemoryGiB)
                              .arg(simulated.productionDiskGiB)
                              .toUtf8(),
                          0644};
    return files;
}

qint64 LabNodeStarter::startWebServer(const Node &node, const QString &dir, const Settings &settings, QString *error)
{
    // The frontend's HTTPS endpoints (answering once installed and while haproxy runs).
    const int port = settings.frontendPort;
    if (LabProcess::waitForListener(node.privateIp, port, 300)) {
        *error = QStringLiteral("%1: %2:%3 is already in use (another lab still running? 'lab down' it first)").arg(node.hostname, node.privateIp).arg(port);
        return 0;
    }
    QProcess server;
    server.setProgram(settings.webServerProgram);
    server.setArguments({QStringLiteral("lab"), QStringLiteral("serve"), QStringLiteral("--node-dir"), dir, QStringLiteral("--hostname"), node.hostname,
                         QStringLiteral("--address"), node.privateIp, QStringLiteral("--port"), QString::number(port)});
    server.setStandardOutputFile(QDir(dir).filePath(QStringLiteral("web.log")));
    server.setStandardErrorFile(QDir(dir).filePath(QStringLiteral("web.log")));
    qint64 pid = 0;
    if (!server.startDetached(&pid) || !LabProcess::waitForListener(node.privateIp, port, 10000) || !LabProcess::alive(pid)) {
        *error = QStringLiteral("%1: the simulated HTTPS endpoints did not start on %2:%3; see %4")
                     .arg(node.hostname, node.privateIp)
                     .arg(port)
                     .arg(QDir(dir).filePath(QStringLiteral("web.log")));
        return pid; // recorded, so `lab down` stops it if it runs after all
    }
    return pid;
}

LabNodeStarter::Started LabNodeStarter::start(const Node &node, const Settings &settings, const std::function<void(const QJsonObject &)> &record)
{
    Started started;
    const QString dir = nodeDirectory(settings.lab, node.hostname);
    const int port = LabProcess::freePort(node.privateIp);
    if (port == 0) {
        started.error = QStringLiteral("no free port on %1 for %2").arg(node.privateIp, node.hostname);
        return started;
    }
    const QList<RenderedFile> nodeFiles = files(node, dir, port, settings);
    for (const RenderedFile &f : nodeFiles) {
        if (f.content.isNull() && !f.relativePath.endsWith(QLatin1String(".keep"))) {
            started.error = QStringLiteral("internal error: lab resource %1 is missing").arg(f.relativePath);
            return started;
        }
    }
    if (!(started.error = FileSetWriter::write(dir, nodeFiles)).isEmpty())
        return started;
    const QString hostKey = QDir(dir).filePath(QStringLiteral("ssh_host_ed25519_key"));
    if (!(started.error = LabProcess::runTool(QStringLiteral("ssh-keygen"), {"-q", "-t", "ed25519", "-N", "", "-C", "lab-" + node.hostname, "-f", hostKey})).isEmpty())
        return started;
    QString error;
    const qint64 pid = LabProcess::startSshd(dir, node.privateIp, port, &error);
    QJsonObject entry{{QStringLiteral("hostname"), node.hostname},
                      {QStringLiteral("profile"), ProfileCatalog::name(*node.profile)},
                      {QStringLiteral("address"), node.privateIp},
                      {QStringLiteral("port"), port},
                      {QStringLiteral("pid"), pid},
                      {QStringLiteral("config"), QDir(dir).filePath(QStringLiteral("sshd_config"))},
                      {QStringLiteral("directory"), dir}};
    record(entry);
    if (pid == 0) {
        started.error = QStringLiteral("%1: %2").arg(node.hostname, error);
        return started;
    }
    qint64 webPid = 0;
    if (!settings.webServerProgram.isEmpty() && ProfileCatalog::isFrontend(*node.profile)) {
        webPid = startWebServer(node, dir, settings, &started.error);
        if (webPid) {
            entry.insert(QStringLiteral("webPid"), webPid);
            entry.insert(QStringLiteral("webPort"), settings.frontendPort);
            record(entry);
        }
        if (!started.error.isEmpty())
            return started;
    }
    started.access.port = port;
    started.access.installerDir = QDir(dir).filePath(QStringLiteral("installer"));
    started.access.installationDir = QDir(dir).filePath(QStringLiteral("installation"));
    started.hostKeyId = Project::hostKeyId(node.privateIp, port);
    const QByteArray publicKey = LabProcess::readFile(hostKey + QStringLiteral(".pub"));
    started.fingerprint = LabEnvironment::fingerprintOfPublicKey(publicKey);
    started.publicKey = QString::fromLatin1(publicKey.trimmed().split(' ').mid(0, 2).join(' '));
    started.progress = QStringLiteral("%1 (%2) sshd on %3:%4, pid %5%6")
                           .arg(node.hostname, ProfileCatalog::name(*node.profile), node.privateIp)
                           .arg(port)
                           .arg(pid)
                           .arg(webPid ? QStringLiteral("; HTTPS endpoints on %1:%2, pid %3").arg(node.privateIp).arg(settings.frontendPort).arg(webPid) : QString());
    return started;
}
