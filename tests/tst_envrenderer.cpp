#include "config/ClusterLoader.h"
#include "config/EnvRenderer.h"
#include "TestFiles.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {
ClusterLoader::Result load(const char *example, const QStringList &scan = {})
{
    ClusterLoader::Result r = ClusterLoader::loadData(TestFiles::read(QStringLiteral(EXAMPLES_DIR "/") + QLatin1String(example)),
                                                      QLatin1String(example), scan);
    if (!r.ok())
        qFatal("example %s is invalid", example);
    return r;
}

QMap<QString, QString> envValues(const QByteArray &env)
{
    QMap<QString, QString> values;
    static const QRegularExpression line(QStringLiteral("^([A-Z0-9_]+)=\"([^\"]*)\"$"));
    for (const QString &l : QString::fromUtf8(env).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = line.match(l);
        if (m.hasMatch())
            values.insert(m.captured(1), m.captured(2));
    }
    return values;
}

QMap<QString, QString> envOf(const ClusterLoader::Result &r, const QString &hostname)
{
    const Node *node = r.cluster.findByHostname(hostname);
    if (!node)
        qFatal("no node %s", qPrintable(hostname));
    return envValues(EnvRenderer::renderNode(r.cluster, *node));
}

QStringList paths(const QList<RenderedFile> &files)
{
    QStringList result;
    for (const RenderedFile &f : files)
        result << f.relativePath;
    return result;
}
} // namespace

class TestEnvRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rendersOneEnvPerConfiguredNode();
    void stretchHasNoEnvForCommentedFrontend1();
    void dotEnvIsThePrimaryBackendsEnv();
    void scanNodesUseBackend1Env();
    void backendEnvCarriesTopology();
    void frontendAndCoordinatorEnvs();
    void stretchSettings();
    void sameInputSameBytes();
    void addingFrontend3KeepsKafkaIds();
    void ipv6HostPortsAreBracketed();
    void everyLineIsSourceableByBash();
    void everyKeyIsDocumented();
    void aThousandNodesAndNoMore();
};

void TestEnvRenderer::rendersOneEnvPerConfiguredNode()
{
    const ClusterLoader::Result r = load("four-node.conf");
    const QList<RenderedFile> files = EnvRenderer::renderAll(r.cluster, r.document);
    QCOMPARE(paths(files), (QStringList{QStringLiteral("generate_envs/multi_node_config.conf"),
                                        QStringLiteral("generate_envs/generated_envs/env.backend-1"),
                                        QStringLiteral("generate_envs/generated_envs/env.backend-2"),
                                        QStringLiteral("generate_envs/generated_envs/env.frontend-1"),
                                        QStringLiteral("generate_envs/generated_envs/env.frontend-2"), QStringLiteral(".env")}));
    QCOMPARE(files[0].content, r.document.serialize());
}

void TestEnvRenderer::stretchHasNoEnvForCommentedFrontend1()
{
    const ClusterLoader::Result r = load("seven-node-stretch.conf");
    const QStringList files = paths(EnvRenderer::renderAll(r.cluster, r.document));
    QVERIFY(!files.contains(QStringLiteral("generate_envs/generated_envs/env.frontend-1")));
    QVERIFY(files.contains(QStringLiteral("generate_envs/generated_envs/env.coordinator-1")));
    QCOMPARE(files.size(), 1 + 7 + 1);
}

void TestEnvRenderer::dotEnvIsThePrimaryBackendsEnv()
{
    const ClusterLoader::Result r = load("four-node.conf");
    const QList<RenderedFile> files = EnvRenderer::renderAll(r.cluster, r.document);
    QCOMPARE(files.last().relativePath, QStringLiteral(".env"));
    QCOMPARE(files.last().content, files[1].content);
    QCOMPARE(envValues(files.last().content).value(QStringLiteral("NODE_HOSTNAME")), QStringLiteral("backend-1"));
}

void TestEnvRenderer::scanNodesUseBackend1Env()
{
    const ClusterLoader::Result r = load("four-node.conf", {QStringLiteral("scan-1=10.0.3.21")});
    const QStringList files = paths(EnvRenderer::renderAll(r.cluster, r.document));
    QVERIFY(!files.contains(QStringLiteral("generate_envs/generated_envs/env.scan-1")));
    QCOMPARE(EnvRenderer::envFileFor(r.cluster, *r.cluster.findByHostname(QStringLiteral("scan-1"))), QStringLiteral("env.backend-1"));
    QCOMPARE(EnvRenderer::envFileFor(r.cluster, *r.cluster.findByHostname(QStringLiteral("frontend-2"))), QStringLiteral("env.frontend-2"));
}

