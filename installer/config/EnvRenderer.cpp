#include "config/EnvRenderer.h"

#include "core/ClusterPorts.h"
#include "util/NetworkNames.h"
#include "core/ProfileCatalog.h"

#include <QRegularExpression>

namespace {
class EnvWriter
{
public:
    void section(const QString &title)
    {
        if (!m_text.isEmpty())
            m_text += QLatin1Char('\n');
        m_text += QStringLiteral("# ") + title + QLatin1Char('\n');
    }
    void comment(const QString &line) { m_text += QStringLiteral("# ") + line + QLatin1Char('\n'); }
    void set(const QString &key, const QString &value) { m_text += key + QStringLiteral("=\"") + value + QStringLiteral("\"\n"); }
    void set(const QString &key, int value) { set(key, QString::number(value)); }
    QByteArray bytes() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

QString joinHostPorts(const QList<Node> &nodes, int port)
{
    QStringList parts;
    for (const Node &n : nodes)
        parts << NetworkNames::hostPort(n.privateIp, port);
    return parts.join(QLatin1Char(','));
}

QString joinField(const QList<Node> &nodes, QString Node::*field)
{
    QStringList parts;
    for (const Node &n : nodes)
        parts << n.*field;
    return parts.join(QLatin1Char(','));
}

QString mongoRole(const Node &node)
{
    if (node.is(Profile::PrimaryFullBackend))
        return QStringLiteral("primary");
    if (node.is(Profile::FullBackend))
        return QStringLiteral("secondary");
    if (node.profile && ProfileCatalog::isQuorumNode(*node.profile))
        return QStringLiteral("arbiter");
    return QStringLiteral("none");
}

QString kafkaRoles(const Node &node)
{
    if (node.profile && ProfileCatalog::isBackend(*node.profile))
        return QStringLiteral("broker,controller");
    if (node.profile && ProfileCatalog::isQuorumNode(*node.profile))
        return QStringLiteral("controller");
    return {};
}

QString openSearchRoles(const Node &node)
{
    if (node.profile && ProfileCatalog::isBackend(*node.profile))
        return QStringLiteral("cluster_manager,data,ingest");
    if (node.profile && ProfileCatalog::isQuorumNode(*node.profile))
        return QStringLiteral("cluster_manager");
    return {};
}
} // namespace

// What every node's env file says about the whole cluster, made once per render: each file
// lists every frontend, and remaking those lists for each file cost most of the time.
struct EnvRenderer::Members {
    const Node *primary = nullptr;
    const Node *quorumNode = nullptr;
    QString backendHostnames, backendIps, frontendHostnames, frontendIps;
    QString mongoMembers, mongoArbiter, kafkaVoters, kafkaBootstrap, managerNodes, seedHosts;
    int replicationFactor = 0;
    int minInSync = 0;

