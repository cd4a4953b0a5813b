#pragma once

#include "config/ClusterLoader.h"
#include "core/ExternalAccess.h"
#include "project/NodeAccess.h"
#include "project/NodeTarget.h"
#include "plan/PlanOptions.h"
#include "ssh/SshEndpoint.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// Everything the installer needs to act on a cluster except secrets, as one human-readable
// JSON file (docs/project-format.md): the cluster's multi_node_config.conf, scan nodes, SSH
// access per node, pinned host keys and where the secrets are kept. Passwords are never
// stored in it: it only names files (or environment variables) that hold them.
class Project
{
public:
    static constexpr int kFormatVersion = 1;

    QString path;                  // the project file; relative paths inside resolve against its folder
    QString configFile;            // multi_node_config.conf
    QStringList scanNodes;         // HOSTNAME=IP[@SITE]
    NodeAccess defaults;           // user, port, identityFile, installerDir, installationDir
    QString auth = QStringLiteral("agent"); // agent | key | password | keyboard-interactive
    QString osUser;                // -u for tune.sh and install_analytics.sh; empty: defaults.user
    QHash<QString, NodeAccess> nodes; // by hostname
    QHash<QString, QString> hostKeys; // "host:port" -> "SHA256:..." as OpenSSH prints it
    // "host:port" -> "ssh-ed25519 AAAA...": the pinned key itself, where it is known, so that
    // other SSH clients (the Ansible export's known_hosts) can be given the same trust.
    QHash<QString, QString> hostPublicKeys;
    QString sshConfigFile;         // empty: ~/.ssh/config
    QString knownHostsFile;        // empty: ~/.ssh/known_hosts (read only)
    QString adminPasswordFile;     // files holding secrets; never the secrets themselves
    QString sshPasswordFile;
    QString sudoPasswordFile;
    bool lab = false;              // made by `lab up`: a simulation
    ExternalAccess external;       // DNS / load balancer choice ("external")
    QString outputDir;             // rendered files, certificates, journal, logs; empty: "output"
    QString installerPackage;      // a .tar.gz to upload where the installer directory is missing
    QString installerPackageSha256; // its expected SHA-256 (hex); checked before anything is uploaded
    // install.relay: the node that sends the package on to the others; empty: the primary
    // backend; "none": the installer uploads it to every node. relayParallel: at once.
    QString relayNode;
    int relayParallel = 8;
    bool etcHosts = false;         // add "<ip> <fqdn>" to each node's /etc/hosts (no DNS for the FQDN)
    QString hostsTarget;           // with etcHosts: what non-frontends resolve the FQDN to (e.g. the LB); empty: first frontend

    static std::optional<Project> load(const QString &path, QString *error);
    // Atomic (QSaveFile). Returns an empty string or what failed.
    // Atomically; refused (the file left as it was) when a value breaks ProjectSchema.
    QString save() const;
    QJsonObject toJson() const;

    QString resolve(const QString &relative) const; // against the project's folder
    // The cluster with every node's access applied (ssh host/port/user, directories).
    ClusterLoader::Result loadCluster() const;
    // The same from a config held in memory (the wizard's edits), name used in messages.
    ClusterLoader::Result loadClusterData(const QByteArray &data, const QString &name) const;
    void applyAccess(Cluster &cluster) const;
    PlanOptions planOptions() const;
    NodeAccess accessFor(const Node &node) const; // merged: node entry over defaults
    // How to connect to node: its access, the project's ssh_config/known_hosts and its pin.
    SshEndpoint endpointFor(const Node &node) const;
    // The same for an LB node of the external access (its hostname and address as a node's).
    SshEndpoint endpointFor(const ExternalAccess::LbNode &lb) const;
    // The node as the executor, preflight and verification reach it.
    NodeTarget targetFor(const Node &node) const;
    QList<NodeTarget> targets(const Cluster &cluster) const;
    QString outputPath() const;   // absolute
    QString journalPath() const;  // outputPath()/install-journal.json
    QString logDir() const;       // outputPath()/logs
    // Empty when there is no package or it matches installerPackageSha256; else what is wrong.
    // Hashes the package once for this process (PackageDigest), so planOptions() carries its SHA-256.
    QString checkInstallerPackage() const;
    // Empty, or why install.relay names no node of the cluster.
    QString relayProblem(const Cluster &cluster) const;
    static QString hostKeyId(const QString &host, int port) { return host + QLatin1Char(':') + QString::number(port); }
};
