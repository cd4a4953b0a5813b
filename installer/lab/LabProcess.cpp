#include "lab/LabProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#if defined(Q_OS_LINUX)
#include <csignal>
#include <pwd.h>
#include <unistd.h>
#endif

QString LabProcess::sshdPath()
{
    const QString path = QStandardPaths::findExecutable(QStringLiteral("sshd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return path.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("sshd")) : path;
}

QString LabProcess::currentUser()
{
#if defined(Q_OS_LINUX)
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return qEnvironmentVariable("USER");
}

bool LabProcess::isRoot()
{
#if defined(Q_OS_LINUX)
    return geteuid() == 0;
#else
    return false;
#endif
}

QByteArray LabProcess::commandLine(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().replace('\0', ' ');
}

bool LabProcess::isOurSshd(qint64 pid, const QString &configPath)
{
    const QByteArray cmd = commandLine(pid);
    return cmd.contains("sshd") && cmd.contains(configPath.toLocal8Bit());
}

QList<qint64> LabProcess::children(qint64 parent)
{
    QList<qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // pid (comm) state ppid ...: comm may hold spaces, so parse after the last ')'.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1].toLongLong() == parent)
            children << pid;
    }
    return children;
}

bool LabProcess::alive(qint64 pid)
{
#if defined(Q_OS_LINUX)
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
#else
    Q_UNUSED(pid);
    return false;
#endif
}

// SIGTERM to target (a pid, or -pgid for a group), up to 3 s for pid to end, then SIGKILL: for
// a group always, as members may outlive its leader; for one process only if it still runs.
static void stopGently(qint64 target, qint64 pid)
{
#if defined(Q_OS_LINUX)
    ::kill(pid_t(target), SIGTERM);
    QDeadlineTimer deadline(3000);
    while (LabProcess::alive(pid) && !deadline.hasExpired())
        QThread::msleep(20);
    if (target < 0 || LabProcess::alive(pid))
        ::kill(pid_t(target), SIGKILL);
#else
    Q_UNUSED(target);
    Q_UNUSED(pid);
#endif
}

void LabProcess::terminate(qint64 pid)
{
    stopGently(pid, pid);
}

void LabProcess::terminateGroup(qint64 pid)
{
    if (pid > 0)
        stopGently(-pid, pid);
}

int LabProcess::freePort(const QString &address)
{
    QTcpServer server;
    if (!server.listen(QHostAddress(address), 0))
        return 0;
    return server.serverPort();
}

int LabProcess::portFreeOnAll(const QList<Node> &nodes, int from)
{
    for (int port = from; port < from + 200 && port < 65536; ++port) {
        bool free = true;
        for (const Node &n : nodes) {
            QTcpServer probe;
            if (!probe.listen(QHostAddress(n.privateIp), quint16(port))) {
                free = false;
                break;
            }
        }
        if (free)
            return port;
    }
    return 0;
}

QString LabProcess::runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return QStringLiteral("%1 did not finish").arg(program);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    return {};
}

QByteArray LabProcess::readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 LabProcess::startSshd(const QString &dir, const QString &address, int port, QString *error)
{
    const QString config = QDir(dir).filePath(QStringLiteral("sshd_config"));
    *error = runTool(sshdPath(), {"-f", config, "-E", QDir(dir).filePath(QStringLiteral("sshd.log"))});
    if (!error->isEmpty())
        return 0;
    // sshd forks into the background; wait until it wrote its pid and accepts connections.
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        const qint64 pid = readFile(QDir(dir).filePath(QStringLiteral("sshd.pid"))).trimmed().toLongLong();
        QTcpSocket probe;
        probe.connectToHost(address, quint16(port));
        if (pid > 0 && probe.waitForConnected(200))
            return pid;
        QThread::msleep(50);
    }
    *error = QStringLiteral("the sshd on %1:%2 did not start listening; see %3").arg(address).arg(port).arg(QDir(dir).filePath(QStringLiteral("sshd.log")));
    return 0;
}

bool LabProcess::waitForListener(const QString &address, int port, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(address, quint16(port));
        if (probe.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

QString LabProcess::sshdConfig(const QString &node, const QString &address, int port, const QString &hostname)
{
    return QStringLiteral("# agilesec-installer lab node %1 (SIMULATION)\n"
                          "ListenAddress %2:%3\n"
                          "HostKey %4/ssh_host_ed25519_key\n"
                          "PidFile %4/sshd.pid\n"
                          "AuthorizedKeysFile %4/authorized_keys\n"
                          "StrictModes no\n"
                          "PermitRootLogin yes\n"
                          "PubkeyAuthentication yes\n"
                          "PasswordAuthentication no\n"
                          "KbdInteractiveAuthentication no\n"
                          "UsePAM no\n"
                          "MaxSessions 64\n"
                          "MaxStartups 64:30:128\n"
                          "ClientAliveInterval 30\n"
                          "Subsystem sftp internal-sftp\n"
                          "SetEnv PATH=%4/bin:/usr/local/bin:/usr/bin:/bin AGILESEC_LAB_NODE=%1 AGILESEC_LAB_BOOT_ID=%4/boot_id AGILESEC_AUTHORIZED_KEYS=%4/authorized_keys\n")
        .arg(hostname, address)
        .arg(port)
        .arg(node);
}
