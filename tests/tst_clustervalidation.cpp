#include "config/ClusterLoader.h"
#include "core/SiteFailureAnalysis.h"
#include "TestFiles.h"

#include <QFile>
#include <QtTest>

namespace {
QByteArray example(const char *name)
{
    return TestFiles::example(QLatin1String(name));
}

// Mutations fail loudly when they do not apply, so a case can never test the unmodified file.
QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    if (!text.contains(from))
        qFatal("mutation does not apply: %s", from.constData());
    return text.replace(from, to);
}

// Removes every line starting with lineStart.
QByteArray withoutLine(const QByteArray &text, const QByteArray &lineStart)
{
    QList<QByteArray> lines = text.split('\n');
    const qsizetype before = lines.size();
    lines.removeIf([&](const QByteArray &l) { return l.startsWith(lineStart); });
    if (lines.size() == before)
        qFatal("no line starts with %s", lineStart.constData());
    return lines.join('\n');
}

int lineContaining(const QByteArray &text, const QByteArray &marker)
{
    if (marker.isEmpty())
        return 0;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(marker))
            return i + 1;
    }
    qFatal("marker %s not in input", marker.constData());
}

QString describe(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.format();
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestClusterValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void examplesAreValid_data();
    void examplesAreValid();
    void badInput_data();
    void badInput();
    void errorsNameFileAndLine();
    void seedStretchSurvivesEachSiteLoss();
    void quorumVotersAreBackendsPlusQuorumNode();
    void scanNodesAreTrackedButHaveNoBlock();
    void ipv6IsAccepted();
    void aHugeValueIsQuotedOnceAndShort();
};

void TestClusterValidation::examplesAreValid_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("voters");
    QTest::newRow("3-node") << example("three-node.conf") << 3 << 3;
    QTest::newRow("4-node") << example("four-node.conf") << 4 << 3;
    QFile plus(QStringLiteral(TEST_DATA_DIR "/four-node-plus-frontend3.conf"));
    QVERIFY(plus.open(QIODevice::ReadOnly));
    QTest::newRow("4-node + frontend-3") << plus.readAll() << 5 << 3;
    QTest::newRow("7-node stretch") << example("seven-node-stretch.conf") << 7 << 5;
}

void TestClusterValidation::examplesAreValid()
{
    QFETCH(QByteArray, input);
    QFETCH(int, nodes);
    QFETCH(int, voters);
    const ClusterLoader::Result r = ClusterLoader::loadData(input, QStringLiteral("example.conf"));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describe(r.diagnostics)));
    QCOMPARE(r.cluster.nodes.size(), nodes);
    QCOMPARE(r.cluster.quorumVoters().size(), voters);
}

