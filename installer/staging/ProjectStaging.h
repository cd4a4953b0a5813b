#pragma once

#include "config/ClusterLoader.h"
#include "lb/LoadBalancerRenderer.h"
#include "pki/PkiOptions.h"

#include <QString>
#include <QStringList>

class Project;

// Makes what an install uploads, in the project's output directory, as `render` and `certs`
// do: generate_envs/ (multi_node_config.conf and every env file), certificates/ (a CA kept
// from earlier runs or created, each certificate kept while valid, and the bundle) and lb/
// (the DNS / load balancer files for the project's choice). Running it
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
    // The project's load balancer files (lb/...), and the settings they are rendered with.
    static QList<RenderedFile> loadBalancerFiles(const Project &project, const ClusterLoader::Result &loaded, const QByteArray &caCertPem);
    static LoadBalancerRenderer::Settings loadBalancerSettings(const Project &project);
};
