#pragma once

#include "BundleImporter.h"
#include "CertificateIssuer.h"
#include "ClusterHealth.h"
#include "ClusterLoader.h"
#include "ConnectionCheck.h"
#include "ExecutorSettings.h"
#include "HaDrill.h"
#include "InstallPlan.h"
#include "InstallSecrets.h"
#include "NodeExpansion.h"
#include "NodeServiceReport.h"
#include "PreflightFinding.h"
#include "Project.h"
#include "RenderedFile.h"
#include "SshEndpoint.h"

#include <QObject>
#include <atomic>
#include <memory>

class InstallExecutor;

// The one shared model the wizard's pages read and write: the project (cluster config, access,
// external access), the secrets typed in this session (memory only), and the results of the
// long jobs (connection tests, certificates, preflight, install, verification), each run off
// the GUI thread. Pages never talk to each other, only to this.
class ClusterSession : public QObject
{
    Q_OBJECT
public:
    // What the user came to do (the welcome page's choice); it decides which pages follow.
    enum class Goal { NewCluster, OpenProject, ImportConfig, ExportOnly, Lab, AddNode, ImportFromNode };

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
    // Starts the local lab (a simulation) in a worker; labFinished follows with its project opened.
    void startLab(const QString &directory, const QString &topology);
    // What the lab's frontends serve HTTPS with and how long a simulated step takes (tests
    // point the web server at the installer binary and shorten steps).
    void setLabDefaults(const QString &webServerProgram, const QString &stepSeconds);
    bool isLabStarting() const { return m_labStarting; }

    // --- day 2: importing a running cluster from backend-1 over SSH (ClusterImporter)
    struct ClusterImportRequest {
        SshEndpoint endpoint;          // backend-1 as the user reaches it; acceptedFingerprints after the host-key question
        QByteArray sshPassword;        // or the key's passphrase; memory only
        QString installerDir;
        QString installationDir;
        QString osUser;
        bool withCaKey = false;        // the user consented to copy the CA key
        QString projectPath;           // the new project file (its folder must hold none yet)
    };
    // In a worker; clusterImportFinished follows. An unknown or changed host key ends it with
    // check.hostKey set, for the page to ask and start again with the accepted fingerprint.
    void importCluster(const ClusterImportRequest &request);
    // Whether this session changes a cluster that runs (adding a node, or a project already
    // installed): the Review page then shows the config against backend-1's.
    bool modifiesRunningCluster() const;
    // Reads multi_node_config.conf from the primary backend and diffs it with this session's;
    // primaryBackendCompared follows.
    void compareWithPrimaryBackend();
    bool isImporting() const { return m_importing; }

    // --- day 2: adding a node to the opened (running) cluster
    // Computes what adding the node changes (NodeExpansion); when it can be done, the session's
    // cluster, files and plan become the expanded ones (nothing is written until the install
    // starts). Returns the problem, naming the field, or empty.
    QString prepareExpansion(const NodeExpansion::Spec &spec);
    const NodeExpansion::Result &expansion() const { return m_expansion; }
    bool hasExpansion() const { return m_expansionSpec.has_value() && m_expansion.ok(); }
    // The first free hostname of a family ("frontend", "scan") and the next free address.
    QString suggestHostname(const QString &family) const;
    QString suggestAddress() const;

    // --- the project
    const Project &project() const { return m_project; }
    bool hasProjectFile() const { return !m_project.path.isEmpty(); }
    void setProjectPath(const QString &path);
    // Writes the project file and its multi_node_config.conf next to it (atomically); an empty
    // string, or what failed.
    QString saveProject();

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
    // Tests SSH and sudo on every node in parallel; connectionsChecked follows.
    void checkConnections();
    const QList<ConnectionCheck> &connectionChecks() const { return m_checks; }
    bool allConnectionsOk() const;
    // The user compared and accepted this exact fingerprint: pinned in the project.
    void acceptHostKey(const QString &hostKeyId, const QString &fingerprint);

