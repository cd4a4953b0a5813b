#pragma once

#include "core/Cluster.h"
#include "config/ConfigDocument.h"

#include <QSet>

// Applies the cluster model to a multi_node_config.conf document, changing only what differs:
// edited values are rewritten in place, a new node re-enables a commented-out template block
// or is appended in the guide's style, a removed node's block is commented out (values kept).
class ClusterWriter
{
public:
    // New nodes get their block prefix (e.g. "frontend3") assigned in cluster.
    static void apply(Cluster &cluster, ConfigDocument &document);
    // The block prefix a new node of this family would get in document.
    static QString nextFreePrefix(const ConfigDocument &document, const QString &family, const QSet<QString> &taken = {});
};