namespace {
// One row: the input, the scan nodes, error or warning, the text on the line the message must
// point at (empty: no line), the message.
void add(const char *name, const QByteArray &input, bool isError, const QByteArray &marker, const QString &message, const QStringList &scan = {})
{
    QTest::newRow(name) << input << scan << isError << marker << message;
}

// Addresses, names, values and the topology's rules.
void addValueRows(const QByteArray &four, const QByteArray &stretch)
{
    // Addresses and names
    add("ip octet out of range", replaced(four, "\"10.0.1.12\"", "\"10.0.1.256\""), true, "backend2_private_ip",
        "backend-2 (backend2): private IP '10.0.1.256' is not an IPv4 or IPv6 address");
    add("ip is a name", replaced(four, "\"10.0.2.22\"", "\"frontend-2.local\""), true, "frontend2_private_ip",
        "'frontend-2.local' is not an IPv4 or IPv6 address");
    add("ip shorthand", replaced(four, "\"10.0.2.22\"", "\"10.1\""), true, "frontend2_private_ip", "'10.1' is not an IPv4 or IPv6 address");
    add("ipv6 garbage", replaced(four, "\"10.0.2.22\"", "\"fd00::zz\""), true, "frontend2_private_ip", "'fd00::zz' is not an IPv4 or IPv6");
    add("ip unspecified", replaced(four, "\"10.0.2.22\"", "\"0.0.0.0\""), true, "frontend2_private_ip", "is the unspecified address");
    add("ip multicast", replaced(four, "\"10.0.2.22\"", "\"224.0.0.5\""), true, "frontend2_private_ip", "is a multicast or broadcast address");
    add("hostname underscore", replaced(four, "\"backend-2\"", "\"backend_2\""), true, "backend2_node_hostname",
        "'backend_2' is not a valid host name");
    add("hostname leading hyphen", replaced(four, "\"backend-2\"", "\"-backend2\""), true, "backend2_node_hostname",
        "not starting or ending with '-' (RFC 1123)");
    add("hostname label too long", replaced(four, "\"backend-2\"", "\"" + QByteArray(64, 'b') + "\""), true, "backend2_node_hostname",
        "has a label longer than 63 characters");
    add("hostname empty label", replaced(four, "\"backend-2\"", "\"backend..2\""), true, "backend2_node_hostname", "has an empty label");
    add("duplicate ip", replaced(four, "frontend2_private_ip=\"10.0.2.22\"", "frontend2_private_ip=\"10.0.2.21\""), true,
        "frontend2_private_ip", "private IP 10.0.2.21 is already used by frontend-1 (frontend1)");
    add("duplicate hostname, other case", replaced(four, "\"frontend-2\"", "\"FRONTEND-1\""), true, "frontend2_node_hostname",
        "host name FRONTEND-1 is already used by frontend-1 (frontend1)");
    add("hostname without ip", withoutLine(four, "frontend2_private_ip"), true, "frontend2_node_hostname",
        "frontend2 has a host name (frontend-2) but no IP; set frontend2_private_ip or comment out the block");
    add("ip without hostname", withoutLine(four, "frontend2_node_hostname"), true, "frontend2_private_ip",
        "frontend2 has an IP (10.0.2.22) but no host name");
    add("missing profile", withoutLine(four, "frontend2_node_profile"), true, "frontend2_node_hostname",
        "frontend2 (frontend-2) has no profile; set frontend2_node_profile to one of PRIMARY_FULL_BACKEND, FULL_BACKEND");
    add("unknown profile", replaced(four, "backend2_node_profile=\"FULL_BACKEND\"", "backend2_node_profile=\"BACKEND\""), true,
        "backend2_node_profile", "backend2 (backend-2) has the unknown profile 'BACKEND'; expected one of");
    add("scan profile in config", replaced(four, "backend2_node_profile=\"FULL_BACKEND\"", "backend2_node_profile=\"SCAN\""), true,
        "backend2_node_profile", "has the unknown profile 'SCAN'");

    // Profiles
    add("no primary backend", replaced(four, "\"PRIMARY_FULL_BACKEND\"", "\"FULL_BACKEND\""), true, "",
        "no node has the profile PRIMARY_FULL_BACKEND; exactly one is required");
    add("two primary backends", replaced(four, "backend2_node_profile=\"FULL_BACKEND\"", "backend2_node_profile=\"PRIMARY_FULL_BACKEND\""),
        true, "backend2_node_profile", "backend-2 (backend2) is a second PRIMARY_FULL_BACKEND (backend-1 is the first)");
    add("primary frontend and coordinator",
        four + "coordinator1_private_ip=\"10.0.9.31\"\ncoordinator1_node_hostname=\"coordinator-1\"\ncoordinator1_node_profile=\"COORDINATOR\"\n",
        true, "coordinator1_node_profile", "is a COORDINATOR and frontend-1 is a PRIMARY_FRONTEND; they are mutually exclusive");
    add("two primary frontends",
        replaced(four, "frontend2_node_profile=\"ADDITIONAL_FRONTEND\"", "frontend2_node_profile=\"PRIMARY_FRONTEND\""), true,
        "frontend2_node_profile", "frontend-2 (frontend2) is a second PRIMARY_FRONTEND (frontend-1 is the first)");
    add("two coordinators",
        stretch + "coordinator2_private_ip=\"10.2.9.32\"\ncoordinator2_node_hostname=\"coordinator-2\"\ncoordinator2_node_profile=\"COORDINATOR\"\n"
                  "coordinator2_node_site=\"us-west-2a\"\n",
        true, "coordinator2_node_profile", "coordinator-2 (coordinator2) is a second COORDINATOR (coordinator-1 is the first)");
    add("no frontend",
        withoutLine(withoutLine(four, "frontend1_"), "frontend2_"),
        true, "", "no frontend: at least one PRIMARY_FRONTEND or ADDITIONAL_FRONTEND is required");

    // Settings
    add("port zero", replaced(four, "frontend_port=\"8443\"", "frontend_port=\"0\""), true, "frontend_port",
        "frontend_port is 0; expected a TCP port from 1 to 65535");
    add("port too large", replaced(four, "frontend_port=\"8443\"", "frontend_port=70000"), true, "frontend_port",
        "frontend_port is 70000; expected a TCP port from 1 to 65535");
    add("port not a number", replaced(four, "frontend_port=\"8443\"", "frontend_port=\"https\""), true, "frontend_port",
        "frontend_port is 'https'; expected a whole number");
    add("fqdn invalid domain", replaced(four, "\"kf-agilesec.com\"", "\"kf_agilesec.com\""), true, "analytics_domain=",
        "the external FQDN (analytics_hostname.analytics_domain) is invalid: 'agilesec.kf_agilesec.com' is not a valid host name");
    add("fqdn without domain", replaced(four, "analytics_domain=\"kf-agilesec.com\"", "analytics_domain=\"\""), true, "analytics_domain=",
        "'agilesec' is not fully qualified");
    add("fqdn numeric top label", replaced(four, "\"kf-agilesec.com\"", "\"10.0.0\""), true, "analytics_domain=",
        "has a numeric top-level label");
    add("analytics_hostname missing", withoutLine(four, "analytics_hostname"), true, "", "analytics_hostname is not set");
    add("analytics_hostname with a dot", replaced(four, "analytics_hostname=\"agilesec\"", "analytics_hostname=\"agilesec.kf\""), true,
        "analytics_hostname=", "analytics_hostname 'agilesec.kf' contains a dot");
    add("shards negative", replaced(four, "shards=1", "shards=-1"), true, "opensearch_index_number_of_shards",
        "opensearch_index_number_of_shards is -1; expected a whole number of at least 1");
    add("shards zero", replaced(four, "shards=1", "shards=0"), true, "opensearch_index_number_of_shards",
        "opensearch_index_number_of_shards is 0; expected a whole number of at least 1");
    add("replicas not a number", replaced(four, "replicas=1", "replicas=\"one\""), true, "opensearch_index_number_of_replicas",
        "opensearch_index_number_of_replicas is 'one'; expected a whole number");
    add("replicas negative", replaced(four, "replicas=1", "replicas=-3"), true, "opensearch_index_number_of_replicas",
        "opensearch_index_number_of_replicas is -3; expected a whole number of at least 0");
    add("replicas above data nodes - 1", replaced(four, "replicas=1", "replicas=2"), true, "opensearch_index_number_of_replicas",
        "opensearch_index_number_of_replicas is 2 but there are only 2 data node(s) (backends); a replica needs its own node, so expected at most 1");
    add("stretch site loss breaks quorum", replaced(stretch, "coordinator1_node_site=\"us-west-2a\"", "coordinator1_node_site=\"us-west-1a\""),
        true, "", "stretch cluster: losing site us-west-1a (backend-1, backend-2, coordinator-1) leaves 2 of 5 quorum voters, below the majority of 3");
    add("two sites, no tie-breaker site", replaced(replaced(stretch, "coordinator1_node_site=\"us-west-2a\"", "coordinator1_node_site=\"us-west-2b\""),
                                                   "frontend2_node_site=\"us-west-1a\"", "frontend2_node_site=\"us-west-1a\""),
        true, "", "losing site us-west-2b (backend-3, backend-4, coordinator-1) leaves 2 of 5 quorum voters");

}

// Syntax, scan nodes from the command line, and warnings.
void addSyntaxAndWarningRows(const QByteArray &four, const QByteArray &stretch)
{
    // Syntax: each rejected with its line and reason
    add("unterminated quote", replaced(four, "backend2_private_ip=\"10.0.1.12\"", "backend2_private_ip=\"10.0.1.12"), true,
        "backend2_private_ip", "unterminated quote in the value of backend2_private_ip");
    add("space before =", replaced(four, "backend2_private_ip=\"10.0.1.12\"", "backend2_private_ip =\"10.0.1.12\""), true,
        "backend2_private_ip", "space before '=' in 'backend2_private_ip'");
    add("space after =", replaced(four, "backend2_private_ip=\"10.0.1.12\"", "backend2_private_ip= \"10.0.1.12\""), true,
        "backend2_private_ip", "space after '=' for backend2_private_ip");
    add("not an assignment", replaced(four, "# Node private IPs", "Node private IPs"), true, "Node private IPs",
        "expected key=\"value\", a comment starting with '#', or a blank line");
    add("dollar expansion", replaced(four, "\"mail.internal\"", "\"$MAIL_HOST\""), true, "smtp_relay_host",
        "the value of smtp_relay_host contains '$'; shell expansions and escapes are not allowed");
    add("backtick", replaced(four, "\"mail.internal\"", "\"`hostname`\""), true, "smtp_relay_host", "contains '`'");
    add("backslash", replaced(four, "\"mail.internal\"", "\"mail\\\\internal\""), true, "smtp_relay_host", "contains '\\'");
    add("duplicate key", four + "backend2_private_ip=\"10.0.1.13\"\n", true, "backend2_private_ip=\"10.0.1.13\"",
        "duplicate key backend2_private_ip (first set on line 12)");
    add("single quotes", replaced(four, "analytics_domain=\"kf-agilesec.com\"", "analytics_domain='kf-agilesec.com'"), true,
        "analytics_domain=", "single-quoted value for analytics_domain; write analytics_domain=\"value\"");
    add("unquoted value with a space", replaced(four, "smtp_relay_host=\"mail.internal\"", "smtp_relay_host=mail internal"), true,
        "smtp_relay_host", "unexpected text 'internal   # used by notifications' after the value of smtp_relay_host");
    add("text after closing quote", replaced(four, "analytics_hostname=\"agilesec\"", "analytics_hostname=\"agilesec\"x"), true,
        "analytics_hostname=", "unexpected text 'x' after the value of analytics_hostname");
    add("comment glued to value", replaced(four, "analytics_hostname=\"agilesec\"", "analytics_hostname=\"agilesec\"#x"), true,
        "analytics_hostname=", "a comment must be separated from the value of analytics_hostname by a space");
    add("invalid key name", four + "1backend_private_ip=\"10.0.1.14\"\n", true, "1backend_private_ip",
        "invalid key name '1backend_private_ip'");
    add("export", four + "export TZ=\"UTC\"\n", true, "export TZ", "'export' is not supported");
    add("unquoted shell metacharacter", four + "extra=a;b\n", true, "extra=a;b", "the unquoted value of extra contains a character the shell would interpret");
    add("not utf-8", four + "note=\"\xff\xfe\"\n", true, "", "the file is not valid UTF-8 text");

    // Scan nodes given on the command line
    add("scan node without ip", four, true, "", "scan node 'scan-1': expected HOSTNAME=IP or HOSTNAME=IP@SITE", {QStringLiteral("scan-1")});
    add("scan node bad ip", four, true, "", "scan-1: private IP '10.0.3.300' is not an IPv4 or IPv6 address", {QStringLiteral("scan-1=10.0.3.300")});
    add("scan node reuses an ip", four, true, "", "scan-1: private IP 10.0.1.11 is already used by backend-1 (backend1)",
        {QStringLiteral("scan-1=10.0.1.11")});

    // Warnings: they inform, they do not block
    add("one backend", replaced(withoutLine(four, "backend2_"), "replicas=1", "replicas=0"),
        false, "", "only one backend (backend-1): this is not highly available");
    add("even voter count", four + "backend3_private_ip=\"10.0.1.13\"\nbackend3_node_hostname=\"backend-3\"\nbackend3_node_profile=\"FULL_BACKEND\"\n",
        false, "", "4 quorum voters (backend-1, backend-2, backend-3, frontend-1): an even count needs 3 for a majority, so it survives only 1");
    add("no quorum node", replaced(four, "\"PRIMARY_FRONTEND\"", "\"ADDITIONAL_FRONTEND\""), false, "",
        "no PRIMARY_FRONTEND or COORDINATOR: the quorum has only the 2 backends and no tie-breaker");
    add("replicas too low for a site loss", replaced(stretch, "replicas=3", "replicas=1"), false, "opensearch_index_number_of_replicas",
        "losing site us-west-1a removes 2 of 4 data nodes, and with opensearch_index_number_of_replicas=1 a shard can lose every copy");
    add("some nodes without site", four + "backend1_node_site=\"dc-1\"\n", false, "backend2_node_hostname",
        "3 node(s) have no site while others do (backend-2, frontend-1, frontend-2)");
    add("profile in the wrong block family", replaced(four, "frontend2_node_profile=\"ADDITIONAL_FRONTEND\"", "frontend2_node_profile=\"FULL_BACKEND\""),
        false, "frontend2_node_profile", "frontend2 (frontend-2) is a frontend block but has the profile FULL_BACKEND");
    add("unknown node block", four + "scan1_private_ip=\"10.0.3.21\"\n", false, "scan1_private_ip",
        "unknown node block 'scan1' is ignored; node blocks are backendN, frontendN or coordinatorN");
    add("site loss leaves no frontend", replaced(stretch, "frontend3_node_site=\"us-west-2b\"", "frontend3_node_site=\"us-west-1a\""), false, "",
        "stretch cluster: losing site us-west-1a leaves no frontend");
}
} // namespace