void TestEnvRenderer::backendEnvCarriesTopology()
{
    const ClusterLoader::Result r = load("four-node.conf");
    const QMap<QString, QString> env = envOf(r, QStringLiteral("backend-2"));
    QCOMPARE(env.value(QStringLiteral("NODE_PROFILE")), QStringLiteral("FULL_BACKEND"));
    QCOMPARE(env.value(QStringLiteral("NODE_PRIVATE_IP")), QStringLiteral("10.0.1.12"));
    QCOMPARE(env.value(QStringLiteral("NODE_SERVICES")),
             QStringLiteral("mongodb opensearch kafka scheduler analytics-manager ingestion indexing sm haproxy"));
    QCOMPARE(env.value(QStringLiteral("ANALYTICS_FQDN")), QStringLiteral("agilesec.kf-agilesec.com"));
    QCOMPARE(env.value(QStringLiteral("FRONTEND_PORT")), QStringLiteral("8443"));
    QCOMPARE(env.value(QStringLiteral("MONGODB_ROLE")), QStringLiteral("secondary"));
    QCOMPARE(env.value(QStringLiteral("MONGODB_MEMBERS")), QStringLiteral("10.0.1.11:27017,10.0.1.12:27017"));
    QCOMPARE(env.value(QStringLiteral("MONGODB_ARBITER")), QStringLiteral("10.0.2.21:27017"));
    QCOMPARE(env.value(QStringLiteral("KAFKA_NODE_ID")), QStringLiteral("2"));
    QCOMPARE(env.value(QStringLiteral("KAFKA_PROCESS_ROLES")), QStringLiteral("broker,controller"));
    QCOMPARE(env.value(QStringLiteral("KAFKA_CONTROLLER_QUORUM_VOTERS")), QStringLiteral("1@10.0.1.11:9094,2@10.0.1.12:9094,101@10.0.2.21:9094"));
    QCOMPARE(env.value(QStringLiteral("KAFKA_BOOTSTRAP_SERVERS")), QStringLiteral("10.0.1.11:9093,10.0.1.12:9093"));
    QCOMPARE(env.value(QStringLiteral("KAFKA_DEFAULT_REPLICATION_FACTOR")), QStringLiteral("2"));
    QCOMPARE(env.value(QStringLiteral("KAFKA_MIN_INSYNC_REPLICAS")), QStringLiteral("1"));
    QCOMPARE(env.value(QStringLiteral("OPENSEARCH_NODE_ROLES")), QStringLiteral("cluster_manager,data,ingest"));
    QCOMPARE(env.value(QStringLiteral("OPENSEARCH_CLUSTER_MANAGER_NODES")), QStringLiteral("backend-1,backend-2,frontend-1"));
    QCOMPARE(env.value(QStringLiteral("OPENSEARCH_SEED_HOSTS")), QStringLiteral("10.0.1.11:9300,10.0.1.12:9300,10.0.2.21:9300"));
    QCOMPARE(env.value(QStringLiteral("TLS_NODE_CERT")), QStringLiteral("certificates/nodes/backend-2-cert.pem"));
    QCOMPARE(env.value(QStringLiteral("TLS_WEB_CERT")), QString());
    QCOMPARE(envOf(r, QStringLiteral("backend-1")).value(QStringLiteral("MONGODB_ROLE")), QStringLiteral("primary"));
}

void TestEnvRenderer::frontendAndCoordinatorEnvs()
{
    const ClusterLoader::Result four = load("four-node.conf");
    const QMap<QString, QString> pf = envOf(four, QStringLiteral("frontend-1"));
    QCOMPARE(pf.value(QStringLiteral("NODE_SERVICES")), QStringLiteral("mongodb opensearch kafka sm api webui opensearch-dashboards cbom haproxy"));
    QCOMPARE(pf.value(QStringLiteral("MONGODB_ROLE")), QStringLiteral("arbiter"));
    QCOMPARE(pf.value(QStringLiteral("KAFKA_PROCESS_ROLES")), QStringLiteral("controller"));
    QCOMPARE(pf.value(QStringLiteral("KAFKA_NODE_ID")), QStringLiteral("101"));
    QCOMPARE(pf.value(QStringLiteral("TLS_WEB_CERT")), QStringLiteral("certificates/web/frontend-1-web-cert.pem"));
    const QMap<QString, QString> af = envOf(four, QStringLiteral("frontend-2"));
    QCOMPARE(af.value(QStringLiteral("NODE_SERVICES")), QStringLiteral("sm api webui opensearch-dashboards cbom haproxy"));
    QCOMPARE(af.value(QStringLiteral("KAFKA_NODE_ID")), QString());
    QCOMPARE(af.value(QStringLiteral("KAFKA_PROCESS_ROLES")), QString());
    QCOMPARE(af.value(QStringLiteral("MONGODB_ROLE")), QStringLiteral("none"));
    QCOMPARE(af.value(QStringLiteral("OPENSEARCH_NODE_ROLES")), QString());

    const ClusterLoader::Result stretch = load("seven-node-stretch.conf");
    const QMap<QString, QString> co = envOf(stretch, QStringLiteral("coordinator-1"));
    QCOMPARE(co.value(QStringLiteral("NODE_SERVICES")), QStringLiteral("mongodb opensearch kafka"));
    QCOMPARE(co.value(QStringLiteral("KAFKA_NODE_ID")), QStringLiteral("201"));
    QCOMPARE(co.value(QStringLiteral("KAFKA_PROCESS_ROLES")), QStringLiteral("controller"));
    QCOMPARE(co.value(QStringLiteral("OPENSEARCH_NODE_ROLES")), QStringLiteral("cluster_manager"));
    QCOMPARE(co.value(QStringLiteral("MONGODB_ROLE")), QStringLiteral("arbiter"));
    QCOMPARE(co.value(QStringLiteral("QUORUM_NODE_HOSTNAME")), QStringLiteral("coordinator-1"));
}

