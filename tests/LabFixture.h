#pragma once

#include "lab/LabEnvironment.h"
#include "lab/LabProcess.h"
#include "ssh/DetachedStep.h"
#include "lb/HaproxyRuntimeApi.h"
#include "lb/LoadBalancerRenderer.h"
#include "maintain/RuntimeApiChannel.h"
#include "project/Project.h"
#include "TestFiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// A real lab (sshd per node on 127.0.0.x) in a temporary directory for one test program.
class LabFixture
{
public:
    LabFixture() = default;
    LabFixture(const LabFixture &) = delete;
    LabFixture &operator=(const LabFixture &) = delete;
    // A failing QVERIFY returns early: the lab must still stop.
    ~LabFixture() { stop(); }

    // Returns an empty string on success; a test that needs the lab fails on anything else.
    // spares: machines started but not in the config, for add-node ("frontend-3=ADDITIONAL_FRONTEND").
    QString start(const QString &topology = QStringLiteral("3"), const QStringList &spares = {})
    {
        const QString why = LabEnvironment::unsupportedReason();
        if (!why.isEmpty())
            return why;
        LabEnvironment::Options options;
        options.directory = m_dir.filePath(QStringLiteral("lab"));
        options.topology = topology;
        options.stepSeconds = QStringLiteral("0.02");
        options.spares = spares;
        options.loadBalancer = loadBalancer;
#ifdef AGILESEC_BINARY
        options.webServerProgram = QStringLiteral(AGILESEC_BINARY);
#endif
        QString projectPath;
        progress.clear();
        const QString error = LabEnvironment::up(options, &projectPath, &progress);
        if (!error.isEmpty())
            return error;
        QString loadError;
        std::optional<Project> p = Project::load(projectPath, &loadError);
        if (!p)
            return loadError;
        project = *p;
        cluster = project.loadCluster();
        return cluster.ok() ? QString() : QStringLiteral("the lab's cluster is invalid");
    }
    void stop()
    {
        if (!QFileInfo::exists(m_dir.filePath(QStringLiteral("lab/lab.json"))))
            return;
        QStringList stopped;
        LabEnvironment::down(m_dir.filePath(QStringLiteral("lab")), &stopped);
    }
    QString labDir() const { return m_dir.filePath(QStringLiteral("lab")); }
    QString nodeDir(const QString &hostname) const { return labDir() + QStringLiteral("/nodes/") + hostname; }
    const Node &node(const QString &hostname) const { return *cluster.cluster.findByHostname(hostname); }
    SshEndpoint endpoint(const QString &hostname) const { return project.endpointFor(node(hostname)); }
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }
    // The CA an install of this lab made (in the project's output directory).
    QString caCertPath() const { return labDir() + QStringLiteral("/output/certificates/ca/agilesec-rootca-cert.pem"); }
    // HAProxy settings for a real haproxy run by a test in the foreground as this user,
    // trusting the lab's CA, its stats socket in the test's directory.
    LoadBalancerRenderer::Settings haproxySettings() const
    {
        LoadBalancerRenderer::Settings settings;
        settings.haproxyCaFile = caCertPath();
        settings.statsSocket = tempPath(QStringLiteral("haproxy.sock"));
        settings.dropPrivileges = false;
        settings.daemon = false;
        return settings;
    }
    // Writes haproxy.cfg for the lab's cluster behind external; returns its path.
    QString writeHaproxyConfig(const ExternalAccess &external, const LoadBalancerRenderer::Settings &settings) const
    {
        const QString cfg = tempPath(QStringLiteral("haproxy.cfg"));
        TestFiles::write(cfg, LoadBalancerRenderer::haproxyConfig(cluster.cluster, external, settings).toUtf8());
        return cfg;
    }
    void setFault(const QString &hostname, const QString &line)
    {
        QFile f(nodeDir(hostname) + QStringLiteral("/faults.conf"));
        QVERIFY(f.open(QIODevice::Append));
        f.write(line.toUtf8() + '\n');
    }

    // The node's listening sshd (lab.json) and the per-connection sshd processes under it.
    qint64 sshdPid(const QString &hostname) const { return sshdPidIn(labDir(), hostname); }
    static qint64 sshdPidIn(const QString &labDir, const QString &hostname)
    {
        const QJsonArray nodes = QJsonDocument::fromJson(TestFiles::read(labDir + QStringLiteral("/lab.json"))).object().value(QStringLiteral("nodes")).toArray();
        for (const QJsonValue &n : nodes) {
            if (n.toObject().value(QStringLiteral("hostname")).toString() == hostname)
                return qint64(n.toObject().value(QStringLiteral("pid")).toDouble());
        }
        return 0;
    }
    QList<qint64> connectionPids(const QString &hostname) const { return LabProcess::children(sshdPid(hostname)); }
    // How often the simulated installer ran on the node (its installer-runs.log).
    int installerRuns(const QString &hostname) const
    {
        const QString runs = nodeDir(hostname) + QStringLiteral("/installer-runs.log");
        return QFileInfo::exists(runs) ? int(TestFiles::read(runs).count('\n')) : 0;
    }
    // How the lab's HAProxy sees a frontend now, through its runtime API: "UP", "MAINT", ...;
    // "absent" when it has no such server; else why it could not be asked.
    QString haproxyStatus(const QString &server) const
    {
        RuntimeApiChannel channel(QStringLiteral("lb-1"), project.external.haproxyStatsSocket, true, {}, {}, {});
        QString error;
        const QList<HaproxyRuntimeApi::Server> servers = HaproxyRuntimeApi::parseStat(channel.send(HaproxyRuntimeApi::showStatCommand(), &error), &error);
        const std::optional<HaproxyRuntimeApi::Server> s = HaproxyRuntimeApi::find(servers, QStringLiteral("agilesec_frontends"), server);
        return s ? s->status : error.isEmpty() ? QStringLiteral("absent") : error;
    }
    QString stepDir(const QString &hostname, const QString &slug) const
    {
        return DetachedStep::stateDir(DetachedStep::stateRootFor(nodeDir(hostname) + QStringLiteral("/installer")), hostname + QLatin1Char('/') + slug);
    }

    Project project;
    ClusterLoader::Result cluster;
    QString loadBalancer = QStringLiteral("haproxy"); // set before start(): haproxy, keepalived or none
    QStringList progress;                             // what lab up said

private:
    QTemporaryDir m_dir;
};