void TestClusterValidation::badInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("scanNodes");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QByteArray>("lineMarker"); // text on the line the message must point at; empty: no line
    QTest::addColumn<QString>("message");
    const QByteArray four = example("four-node.conf");
    const QByteArray stretch = example("seven-node-stretch.conf");
    addValueRows(four, stretch);
    addSyntaxAndWarningRows(four, stretch);
}

void TestClusterValidation::badInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, scanNodes);
    QFETCH(bool, isError);
    QFETCH(QByteArray, lineMarker);
    QFETCH(QString, message);
    const ClusterLoader::Result r = ClusterLoader::loadData(input, QStringLiteral("cluster.conf"), scanNodes);
    const int expectedLine = lineContaining(input, lineMarker);
    bool found = false;
    for (const Diagnostic &d : r.diagnostics) {
        if (d.message.contains(message) && d.isError() == isError && d.line == expectedLine
            // A --scan-node argument is not part of the file, so its syntax error names no file.
            && (d.file == QLatin1String("cluster.conf") || d.key == QLatin1String("--scan-node")))
            found = true;
    }
    QVERIFY2(found, qPrintable(QStringLiteral("expected %1 at line %2 containing:\n  %3\ngot:\n%4")
                                   .arg(isError ? QStringLiteral("an error") : QStringLiteral("a warning"))
                                   .arg(expectedLine)
                                   .arg(message, describe(r.diagnostics))));
    QCOMPARE(r.ok(), !isError && !Diagnostic::hasErrors(r.diagnostics));
    if (isError)
        QVERIFY(!r.ok());
}

