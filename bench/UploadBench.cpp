// Benchmark: upload a file to a lab node with SshUploader and with OpenSSH's scp, directly on
// loopback and through DelayProxy (delay each way). Prints seconds and ratios.
#include "ProxiedEndpoint.h"
#include "project/Project.h"
#include "ssh/SshSession.h"
#include "ssh/SshUploader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QThread>

namespace {
double runScp(const Project &project, const SshEndpoint &endpoint, const QString &host, int port, const QString &file, const QString &remote)
{
    QProcess scp;
    QElapsedTimer clock;
    clock.start();
    scp.start(QStringLiteral("scp"), {"-q", "-i", endpoint.identityFile, "-P", QString::number(port), "-o", "StrictHostKeyChecking=no",
                                      "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes", file,
                                      QStringLiteral("%1@%2:%3").arg(endpoint.user, host, remote)});
    scp.waitForFinished(-1);
    Q_UNUSED(project);
    return scp.exitCode() == 0 ? double(clock.nsecsElapsed()) / 1e9 : -1;
}

double runOurs(SshEndpoint endpoint, const QString &file, const QString &remote, int channels, int *channelsUsed)
{
    SshSession session(endpoint, {});
    if (!session.connect()) {
        QTextStream(stderr) << session.error() << '\n';
        return -1;
    }
    UploadOptions options;
    options.channels = channels;
    const UploadResult r = SshUploader::upload(session, file, remote, options);
    if (!r.ok()) {
        QTextStream(stderr) << r.error << '\n';
        return -1;
    }
    *channelsUsed = r.channels;
    return r.seconds;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5) {
        QTextStream(stderr) << "usage: agilesec-bench-upload PROJECT NODE FILE DELAY_MS [CHANNELS]\n";
        return 2;
    }
    QString error;
    const std::optional<Project> project = Project::load(args[1], &error);
    if (!project) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    const ClusterLoader::Result cluster = project->loadCluster();
    const Node *node = cluster.cluster.findByHostname(args[2]);
    if (!node) {
        QTextStream(stderr) << "no node " << args[2] << '\n';
        return 1;
    }
    const QString file = args[3];
    const int delay = args[4].toInt();
    const int channels = args.value(5, QStringLiteral("4")).toInt();
    SshEndpoint endpoint = project->endpointFor(*node);
    const QString remote = project->accessFor(*node).installerDir + QStringLiteral("/bench-upload.bin");
    const QString scpRemote = project->accessFor(*node).installerDir + QStringLiteral("/bench-scp.bin");

    const ProxiedEndpoint route(endpoint, delay);
    if (!route.ok())
        return 1;
    endpoint = route.endpoint();
    QFile::remove(remote);
    int channelsUsed = 0;
    const double ours = runOurs(endpoint, file, remote, channels, &channelsUsed);
    QFile::remove(remote);
    const double scp = runScp(*project, endpoint, endpoint.host, endpoint.port, file, scpRemote);
    QFile::remove(scpRemote);
    if (ours < 0 || scp < 0)
        return 1;
    QTextStream(stdout) << QString::number(ours, 'f', 2) << ' ' << QString::number(scp, 'f', 2) << ' ' << channelsUsed << '\n';
    return 0;
}
