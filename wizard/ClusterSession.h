#pragma once

#include "config/ClusterLoader.h"
#include "day2/NodeExpansion.h"
#include "export/BundleImporter.h"
#include "plan/InstallPlan.h"
#include "project/InstallSecrets.h"
#include "project/Project.h"
#include "util/RenderedFile.h"

#include <QObject>

class CertificatesJob;
class ClusterImportJob;
class ConnectionsJob;
class DrillJob;
class ExportJob;
class InstallJob;
class LabJob;
class MaintenanceJob;
class PreflightJob;
class PrimaryConfigJob;
class VerifyJob;

// The one shared model the wizard's pages read and write: the goal, the project (cluster
// config, access, external access), the loaded cluster with its rendered files and plan, the
// expansion of a day-2 addition, and the secrets typed in this session (memory only). Pages
// never talk to each other, only to this. The long work is done by the jobs it owns (one small
// object each, on BackgroundJob), which read the model and keep their own results.
class ClusterSession : public QObject
{
    Q_OBJECT
public:
    // What the user came to do (the welcome page's choice); it decides which pages follow.
    enum class Goal { NewCluster, OpenProject, ImportConfig, ExportOnly, Lab, AddNode, ImportFromNode, Maintain };

    explicit ClusterSession(QObject *parent = nullptr);
    ~ClusterSession() override;

    Goal goal() const { return m_goal; }
    void setGoal(Goal goal);
    bool needsNodes() const { return m_goal != Goal::ExportOnly; } // SSH pages (access, preflight, install, verify)

    // --- opening a cluster
    // A template from the examples: "3", "4" or "7" (stretch with a coordinator).
    bool newFromTemplate(const QString &topology);
    bool openFile(const QString &path); // a multi_node_config.conf, into a fresh project
    void openData(const QByteArray &data, const QString &name);
    bool openProject(const QString &path, QString *error);
    // Checks a bundle, unpacks it next to projectPath and opens the project made from it.
    BundleImporter::Result importBundle(const QString &zipPath, const QString &projectPath);
    // Whether this session changes a cluster that runs (adding a node, or a project already
    // installed): the Review page then shows the config against backend-1's.
    bool modifiesRunningCluster() const;

    // --- day 2: adding a node to the opened (running) cluster
    // Computes what adding the node changes (NodeExpansion); when it can be done, the session's
    // cluster, files and plan become the expanded ones (nothing is written until the install
    // starts). Returns the problem, naming the field, or empty.
    QString prepareExpansion(const NodeExpansion::Spec &spec);
    const NodeExpansion::Result &expansion() const { return m_expansion; }
    bool hasExpansion() const { return m_expansionSpec.has_value() && m_expansion.ok(); }
    // The first free hostname of a family ("frontend", "scan") and the next free address.
    QString suggestHostname(const QString &family) const { return m_result.cluster.freeHostname(family); }
    QString suggestAddress() const { return m_result.cluster.nextFreeAddress(); }

    // --- the project
    const Project &project() const { return m_project; }
    // For the jobs that pin host keys accepted during a run (ops/PlanRun).
    Project *mutableProject() { return &m_project; }
    bool hasProjectFile() const { return !m_project.path.isEmpty(); }
    void setProjectPath(const QString &path);
    // Writes the project file and its multi_node_config.conf next to it (atomically); an empty
    // string, or what failed.
    QString saveProject();
    // Whether the project or its config differ from what was last opened or saved (the quit
    // question), and where a lab this session runs lives ("" when none is running).
    bool hasUnsavedChanges() const { return m_loaded && state() != m_savedState; }
    QString runningLabDirectory() const;

    // --- the cluster
    bool hasCluster() const { return m_loaded; }
    QString sourceName() const { return m_sourceName; }
    const ClusterLoader::Result &result() const { return m_result; }
    const Cluster &cluster() const { return m_result.cluster; }
    // Replaces the nodes (config nodes and scan nodes) and their SSH access; the config keeps
    // its comments and untouched lines.
    void setNodes(const QList<Node> &nodes, const QHash<QString, NodeAccess> &access);
    void setClusterSettings(const QString &hostname, const QString &domain, int frontendPort);
    const QList<RenderedFile> &renderedFiles() const { return m_files; }
    // Rendered files plus the load-balancer files of the external-access choice.
    QList<RenderedFile> reviewFiles() const;
    const InstallPlan &plan() const { return m_plan; }
    const PlanOptions &planOptions() const { return m_options; }

    // --- access
    void setAccessDefaults(const NodeAccess &defaults, const QString &auth);
    InstallSecrets secrets() const { return m_secrets; }
    void setSecrets(const InstallSecrets &secrets);
    // The user compared and accepted this exact fingerprint: pinned in the project
    // (ops/HostKeyPinning); the warning when it could not be saved, or empty.
    QString acceptHostKey(const QString &hostKeyId, const QString &fingerprint, const QString &publicKey = {});

    // --- external access
    void setExternal(const ExternalAccess &external, bool etcHosts, const QString &hostsTarget);
    // What is wrong with the external-access choice, naming the field; empty when it is complete.
    QString externalProblem() const;

    // --- certificates in the output folder
    // The certificates as they stand (subject, SANs, expiry); the first *problems lines are
    // what is wrong with them.
    QStringList certificateSummary(bool *valid, int *problems) const;
    QByteArray caCertificate() const;

    // --- the long work, each a job of its own
    LabJob *lab() const { return m_lab; }
    ClusterImportJob *clusterImport() const { return m_clusterImport; }
    PrimaryConfigJob *primaryConfig() const { return m_primaryConfig; }
    ConnectionsJob *connections() const { return m_connections; }
    CertificatesJob *certificates() const { return m_certificates; }
    PreflightJob *preflight() const { return m_preflight; }
    InstallJob *install() const { return m_install; }
    VerifyJob *verify() const { return m_verify; }
    DrillJob *drill() const { return m_drill; }
    MaintenanceJob *maintenance() const { return m_maintenance; }
    ExportJob *bundleExport() const { return m_export; }

Q_SIGNALS:
    void changed(); // cluster, project or choices changed

private:
    QByteArray state() const; // the project and its config, as saving would write them
    void apply(ClusterLoader::Result result, const QString &name);
    void reloadFromDocument();
    void freshProject();
    void invalidateResults();
    void refreshExpansion();
    QString writeConfig() const;

    Goal m_goal = Goal::NewCluster;
    bool m_loaded = false;
    QString m_sourceName;
    ClusterLoader::Result m_result;
    QList<RenderedFile> m_files;
    InstallPlan m_plan;
    std::optional<NodeExpansion::Spec> m_expansionSpec;
    NodeExpansion::Result m_expansion;
    QByteArray m_baseConfig; // the cluster before the expansion
    QStringList m_baseScanNodes;
    PlanOptions m_options;
    Project m_project;
    InstallSecrets m_secrets;
    LabJob *m_lab;
    QByteArray m_savedState; // state() as last opened or saved
    ClusterImportJob *m_clusterImport;
    PrimaryConfigJob *m_primaryConfig;
    ConnectionsJob *m_connections;
    CertificatesJob *m_certificates;
    PreflightJob *m_preflight;
    InstallJob *m_install;
    VerifyJob *m_verify;
    DrillJob *m_drill;
    MaintenanceJob *m_maintenance;
    ExportJob *m_export;
};