void TestClusterValidation::errorsNameFileAndLine()
{
    const QByteArray input = replaced(example("four-node.conf"), "\"10.0.1.12\"", "\"10.0.1.256\"");
    const ClusterLoader::Result r = ClusterLoader::loadData(input, QStringLiteral("generate_envs/multi_node_config.conf"));
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics[0].format(),
             QStringLiteral("generate_envs/multi_node_config.conf:12: error: backend-2 (backend2): private IP '10.0.1.256' is not an IPv4 or "
                            "IPv6 address (expected e.g. 10.0.1.12 or fd00::12)"));
    QCOMPARE(r.diagnostics[0].node, QStringLiteral("backend-2"));
    QCOMPARE(r.diagnostics[0].key, QStringLiteral("backend2_private_ip"));
}

void TestClusterValidation::seedStretchSurvivesEachSiteLoss()
{
    // The guide: "if us-west-1a fails ... the surviving nodes ... retain 3 of 5 quorum voters".
    const ClusterLoader::Result r = ClusterLoader::loadData(example("seven-node-stretch.conf"), QStringLiteral("stretch"));
    const QList<SiteOutcome> outcomes = SiteFailureAnalysis::analyze(r.cluster);
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes[0].site, QStringLiteral("us-west-1a"));
    QCOMPARE(outcomes[0].votersRemaining, 3);
    QCOMPARE(outcomes[0].votersTotal, 5);
    QCOMPARE(outcomes[0].majority, 3);
    QVERIFY(outcomes[0].quorumSurvives);
    QCOMPARE(outcomes[0].nodesLost, (QStringList{QStringLiteral("backend-1"), QStringLiteral("backend-2"), QStringLiteral("frontend-2")}));
    QVERIFY(outcomes[0].everyShardKeepsACopy);
    QCOMPARE(outcomes[0].frontendsRemaining, 1);
    QCOMPARE(outcomes[2].site, QStringLiteral("us-west-2a"));
    QCOMPARE(outcomes[2].votersRemaining, 4);
}

