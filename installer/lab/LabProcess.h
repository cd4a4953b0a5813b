#pragma once

#include "core/Node.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The lab's processes and ports (Linux): its sshd per node, the tools it runs, and how it checks
// that a pid is still one of its own before stopping it.
class LabProcess
{
public:
    static bool alive(qint64 pid);
    // SIGTERM, then SIGKILL after 3 s.
    static void terminate(qint64 pid);
    // The same for the whole process group led by pid (a detached step's session).
    static void terminateGroup(qint64 pid);
    static QByteArray commandLine(qint64 pid); // /proc/PID/cmdline, spaces for NULs
    // Processes whose parent is parent (Linux /proc): a node sshd's per-connection children.
    static QList<qint64> children(qint64 parent);
    // A pid that is still our sshd (its command line names the node's config): never a reused pid.
    static bool isOurSshd(qint64 pid, const QString &configPath);
    static QString sshdPath();
    static QString currentUser();
    static bool isRoot();
    // Runs a tool to its end; what failed, or empty.
    static QString runTool(const QString &program, const QStringList &arguments);
    static QByteArray readFile(const QString &path); // empty when unreadable
    static int freePort(const QString &address);
    // The first port from `from` that every node's address can listen on; 0 when none.
    static int portFreeOnAll(const QList<Node> &nodes, int from);
    static bool waitForListener(const QString &address, int port, int timeoutMs);
    // Starts a node's sshd and waits until it listens; returns its pid, or 0 with error set.
    static qint64 startSshd(const QString &dir, const QString &address, int port, QString *error);
    static QString sshdConfig(const QString &node, const QString &address, int port, const QString &hostname);
};