    // --- external access
    void setExternal(const ExternalAccess &external, bool etcHosts, const QString &hostsTarget);
    // What is wrong with the external-access choice, naming the field; empty when it is complete.
    QString externalProblem() const;

    // --- certificates
    void issueCertificates(const CertificateIssuer::Request &request);
    bool isIssuing() const { return m_issuing; }
    // The certificates in the output directory as they stand (subject, SANs, expiry); the
    // first *problems lines are what is wrong with them.
    QStringList certificateSummary(bool *valid, int *problems) const;
    QByteArray caCertificate() const;

    // --- preflight
    void runPreflight();
    bool isPreflightRunning() const { return m_preflightRunning; }
    const QList<PreflightFinding> &preflight() const { return m_preflight; }
    bool preflightPassed() const;
    bool hasPreflightRun() const { return m_preflightRan; }

    // --- install: staging in a worker, then an executor owned by this session
    void startInstall();
    void setMaxParallelNodes(int nodes) { m_maxParallel = nodes; } // nodes of one phase at once
    InstallExecutor *executor() const { return m_executor; }
    bool installSucceeded() const { return m_installOk; }

    // --- verification
    // via: the entry point HOST[:PORT] users go through; empty: the VIP or the FQDN.
    void runVerify(bool withHealth, const QString &via = {});
    bool isVerifying() const { return m_verifying; }
    const QList<NodeServiceReport> &serviceReports() const { return m_reports; }
    const QList<ClusterHealth::Check> &healthChecks() const { return m_health; }
    // hostname -> true (healthy) / false (a problem), for the topology map.
    QHash<QString, bool> nodeHealth() const;

    // --- failover drills (HaDrill): events arrive as drillEvent, then drillFinished; always restored
    void runDrill(HaDrill::Kind kind, const QString &name, const QString &entry, int failoverSeconds);
    void cancelDrill();
    bool isDrilling() const { return m_drilling; }

    // --- export
    void exportBundle(const QString &zipPath);
    bool isExporting() const { return m_exporting; }

Q_SIGNALS:
    void changed();                // cluster, project or choices changed
    void labFinished(bool ok, const QString &message);
    void connectionsChecked();
    void hostKeyQuestion(const ConnectionCheck &check); // an unknown or changed key to show the user
    void certificatesFinished(bool ok, const QString &message);
    void preflightFinished();
    void installStarting(InstallExecutor *executor);
    void installFailedToStart(const QString &message);
    void installFinished(bool ok, const QString &summary);
    void verifyFinished();
    void exportFinished(bool ok, const QString &message);
    void drillEvent(qint64 ms, const QString &text, bool problem);
    void drillFinished(bool passed, bool restored, const QString &verdict);
    void clusterImportFinished(bool ok, const QString &message, const ConnectionCheck &check);
    void primaryBackendCompared(bool ok, const QString &diffOrProblem);

private:
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
    QByteArray m_baseConfig;       // the cluster before the expansion
    QStringList m_baseScanNodes;
    PlanOptions m_options;
    Project m_project;
    InstallSecrets m_secrets;
    QList<ConnectionCheck> m_checks;
    QList<PreflightFinding> m_preflight;
    QList<NodeServiceReport> m_reports;
    QList<ClusterHealth::Check> m_health;
    InstallExecutor *m_executor = nullptr;
    bool m_installOk = false;
    bool m_exporting = false;
    bool m_labStarting = false;
    bool m_issuing = false;
    bool m_preflightRunning = false;
    bool m_preflightRan = false;
    bool m_verifying = false;
    bool m_checking = false;
    bool m_drilling = false;
    bool m_importing = false;
    std::shared_ptr<std::atomic_bool> m_drillCancel;
    int m_maxParallel = ExecutorSettings().maxParallelNodes;
    QString m_labWebServer;
    QString m_labStepSeconds;
};