void TestClusterValidation::quorumVotersAreBackendsPlusQuorumNode()
{
    const ClusterLoader::Result four = ClusterLoader::loadData(example("four-node.conf"), QStringLiteral("four"));
    QStringList names;
    for (const Node &n : four.cluster.quorumVoters())
        names << n.hostname;
    QCOMPARE(names, (QStringList{QStringLiteral("backend-1"), QStringLiteral("backend-2"), QStringLiteral("frontend-1")}));
}

void TestClusterValidation::scanNodesAreTrackedButHaveNoBlock()
{
    const ClusterLoader::Result r = ClusterLoader::loadData(example("four-node.conf"), QStringLiteral("four"), {QStringLiteral("scan-1=10.0.3.21@dc-1")});
    QCOMPARE(r.cluster.scanNodes().size(), 1);
    QCOMPARE(r.cluster.scanNodes()[0].site, QStringLiteral("dc-1"));
    QVERIFY(r.cluster.scanNodes()[0].blockPrefix.isEmpty());
    for (const Node &voter : r.cluster.quorumVoters())
        QVERIFY(voter.hostname != QLatin1String("scan-1"));
    QCOMPARE(r.cluster.quorumVoters().size(), 3);
    QCOMPARE(r.cluster.nodes.size(), 5);
}

