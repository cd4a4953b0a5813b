#pragma once

#include <QCoreApplication>
#include "core/NodeServiceReport.h"
#include "verify/NodeStepsReport.h"
#include "project/NodeTarget.h"

#include <QByteArray>
#include <QList>

// Asks every node for its service table (manage.sh status), in parallel with one session per
// node, and compares it with what the node's profile should run.
class ClusterVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ClusterVerifier) // messages in the wizard's language, English in the CLI

public:
    static QList<NodeServiceReport> verify(const QList<NodeTarget> &targets, const QByteArray &sshPassword);
    static NodeServiceReport verifyNode(const NodeTarget &target, const QByteArray &sshPassword);
    // The installer's detached steps each node kept (their last runs), in parallel.
    static QList<NodeStepsReport> steps(const QList<NodeTarget> &targets, const QByteArray &sshPassword);
};