    explicit Members(const Cluster &cluster)
        : primary(cluster.primaryBackend())
        , quorumNode(cluster.quorumNode())
    {
        const QList<Node> backends = cluster.backends();
        const QList<Node> voters = cluster.quorumVoters();
        const QList<Node> frontends = cluster.frontends();
        backendHostnames = joinField(backends, &Node::hostname);
        backendIps = joinField(backends, &Node::privateIp);
        frontendHostnames = joinField(frontends, &Node::hostname);
        frontendIps = joinField(frontends, &Node::privateIp);
        mongoMembers = joinHostPorts(backends, ClusterPorts::MongoDb);
        mongoArbiter = quorumNode ? NetworkNames::hostPort(quorumNode->privateIp, ClusterPorts::MongoDb) : QString();
        QStringList quorumVoters;
        for (const Node &voter : voters)
            quorumVoters << QStringLiteral("%1@%2").arg(kafkaNodeId(voter)).arg(NetworkNames::hostPort(voter.privateIp, ClusterPorts::KafkaController));
        kafkaVoters = quorumVoters.join(QLatin1Char(','));
        kafkaBootstrap = joinHostPorts(backends, ClusterPorts::KafkaBroker);
        managerNodes = joinField(voters, &Node::hostname);
        seedHosts = joinHostPorts(voters, ClusterPorts::OpenSearchTransport);
        replicationFactor = int(backends.size());
        minInSync = kafkaMinInSyncReplicas(cluster);
    }
};

int EnvRenderer::kafkaNodeId(const Node &node)
{
    if (!node.profile || kafkaRoles(node).isEmpty())
        return 0;
    static const QRegularExpression prefixPattern(QStringLiteral("^([a-z]+)([0-9]+)$"));
    const QRegularExpressionMatch m = prefixPattern.match(node.blockPrefix);
    if (!m.hasMatch())
        return 0;
    const int index = m.captured(2).toInt();
    if (m.captured(1) == QLatin1String("frontend"))
        return 100 + index;
    if (m.captured(1) == QLatin1String("coordinator"))
        return 200 + index;
    return index;
}

int EnvRenderer::kafkaMinInSyncReplicas(const Cluster &cluster)
{
    // The seed sets the topic replication factor to the number of backends. Writes must still
    // be accepted after losing one node, or, in a stretch cluster, one whole site.
    const QList<Node> backends = cluster.backends();
    const int replicationFactor = int(backends.size());
    int worstLoss = 1;
    for (const QString &site : cluster.sites()) {
        int inSite = 0;
        for (const Node &n : backends)
            inSite += n.site == site ? 1 : 0;
        worstLoss = std::max(worstLoss, inSite);
    }
    return std::max(1, replicationFactor - worstLoss);
}

QString EnvRenderer::envFileName(const Node &node)
{
    return QStringLiteral("env.") + node.hostname;
}

QString EnvRenderer::envFileFor(const Cluster &cluster, const Node &node)
{
    if (node.is(Profile::Scan)) {
        const Node *primary = cluster.primaryBackend();
        return primary ? envFileName(*primary) : QString();
    }
    return envFileName(node);
}

QByteArray EnvRenderer::renderNode(const Cluster &cluster, const Node &node)
{
    return renderNode(cluster, Members(cluster), node);
}

QByteArray EnvRenderer::renderNode(const Cluster &cluster, const Members &m, const Node &node)
{
    const Node *primary = m.primary;
    const Node *quorumNode = m.quorumNode;
    const Profile profile = node.profile.value_or(Profile::AdditionalFrontend);

    EnvWriter env;
    env.section(QStringLiteral("env.%1: AgileSec Platform node environment").arg(node.hostname));
    env.comment(QStringLiteral("Generated by agilesec-installer from generate_envs/multi_node_config.conf; regenerate instead of editing."));
    env.set(QStringLiteral("DEPLOYMENT_TYPE"), QStringLiteral("multi-node"));
    env.set(QStringLiteral("NODE_HOSTNAME"), node.hostname);
    env.set(QStringLiteral("NODE_PRIVATE_IP"), node.privateIp);
    env.set(QStringLiteral("NODE_PROFILE"), ProfileCatalog::name(profile));
    env.set(QStringLiteral("NODE_SITE"), node.site);
    env.set(QStringLiteral("NODE_SERVICES"), ProfileCatalog::serviceNames(profile).join(QLatin1Char(' ')));

    env.section(QStringLiteral("External access"));
    env.set(QStringLiteral("ANALYTICS_HOSTNAME"), cluster.analyticsHostname);
    env.set(QStringLiteral("ANALYTICS_DOMAIN"), cluster.analyticsDomain);
    env.set(QStringLiteral("ANALYTICS_FQDN"), cluster.fqdn());
    env.set(QStringLiteral("FRONTEND_PORT"), cluster.frontendPort);

    env.section(QStringLiteral("Cluster members"));
    env.set(QStringLiteral("PRIMARY_BACKEND_HOSTNAME"), primary ? primary->hostname : QString());
    env.set(QStringLiteral("PRIMARY_BACKEND_IP"), primary ? primary->privateIp : QString());
    env.set(QStringLiteral("CLUSTER_BACKEND_HOSTNAMES"), m.backendHostnames);
    env.set(QStringLiteral("CLUSTER_BACKEND_IPS"), m.backendIps);
    env.set(QStringLiteral("CLUSTER_FRONTEND_HOSTNAMES"), m.frontendHostnames);
    env.set(QStringLiteral("CLUSTER_FRONTEND_IPS"), m.frontendIps);
    env.set(QStringLiteral("QUORUM_NODE_HOSTNAME"), quorumNode ? quorumNode->hostname : QString());
    env.set(QStringLiteral("QUORUM_NODE_PROFILE"), quorumNode ? ProfileCatalog::name(*quorumNode->profile) : QString());

    env.section(QStringLiteral("MongoDB replica set"));
    env.set(QStringLiteral("MONGODB_REPLICA_SET_NAME"), QStringLiteral("agilesec-rs"));
    env.set(QStringLiteral("MONGODB_PORT"), ClusterPorts::MongoDb);
    env.set(QStringLiteral("MONGODB_ROLE"), mongoRole(node));
    env.set(QStringLiteral("MONGODB_MEMBERS"), m.mongoMembers);
    env.set(QStringLiteral("MONGODB_ARBITER"), m.mongoArbiter);

    env.section(QStringLiteral("Kafka (KRaft)"));
    const int nodeId = kafkaNodeId(node);
    env.set(QStringLiteral("KAFKA_NODE_ID"), nodeId > 0 ? QString::number(nodeId) : QString());
    env.set(QStringLiteral("KAFKA_PROCESS_ROLES"), kafkaRoles(node));
    env.set(QStringLiteral("KAFKA_BROKER_PORT"), ClusterPorts::KafkaBroker);
    env.set(QStringLiteral("KAFKA_CONTROLLER_PORT"), ClusterPorts::KafkaController);
    env.set(QStringLiteral("KAFKA_CONTROLLER_QUORUM_VOTERS"), m.kafkaVoters);
    env.set(QStringLiteral("KAFKA_BOOTSTRAP_SERVERS"), m.kafkaBootstrap);
    env.set(QStringLiteral("KAFKA_DEFAULT_REPLICATION_FACTOR"), m.replicationFactor);
    env.set(QStringLiteral("KAFKA_MIN_INSYNC_REPLICAS"), m.minInSync);

    env.section(QStringLiteral("OpenSearch"));
    env.set(QStringLiteral("OPENSEARCH_CLUSTER_NAME"), QStringLiteral("agilesec"));
    env.set(QStringLiteral("OPENSEARCH_NODE_NAME"), node.hostname);
    env.set(QStringLiteral("OPENSEARCH_NODE_ROLES"), openSearchRoles(node));
    env.set(QStringLiteral("OPENSEARCH_HTTP_PORT"), ClusterPorts::OpenSearchHttp);
    env.set(QStringLiteral("OPENSEARCH_TRANSPORT_PORT"), ClusterPorts::OpenSearchTransport);
    env.set(QStringLiteral("OPENSEARCH_CLUSTER_MANAGER_NODES"), m.managerNodes);
    env.set(QStringLiteral("OPENSEARCH_SEED_HOSTS"), m.seedHosts);
    env.set(QStringLiteral("OPENSEARCH_INDEX_NUMBER_OF_SHARDS"), cluster.shards);
    env.set(QStringLiteral("OPENSEARCH_INDEX_NUMBER_OF_REPLICAS"), cluster.replicas);
    // Shard allocation awareness spreads copies across sites, so a site failure keeps one.
    env.set(QStringLiteral("OPENSEARCH_NODE_ATTR_ZONE"), cluster.isStretch() ? node.site : QString());
    env.set(QStringLiteral("OPENSEARCH_AWARENESS_ATTRIBUTES"), cluster.isStretch() ? QStringLiteral("zone") : QString());

    env.section(QStringLiteral("TLS (paths relative to the installer directory; see docs/certificates.md)"));
    env.set(QStringLiteral("TLS_CA_CERT"), QStringLiteral("certificates/ca/agilesec-rootca-cert.pem"));
    env.set(QStringLiteral("TLS_NODE_CERT"), QStringLiteral("certificates/nodes/%1-cert.pem").arg(node.hostname));
    env.set(QStringLiteral("TLS_NODE_KEY"), QStringLiteral("certificates/nodes/%1-key.pem").arg(node.hostname));
    const bool servesWeb = ProfileCatalog::isFrontend(profile);
    env.set(QStringLiteral("TLS_WEB_CERT"), servesWeb ? QStringLiteral("certificates/web/%1-web-cert.pem").arg(node.hostname) : QString());
    env.set(QStringLiteral("TLS_WEB_KEY"), servesWeb ? QStringLiteral("certificates/web/%1-web-key.pem").arg(node.hostname) : QString());
    return env.bytes();
}

QList<RenderedFile> EnvRenderer::renderAll(const Cluster &cluster, const ConfigDocument &document)
{
    const Members members(cluster);
    QList<RenderedFile> files;
    files << RenderedFile{QStringLiteral("generate_envs/multi_node_config.conf"), document.serialize(), 0644};
    QByteArray primaryEnv;
    for (const Node &node : cluster.nodes) {
        if (node.is(Profile::Scan) || !node.profile)
            continue;
        files << RenderedFile{QStringLiteral("generate_envs/generated_envs/") + envFileName(node), renderNode(cluster, members, node), 0644};
        if (&node == members.primary)
            primaryEnv = files.last().content;
    }
    if (members.primary)
        files << RenderedFile{QStringLiteral(".env"), primaryEnv.isEmpty() ? renderNode(cluster, members, *members.primary) : primaryEnv, 0644};
    return files;
}
