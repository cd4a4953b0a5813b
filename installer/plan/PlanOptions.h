#pragma once

#include <QHash>
#include <QString>

// The settings that shape the commands of an install plan. Per-node values in the cluster
// (installer and installation directory, SSH user) override these.
struct PlanOptions {
    static inline const QString kDefaultUser = QStringLiteral("agilesec");
    static inline const QString kDefaultInstallerDir = QStringLiteral("/opt/agilesec-installer");
    static inline const QString kDefaultInstallationDir = QStringLiteral("/opt/agilesec");

    QString user = kDefaultUser;                          // the OS user for -u
    QString installerDir = kDefaultInstallerDir;          // where the installer package is unpacked
    QString installationDir = kDefaultInstallationDir;    // -p: where the platform is installed
    // Add "<ip> <fqdn>" to /etc/hosts when DNS does not resolve the FQDN (the guide's fallback):
    // frontends point at themselves, other nodes at hostsTarget (a load balancer) or the first frontend.
    bool addHostsEntries = false;
    QString hostsTarget;
    // The installer package (a .tar.gz, local absolute path): uploaded and unpacked into the
    // installer directory on nodes that do not have install_analytics.sh yet. Empty: the
    // installer directory must already be there.
    QString installerPackage;
    QString installerPackageSha256; // the package's expected SHA-256 (install.packageSha256), checked on the node; empty: not known
    // The package crosses the installer's link once, to relayNode, which sends it on to the other
    // nodes (PackageRelayPlan). Empty: the primary backend; "none": every node gets it from the
    // installer. Needs installerPackageSha256: each receiving node checks the installer's digest.
    QString relayNode;
    int relayParallel = 8; // receiving nodes the relay sends to at once
    QHash<QString, QString> relayAddresses; // hostname -> "host[:port]" the relay connects to; default: private IP, SSH port
};
