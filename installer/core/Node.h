#pragma once

#include "core/Profile.h"

#include <QHash>
#include <QString>
#include <optional>

// One machine of the cluster.
class Node
{
public:
    QString hostname;
    QString privateIp;                // IPv4 or IPv6, as written in the config
    std::optional<Profile> profile;   // empty when the config names no or an unknown profile
    QString site;                     // site / availability zone label; empty when not set
    QString sshHost;                  // empty: connect to privateIp
    int sshPort = 22;
    QString sshUser;                  // empty: the plan's default user
    QString installerDir;             // empty: the plan's default
    QString installationDir;          // empty: the plan's default
    QString blockPrefix;              // "backend1", "frontend3", ...; empty for scan nodes and new nodes
    // Line numbers in the source multi_node_config.conf, by key suffix ("private_ip",
    // "node_hostname", "node_profile", "node_site"), so messages can point at the line.
    QHash<QString, int> sourceLines;

    QString effectiveSshHost() const { return sshHost.isEmpty() ? privateIp : sshHost; }
    int lineOf(const QString &suffix) const { return sourceLines.value(suffix, 0); }
    bool is(Profile p) const { return profile && *profile == p; }
};