void TestClusterValidation::ipv6IsAccepted()
{
    const QByteArray input = replaced(example("four-node.conf"), "\"10.0.2.22\"", "\"fd00:10::22\"");
    const ClusterLoader::Result r = ClusterLoader::loadData(input, QStringLiteral("v6"));
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
}

void TestClusterValidation::aHugeValueIsQuotedOnceAndShort()
{
    // A 1 MB host name: one error, with its length and its first characters, not the value
    // echoed by every later message about the node.
    QByteArray input = example("four-node.conf");
    input.replace("backend2_node_hostname=\"backend-2\"", "backend2_node_hostname=\"" + QByteArray(1 << 20, 'a') + '"');
    const ClusterLoader::Result r = ClusterLoader::loadData(input, QStringLiteral("big.conf"));
    QVERIFY(!r.ok());
    const QString all = describe(r.diagnostics);
    QVERIFY2(all.size() < 2000, qPrintable(all.left(2000)));
    QVERIFY2(all.contains(QStringLiteral("backend2_node_hostname is 1048576 characters long: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa... (1048576 characters)'; "
                                         "expected at most 253")),
             qPrintable(all));
    QVERIFY2(all.count(QStringLiteral("(1048576 characters)")) == 1 && !all.contains(QString(41, QLatin1Char('a'))), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestClusterValidation)
#include "tst_clustervalidation.moc"