void TestEnvRenderer::stretchSettings()
{
    const ClusterLoader::Result r = load("seven-node-stretch.conf");
    const QMap<QString, QString> env = envOf(r, QStringLiteral("backend-3"));
    QCOMPARE(env.value(QStringLiteral("OPENSEARCH_INDEX_NUMBER_OF_SHARDS")), QStringLiteral("4"));
    QCOMPARE(env.value(QStringLiteral("OPENSEARCH_INDEX_NUMBER_OF_REPLICAS")), QStringLiteral("3"));
    QCOMPARE(env.value(QStringLiteral("OPENSEARCH_NODE_ATTR_ZONE")), QStringLiteral("us-west-2b"));
    QCOMPARE(env.value(QStringLiteral("OPENSEARCH_AWARENESS_ATTRIBUTES")), QStringLiteral("zone"));
    // The guide: Kafka replication factor = number of backends; writes must survive losing a whole AZ (2 backends).
    QCOMPARE(env.value(QStringLiteral("KAFKA_DEFAULT_REPLICATION_FACTOR")), QStringLiteral("4"));
    QCOMPARE(env.value(QStringLiteral("KAFKA_MIN_INSYNC_REPLICAS")), QStringLiteral("2"));
    QCOMPARE(env.value(QStringLiteral("KAFKA_CONTROLLER_QUORUM_VOTERS")),
             QStringLiteral("1@10.1.1.11:9094,2@10.1.1.12:9094,3@10.2.1.13:9094,4@10.2.1.14:9094,201@10.2.9.31:9094"));
    QCOMPARE(env.value(QStringLiteral("CLUSTER_FRONTEND_HOSTNAMES")), QStringLiteral("frontend-2,frontend-3"));
}

void TestEnvRenderer::sameInputSameBytes()
{
    const ClusterLoader::Result a = load("seven-node-stretch.conf");
    const ClusterLoader::Result b = load("seven-node-stretch.conf");
    const QList<RenderedFile> first = EnvRenderer::renderAll(a.cluster, a.document);
    const QList<RenderedFile> second = EnvRenderer::renderAll(b.cluster, b.document);
    QCOMPARE(first.size(), second.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        QCOMPARE(first[i].relativePath, second[i].relativePath);
        QCOMPARE(first[i].content, second[i].content);
    }
}

void TestEnvRenderer::addingFrontend3KeepsKafkaIds()
{
    const ClusterLoader::Result before = load("four-node.conf");
    const ClusterLoader::Result after =
        ClusterLoader::loadData(TestFiles::read(QStringLiteral(TEST_DATA_DIR "/four-node-plus-frontend3.conf")), QStringLiteral("plus"));
    QVERIFY(after.ok());
    for (const QString &host : {QStringLiteral("backend-1"), QStringLiteral("backend-2"), QStringLiteral("frontend-1")}) {
        QCOMPARE(envOf(after, host).value(QStringLiteral("KAFKA_NODE_ID")), envOf(before, host).value(QStringLiteral("KAFKA_NODE_ID")));
        QCOMPARE(envOf(after, host).value(QStringLiteral("KAFKA_CONTROLLER_QUORUM_VOTERS")),
                 envOf(before, host).value(QStringLiteral("KAFKA_CONTROLLER_QUORUM_VOTERS")));
    }
    QCOMPARE(envOf(after, QStringLiteral("backend-1")).value(QStringLiteral("CLUSTER_FRONTEND_IPS")),
             QStringLiteral("10.0.2.21,10.0.2.22,10.0.2.23"));
}

