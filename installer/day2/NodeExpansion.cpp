#include "day2/NodeExpansion.h"

#include "config/ClusterWriter.h"
#include "config/EnvRenderer.h"
#include "core/ClusterFiles.h"
#include "day2/ExpansionPlanBuilder.h"
#include "plan/InstallPlanBuilder.h"
#include "lb/LoadBalancerRenderer.h"
#include "core/ProfileCatalog.h"
#include "staging/ProjectStaging.h"
#include "util/TextDiff.h"

#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSaveFile>

namespace {
QByteArray envFor(const QList<RenderedFile> &files, const Node &node)
{
    const QString path = QStringLiteral("generate_envs/generated_envs/") + EnvRenderer::envFileName(node);
    for (const RenderedFile &f : files) {
        if (f.relativePath == path)
            return f.content;
    }
    return {};
}

QString validate(const NodeExpansion::Spec &spec)
{
    static const QRegularExpression hostname(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    if (spec.hostname.isEmpty())
        return QStringLiteral("hostname: empty; give the new node's hostname, e.g. frontend-3");
    if (!hostname.match(spec.hostname).hasMatch())
        return QStringLiteral("hostname '%1': use lower-case letters, digits and '-' (at most 63, not starting or ending with '-')").arg(spec.hostname);
    QHostAddress address;
    if (!address.setAddress(spec.privateIp))
        return QStringLiteral("IP '%1' of %2: not an IPv4 or IPv6 address").arg(spec.privateIp, spec.hostname);
    if (!spec.profile)
        return QStringLiteral("profile of %1: missing; a running cluster takes ADDITIONAL_FRONTEND or SCAN nodes").arg(spec.hostname);
    switch (*spec.profile) {
    case Profile::AdditionalFrontend:
    case Profile::Scan:
        return {};
    case Profile::Coordinator:
        return QStringLiteral("profile COORDINATOR: a coordinator changes the quorum; the guide adds it by converting to a stretch cluster "
                              "(convert-stretch), not by adding one node");
    case Profile::FullBackend:
        return QStringLiteral("profile FULL_BACKEND: the guide has no procedure for adding a backend to a running cluster (it changes "
                              "MongoDB, OpenSearch and Kafka membership); plan it as a new install or a stretch conversion");
    case Profile::PrimaryFullBackend:
    case Profile::PrimaryFrontend:
        return QStringLiteral("profile %1: a cluster has exactly one, and it is already there; add an ADDITIONAL_FRONTEND or a scan node")
            .arg(ProfileCatalog::name(*spec.profile));
    }
    return {};
}
} // namespace

QString NodeExpansion::journalPathFor(const Project &project, const QString &hostname)
{
    return QDir(project.outputPath()).filePath(QStringLiteral("day2/add-%1-journal.json").arg(hostname));
}

QByteArray NodeExpansion::configWith(Result &r, const ClusterLoader::Result &current, const Spec &spec)
{
    if (r.resuming)
        return current.document.serialize(); // the node is in it already
    if (spec.profile == Profile::Scan) {
        r.project.scanNodes << (spec.site.isEmpty() ? QStringLiteral("%1=%2").arg(spec.hostname, spec.privateIp)
                                                    : QStringLiteral("%1=%2@%3").arg(spec.hostname, spec.privateIp, spec.site));
        return current.document.serialize(); // scan nodes have no block
    }
    Cluster cluster = r.before.cluster;
    Node node;
    node.hostname = spec.hostname;
    node.privateIp = spec.privateIp;
    node.profile = spec.profile;
    node.site = spec.site;
    cluster.nodes << node;
    ConfigDocument document = r.before.document;
    ClusterWriter::apply(cluster, document);
    return document.serialize();
}

void NodeExpansion::describeChanges(Result &r, const Spec &spec)
{
    const bool scan = spec.profile == Profile::Scan;
    // What changes on each existing node. A scan node changes nothing on them: the env files do
    // not list scan nodes and the plan touches only the new node.
    const QList<RenderedFile> envBefore = EnvRenderer::renderAll(r.before.cluster, r.before.document);
    const QList<RenderedFile> envAfter = EnvRenderer::renderAll(r.after.cluster, r.after.document);
    const Node *primary = r.after.cluster.primaryBackend();
    for (const Node &node : r.before.cluster.nodes) {
        if (scan)
            break;
        if (node.is(Profile::Scan))
            continue;
        const QString envName = EnvRenderer::envFileName(node);
        const QString envDiff = TextDiff::unified(envFor(envBefore, node), envFor(envAfter, node), envName, envName + QStringLiteral(" (regenerated)"));
        const bool isPrimary = primary && node.hostname == primary->hostname;
        const bool frontend = node.profile && ProfileCatalog::isFrontend(*node.profile);
        if (isPrimary) {
            r.changes << Change{node.hostname, QStringLiteral("generate_envs/multi_node_config.conf"),
                                TextDiff::unified(r.before.document.serialize(), r.config, QStringLiteral("multi_node_config.conf"),
                                                  QStringLiteral("multi_node_config.conf (with %1)").arg(spec.hostname)),
                                true, QStringLiteral("the guide edits the config on backend-1")};
            r.changes << Change{node.hostname, ClusterFiles::certificateBundlePath(),
                                QStringLiteral("+ env.%1, nodes/%1-cert.pem, nodes/%1-key.pem, web/%1-web-cert.pem, web/%1-web-key.pem\n")
                                    .arg(spec.hostname),
                                true, QStringLiteral("existing certificates are kept byte for byte; %1's are issued by the cluster's CA").arg(spec.hostname)};
        }
        if (envDiff.isEmpty())
            continue;
        if (frontend) {
            r.changes << Change{node.hostname, QStringLiteral(".env"), envDiff, true, QStringLiteral("the guide copies every frontend's regenerated env file")};
            // The commands exactly as the plan runs them on this node.
            QString commands;
            for (const PlanStep &step : r.plan.stepsFor(node.hostname)) {
                if (step.kind == PlanStep::Kind::Run)
                    commands += step.command + QLatin1Char('\n');
            }
            r.changes << Change{node.hostname, QStringLiteral("commands"), commands, true,
                                QStringLiteral("after %1 is installed, one frontend at a time").arg(spec.hostname)};
        } else if (isPrimary) {
            r.changes << Change{node.hostname, QStringLiteral(".env"), envDiff, true, QStringLiteral("generate_envs.sh copies env.backend-1 to .env on backend-1")};
        } else {
            r.changes << Change{node.hostname, QStringLiteral(".env"), envDiff, false,
                                QStringLiteral("regenerated in the bundle but not copied: the guide copies only the frontends' env files")};
        }
    }
}

NodeExpansion::Result NodeExpansion::prepare(const Project &project, const ClusterLoader::Result &current, const Spec &spec)
{
    Result r;
    r.error = validate(spec);
    if (!r.ok())
        return r;
    if (!current.ok()) {
        r.error = QStringLiteral("the cluster as it stands is not valid; fix it before adding a node");
        return r;
    }
    const bool scan = spec.profile == Profile::Scan;
    r.project = project;
    r.before = current;

    // Run again for a node already added (a failed or interrupted expansion): the same plan,
    // computed against the cluster without it, resumes from its journal.
    if (const Node *existing = current.cluster.findByHostname(spec.hostname)) {
        if (existing->privateIp != spec.privateIp || existing->profile != spec.profile) {
            r.error = QStringLiteral("hostname %1 is already in the cluster (%2, %3); choose another name")
                          .arg(spec.hostname, existing->privateIp, existing->profile ? ProfileCatalog::name(*existing->profile) : QStringLiteral("no profile"));
            return r;
        }
        r.resuming = true;
        Project without = project;
        QStringList scanNodes;
        for (const QString &s : std::as_const(without.scanNodes)) {
            if (!s.startsWith(spec.hostname + QLatin1Char('=')))
                scanNodes << s;
        }
        without.scanNodes = scanNodes;
        Cluster cluster = current.cluster;
        cluster.nodes.removeIf([&](const Node &n) { return n.hostname == spec.hostname; });
        ConfigDocument document = current.document;
        ClusterWriter::apply(cluster, document);
        r.before = without.loadClusterData(document.serialize(), project.configFile);
    } else {
        for (const Node &n : current.cluster.nodes) {
            if (n.privateIp == spec.privateIp) {
                r.error = QStringLiteral("IP %1 of %2 is already %3's").arg(spec.privateIp, spec.hostname, n.hostname);
                return r;
            }
        }
    }

    r.config = configWith(r, current, spec);
    if (!spec.access.host.isEmpty() || spec.access.port > 0 || !spec.access.user.isEmpty() || !spec.access.identityFile.isEmpty())
        r.project.nodes.insert(spec.hostname, spec.access);
    r.after = r.project.loadClusterData(r.config, project.configFile);
    if (!r.after.ok()) {
        r.error = QStringLiteral("the cluster with %1 would not be valid: %2")
                      .arg(spec.hostname, Diagnostic::errorMessages(r.after.diagnostics).join(QStringLiteral("; ")));
        return r;
    }
    const Node *added = r.after.cluster.findByHostname(spec.hostname);
    Q_ASSERT(added);
    r.added = *added;

    r.plan = ExpansionPlanBuilder::build(r.after.cluster, r.added, r.project.planOptions());

    describeChanges(r, spec);
    r.changes << Change{spec.hostname, QStringLiteral("new node"),
                        QStringLiteral("installs %1 with %2%3\n").arg(ProfileCatalog::displayName(*spec.profile), EnvRenderer::envFileFor(r.after.cluster, r.added),
                                                                      scan ? QStringLiteral(" (-r scan)") : QString()),
                        true, {}};
    if (!scan)
        r.loadBalancerChange = LoadBalancerRenderer::frontendAdded(r.after.cluster, r.project.external, r.added, ProjectStaging::loadBalancerSettings(r.project));
    r.journalPath = journalPathFor(r.project, spec.hostname);
    return r;
}

QString NodeExpansion::commit(const Result &result)
{
    if (!result.ok())
        return result.error;
    QSaveFile config(result.project.resolve(result.project.configFile));
    if (!config.open(QIODevice::WriteOnly) || config.write(result.config) != result.config.size() || !config.commit())
        return QStringLiteral("%1: %2").arg(config.fileName(), config.errorString());
    return result.project.save();
}

QString NodeExpansion::describe(const Result &result)
{
    QString out;
    QString current;
    for (const Change &c : result.changes) {
        if (c.hostname != current) {
            out += QStringLiteral("== %1\n").arg(c.hostname);
            current = c.hostname;
        }
        out += QStringLiteral("-- %1%2%3\n").arg(c.what, c.applied ? QString() : QStringLiteral(" (not applied)"),
                                                c.note.isEmpty() ? QString() : QStringLiteral(": ") + c.note);
        out += c.diff;
        if (!c.diff.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('\n');
    }
    return out;
}
