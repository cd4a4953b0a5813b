#pragma once

#include <QJsonObject>
#include <QString>

// One preflight result for one node (or a pair of nodes): what was checked, what was found,
// and, for a problem, how to fix it.
struct PreflightFinding {
    enum class Severity { Ok, Info, Warning, Error };

    // The node of a finding about the whole cluster (the clock skew between the nodes).
    static inline const QString kAllNodes = QStringLiteral("all nodes");

    QString node;
    QString check;    // "ssh", "sudo", "cpu", "memory", "disk", "os", "firewall", "installer", "fqdn", "clock", "latency"
    Severity severity = Severity::Ok;
    QString detail;   // what was found
    QString hint;     // how to fix it; empty when nothing needs fixing

    static QString severityName(Severity severity);
    QJsonObject toJson() const;
};