void TestEnvRenderer::ipv6HostPortsAreBracketed()
{
    QByteArray text = TestFiles::read(QStringLiteral(EXAMPLES_DIR "/four-node.conf"));
    text.replace("\"10.0.1.12\"", "\"fd00:10::12\"");
    const ClusterLoader::Result r = ClusterLoader::loadData(text, QStringLiteral("v6"));
    QVERIFY(r.ok());
    const QMap<QString, QString> env = envOf(r, QStringLiteral("backend-1"));
    QCOMPARE(env.value(QStringLiteral("MONGODB_MEMBERS")), QStringLiteral("10.0.1.11:27017,[fd00:10::12]:27017"));
    QVERIFY(env.value(QStringLiteral("KAFKA_CONTROLLER_QUORUM_VOTERS")).contains(QStringLiteral("2@[fd00:10::12]:9094")));
}

void TestEnvRenderer::everyLineIsSourceableByBash()
{
    const ClusterLoader::Result r = load("seven-node-stretch.conf");
    QTemporaryDir dir;
    for (const Node &node : r.cluster.nodes) {
        const QByteArray env = EnvRenderer::renderNode(r.cluster, node);
        QList<Diagnostic> diagnostics;
        ConfigDocument::parse(env, &diagnostics);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).format()));
        const QString path = dir.filePath(QStringLiteral("env.") + node.hostname);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(env);
        f.close();
        QProcess bash;
        bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("set -eu; . \"$1\"; printf '%s|%s' \"$NODE_HOSTNAME\" \"$KAFKA_CONTROLLER_QUORUM_VOTERS\""),
                                            QStringLiteral("bash"), path});
        QVERIFY(bash.waitForFinished());
        QCOMPARE(bash.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(bash.readAllStandardOutput()),
                 node.hostname + QLatin1Char('|') + envValues(env).value(QStringLiteral("KAFKA_CONTROLLER_QUORUM_VOTERS")));
    }
}

void TestEnvRenderer::everyKeyIsDocumented()
{
    const QString doc = QString::fromUtf8(TestFiles::read(QStringLiteral(DOCS_DIR "/env-format.md")));
    const ClusterLoader::Result r = load("seven-node-stretch.conf");
    for (const QString &key : envValues(EnvRenderer::renderNode(r.cluster, r.cluster.nodes.first())).keys())
        QVERIFY2(doc.contains(QStringLiteral("`") + key + QStringLiteral("`")), qPrintable(key + QStringLiteral(" is not in docs/env-format.md")));
}

QTEST_GUILESS_MAIN(TestEnvRenderer)
void TestEnvRenderer::aThousandNodesAndNoMore()
{
    // The documented limit (ClusterLoader::kMaxNodes): rendered at it, refused above it with the
    // count, and nothing read beyond. bench/run.sh render measures the time.
    const auto config = [](int nodes) {
        QByteArray text = "analytics_hostname=\"a\"\nanalytics_domain=\"b.internal\"\n"
                          "backend1_private_ip=\"10.0.1.1\"\nbackend1_node_hostname=\"backend-1\"\nbackend1_node_profile=\"PRIMARY_FULL_BACKEND\"\n"
                          "backend2_private_ip=\"10.0.1.2\"\nbackend2_node_hostname=\"backend-2\"\nbackend2_node_profile=\"FULL_BACKEND\"\n";
        for (int i = 1; i <= nodes - 2; ++i)
            text += QStringLiteral("frontend%1_private_ip=\"10.2.%2.%3\"\nfrontend%1_node_hostname=\"frontend-%1\"\nfrontend%1_node_profile=\"%4\"\n")
                        .arg(i)
                        .arg(i / 250)
                        .arg(i % 250 + 1)
                        .arg(i == 1 ? QStringLiteral("PRIMARY_FRONTEND") : QStringLiteral("ADDITIONAL_FRONTEND"))
                        .toUtf8();
        return text;
    };
    const ClusterLoader::Result atLimit = ClusterLoader::loadData(config(ClusterLoader::kMaxNodes), QStringLiteral("big.conf"));
    QVERIFY(atLimit.ok());
    const QList<RenderedFile> files = EnvRenderer::renderAll(atLimit.cluster, atLimit.document);
    QCOMPARE(files.size(), ClusterLoader::kMaxNodes + 2); // the config, every env file, .env
    QVERIFY(files.last().content.contains("CLUSTER_FRONTEND_HOSTNAMES=\"frontend-1,frontend-2,"));
    QCOMPARE(files.last().content, EnvRenderer::renderNode(atLimit.cluster, *atLimit.cluster.primaryBackend()));
    const ClusterLoader::Result above = ClusterLoader::loadData(config(ClusterLoader::kMaxNodes + 1), QStringLiteral("big.conf"));
    QVERIFY(!above.ok());
    QVERIFY(above.cluster.nodes.isEmpty());
    QCOMPARE(above.diagnostics.last().message,
             QStringLiteral("the cluster has 1001 nodes; the installer takes at most 1000 (each node's env file lists every frontend, so the files "
                            "grow with the square of the count)"));
}

#include "tst_envrenderer.moc"
