#pragma once

#include "lab/LabNode.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// The local lab (a SIMULATION): one real OpenSSH sshd per node on its own loopback address
// (127.0.0.11, .12, ...), each with its own host key and a simulated AgileSec installer, plus a
// ready project file. Linux only. Layout and fault knobs: docs/lab.md.
class LabEnvironment
{
public:
    struct Options {
        QString directory;           // empty: defaultDirectory()
        QString topology = QStringLiteral("4"); // 3, 4, 7 (stretch with coordinator) or a node count
        bool sudoNeedsPassword = false;
        QString stepSeconds = QStringLiteral("0.1"); // simulated time per install step
        // The program that serves the frontends' HTTPS endpoints (`PROGRAM lab serve ...`,
        // this binary); empty: the lab runs without them.
        QString webServerProgram;
        // Spare machines for day-2 tests ("frontend-3=ADDITIONAL_FRONTEND", "scan-1=SCAN"):
        // nodes like the others (next loopback addresses, access and host key in the project)
        // but not in the config, ready to be added with add-node.
        QStringList spares;
        // The project's entry point (needs webServerProgram for its health checks to pass):
        // "haproxy", a real HAProxy on 127.0.0.10 (LabLoadBalancer); "keepalived", two LB nodes
        // with a VIP in network namespaces (LabVipPair), or a single HAProxy where namespaces
        // cannot be made; "none".
        QString loadBalancer = QStringLiteral("haproxy");
        // Called with each progress line as it happens (a node's sshd up, the load balancer), on
        // the calling thread: for a view that follows the start.
        std::function<void(const QString &line)> progressLine;
    };

    static QString defaultDirectory();
    // Empty when the lab can run here; else why not.
    static QString unsupportedReason();
    // The lab's multi_node_config.conf for a topology, or an empty array with error set.
    static QByteArray topologyConfig(const QString &topology, QString *error);

    // Starts the lab. Returns an empty string and sets projectPath, or what failed (then
    // everything it started is stopped again). progress receives one line per step.
    static QString up(const Options &options, QString *projectPath, QStringList *progress);
    // Stops exactly the sshd processes this lab started (by pid, checked against their command
    // line), and their session children. Returns what failed, if anything.
    static QString down(const QString &directory, QStringList *stopped);
    static QList<LabNode> status(const QString &directory, QString *error);
    static bool isRunning(const QString &directory); // any node of the lab in directory still runs
    // The lab's load balancers as `lab status` lists them; empty when the lab has none.
    static QList<LabNode> loadBalancerStatus(const QString &directory);
    // With --lb keepalived: cuts an LB node off its network, or gives it back (a drill of the
    // VIP). Returns what failed, if anything.
    static QString failLoadBalancer(const QString &directory, const QString &hostname, bool restore);
    // Simulates a re-imaged node: a new host key, its sshd restarted. Returns the new
    // fingerprint, or an empty string with error set.
    static QString regenerateHostKey(const QString &directory, const QString &hostname, QString *error);

    // "SHA256:<base64 without padding>" of an OpenSSH public key line, as ssh-keygen -l prints it.
    static QString fingerprintOfPublicKey(const QByteArray &publicKeyLine);
};
