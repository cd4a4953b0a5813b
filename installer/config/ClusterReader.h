#pragma once

#include "core/Cluster.h"
#include "config/ConfigDocument.h"

// Builds the cluster model from a parsed multi_node_config.conf. Value problems (an unknown
// profile, a port that is not a number, half a node block) are reported with their line;
// topology rules are ClusterValidator's job.
class ClusterReader
{
public:
    static Cluster read(const ConfigDocument &document, const QString &fileName, QList<Diagnostic> *diagnostics);
    // The block families in their order of appearance in the model.
    static QStringList families();
};
