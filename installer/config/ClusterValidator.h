#pragma once

#include "core/Cluster.h"
#include "util/Diagnostic.h"

#include <QList>

// The topology rules of the HA guide: identity and syntax of every node, the profile counts,
// quorum, and survival of a site failure in stretch clusters. Each message names the node,
// key or line and says what is expected.
class ClusterValidator
{
public:
    static QList<Diagnostic> validate(const Cluster &cluster);
};
