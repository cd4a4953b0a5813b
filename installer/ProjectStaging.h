#pragma once

#include "ClusterLoader.h"
#include "PkiOptions.h"

#include <QString>
#include <QStringList>

class Project;

// Makes what an install uploads, in the project's output directory, as `render` and `certs`
// do: generate_envs/ (multi_node_config.conf and every env file) and certificates/ (a CA kept
// from earlier runs or created, each certificate kept while valid, and the bundle). Running it
// again changes nothing that is still right, so a resumed install uploads the same bundle.
class ProjectStaging
{
public:
    struct Result {
        QString directory;
        int issued = 0;
        int kept = 0;
        QString error; // empty on success; nothing was written otherwise
        bool ok() const { return error.isEmpty(); }
    };
    static Result prepare(const Project &project, const ClusterLoader::Result &loaded, const PkiOptions &options = {});
};
