#include "config/ClusterLoader.h"
#include "config/ClusterReader.h"
#include "config/ClusterWriter.h"
#include "config/ConfigDocument.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QtTest>

namespace {
ConfigDocument parseClean(const QByteArray &data)
{
    QList<Diagnostic> diagnostics;
    ConfigDocument doc = ConfigDocument::parse(data, &diagnostics);
    if (!diagnostics.isEmpty())
        qWarning() << diagnostics.first().format();
    return doc;
}

// Lines of b that are not in a, and the reverse: what an edit changed.
QStringList changedLines(const QByteArray &before, const QByteArray &after)
{
    const QStringList a = QString::fromUtf8(before).split(QLatin1Char('\n'));
    const QStringList b = QString::fromUtf8(after).split(QLatin1Char('\n'));
    QStringList diff;
    for (const QString &line : b) {
        if (!a.contains(line))
            diff << QStringLiteral("+") + line;
    }
    for (const QString &line : a) {
        if (!b.contains(line))
            diff << QStringLiteral("-") + line;
    }
    return diff;
}
} // namespace

class TestConfigDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripsFilesByteForByte_data();
    void roundTripsFilesByteForByte();
    void keepsCrlfAndMissingFinalNewline();
    void bomAndLoneCrAreNamed();
    void classifiesLines();
    void readsUnquotedAndCommentedValues();
    void writerLeavesUnchangedModelByteIdentical_data();
    void writerLeavesUnchangedModelByteIdentical();
    void addsFrontend3AsANewBlock();
    void reEnablesCommentedTemplateBlockForFrontend2();
    void commentsOutFrontend1ForCoordinator();
    void setReplicasChangesOnlyThatLine();
    void editsKeepCrlf();
    void newPrefixSkipsRetiredBlocks();
};

void TestConfigDocument::roundTripsFilesByteForByte_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &name : QDir(QStringLiteral(EXAMPLES_DIR)).entryList({QStringLiteral("*.conf")}))
        QTest::newRow(qPrintable(name)) << QStringLiteral(EXAMPLES_DIR "/") + name;
    for (const QString &name : QDir(QStringLiteral(TEST_DATA_DIR)).entryList({QStringLiteral("*.conf")}))
        QTest::newRow(qPrintable(name)) << QStringLiteral(TEST_DATA_DIR "/") + name;
}

void TestConfigDocument::roundTripsFilesByteForByte()
{
    QFETCH(QString, path);
    const QByteArray original = TestFiles::read(path);
    QList<Diagnostic> diagnostics;
    const ConfigDocument doc = ConfigDocument::parse(original, &diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).format()));
    QCOMPARE(doc.serialize(), original);
}

void TestConfigDocument::keepsCrlfAndMissingFinalNewline()
{
    const QByteArray crlf = "# c\r\nbackend1_private_ip=\"10.0.0.1\"\r\n\r\n  #x=1\r\nanalytics_hostname=agilesec";
    const ConfigDocument doc = parseClean(crlf);
    QCOMPARE(doc.serialize(), crlf);
    QCOMPARE(doc.value(QStringLiteral("backend1_private_ip")), QStringLiteral("10.0.0.1"));
    QCOMPARE(doc.value(QStringLiteral("analytics_hostname")), QStringLiteral("agilesec"));
    QCOMPARE(doc.lineEndingStyle(), QStringLiteral("\r\n"));
    const QByteArray mixed = "a=\"1\"\nb=\"2\"\r\nc=3\n\n\n";
    QCOMPARE(parseClean(mixed).serialize(), mixed);
    QCOMPARE(parseClean(QByteArray()).serialize(), QByteArray());
}

void TestConfigDocument::classifiesLines()
{
    const ConfigDocument doc = parseClean("# heading\n\nkey=\"v\" # trailing\n#frontend1_private_ip=\"\"\n# not = an assignment\n");
    const QList<ConfigLine> &lines = doc.lines();
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0].kind, ConfigLine::Kind::Comment);
    QCOMPARE(lines[1].kind, ConfigLine::Kind::Blank);
    QCOMPARE(lines[2].kind, ConfigLine::Kind::Assignment);
    QCOMPARE(lines[2].trailing, QStringLiteral(" # trailing"));
    QCOMPARE(lines[3].kind, ConfigLine::Kind::CommentedAssignment);
    QCOMPARE(lines[3].key, QStringLiteral("frontend1_private_ip"));
    QCOMPARE(lines[4].kind, ConfigLine::Kind::Comment);
    QCOMPARE(lines[2].sourceLine, 3);
}

void TestConfigDocument::readsUnquotedAndCommentedValues()
{
    const ConfigDocument doc = parseClean("opensearch_index_number_of_shards=4\n#coordinator1_private_ip=\"10.9.9.9\"\nempty=\"\"\nbare=\n");
    QCOMPARE(doc.value(QStringLiteral("opensearch_index_number_of_shards")), QStringLiteral("4"));
    QVERIFY(!doc.contains(QStringLiteral("coordinator1_private_ip")));
    QVERIFY(doc.hasCommented(QStringLiteral("coordinator1_private_ip")));
    QCOMPARE(doc.commentedValue(QStringLiteral("coordinator1_private_ip")), QStringLiteral("10.9.9.9"));
    QVERIFY(doc.contains(QStringLiteral("empty")));
    QCOMPARE(doc.value(QStringLiteral("bare"), QStringLiteral("x")), QString());
    QCOMPARE(doc.keys(), (QStringList{QStringLiteral("opensearch_index_number_of_shards"), QStringLiteral("empty"), QStringLiteral("bare")}));
}

void TestConfigDocument::writerLeavesUnchangedModelByteIdentical_data()
{
    roundTripsFilesByteForByte_data();
}

void TestConfigDocument::writerLeavesUnchangedModelByteIdentical()
{
    QFETCH(QString, path);
    const QByteArray original = TestFiles::read(path);
    ClusterLoader::Result loaded = ClusterLoader::loadData(original, path);
    QVERIFY(loaded.ok());
    ClusterWriter::apply(loaded.cluster, loaded.document);
    QCOMPARE(loaded.document.serialize(), original);
}

void TestConfigDocument::addsFrontend3AsANewBlock()
{
    const QByteArray original = TestFiles::read(QStringLiteral(EXAMPLES_DIR "/four-node.conf"));
    ClusterLoader::Result loaded = ClusterLoader::loadData(original, QStringLiteral("four-node.conf"));
    Node fe3;
    fe3.hostname = QStringLiteral("frontend-3");
    fe3.privateIp = QStringLiteral("10.0.2.23");
    fe3.profile = Profile::AdditionalFrontend;
    loaded.cluster.nodes << fe3;
    ClusterWriter::apply(loaded.cluster, loaded.document);
    const QByteArray after = loaded.document.serialize();
    QVERIFY(after.startsWith(original)); // nothing before the new block changed
    QCOMPARE(after.mid(original.size()),
             QByteArray("\nfrontend3_node_hostname=\"frontend-3\"\nfrontend3_private_ip=\"10.0.2.23\"\n"
                        "frontend3_node_profile=\"ADDITIONAL_FRONTEND\"\n"));
    QCOMPARE(loaded.cluster.nodes.last().blockPrefix, QStringLiteral("frontend3"));
    const ClusterLoader::Result reread = ClusterLoader::loadData(after, QStringLiteral("after"));
    QVERIFY(reread.ok());
    QCOMPARE(reread.cluster.nodes.size(), 5);
}

void TestConfigDocument::reEnablesCommentedTemplateBlockForFrontend2()
{
    // The guide: "Uncomment the following frontend-2 entries".
    const QByteArray original = TestFiles::read(QStringLiteral(EXAMPLES_DIR "/three-node.conf"));
    ClusterLoader::Result loaded = ClusterLoader::loadData(original, QStringLiteral("three-node.conf"));
    QVERIFY(loaded.ok());
    Node fe2;
    fe2.hostname = QStringLiteral("frontend-2");
    fe2.privateIp = QStringLiteral("10.0.2.22");
    fe2.profile = Profile::AdditionalFrontend;
    loaded.cluster.nodes << fe2;
    ClusterWriter::apply(loaded.cluster, loaded.document);
    const QByteArray after = loaded.document.serialize();
    QCOMPARE(changedLines(original, after),
             (QStringList{QStringLiteral("+frontend2_private_ip=\"10.0.2.22\""), QStringLiteral("+frontend2_node_hostname=\"frontend-2\""),
                          QStringLiteral("+frontend2_node_profile=\"ADDITIONAL_FRONTEND\""), QStringLiteral("-#frontend2_private_ip=\"\""),
                          QStringLiteral("-#frontend2_node_hostname=\"\""), QStringLiteral("-#frontend2_node_profile=\"\"")}));
    QCOMPARE(after.count('\n'), original.count('\n')); // re-enabled in place, no lines added
}

void TestConfigDocument::commentsOutFrontend1ForCoordinator()
{
    const QByteArray original = TestFiles::read(QStringLiteral(EXAMPLES_DIR "/four-node.conf"));
    ClusterLoader::Result loaded = ClusterLoader::loadData(original, QStringLiteral("four-node.conf"));
    loaded.cluster.nodes.removeIf([](const Node &n) { return n.hostname == QLatin1String("frontend-1"); });
    Node coordinator;
    coordinator.hostname = QStringLiteral("coordinator-1");
    coordinator.privateIp = QStringLiteral("10.0.9.31");
    coordinator.profile = Profile::Coordinator;
    loaded.cluster.nodes << coordinator;
    ClusterWriter::apply(loaded.cluster, loaded.document);
    const QByteArray after = loaded.document.serialize();
    const QStringList diff = changedLines(original, after);
    QVERIFY2(diff.contains(QStringLiteral("+#frontend1_private_ip=\"10.0.2.21\"")), qPrintable(diff.join('\n')));
    QVERIFY(diff.contains(QStringLiteral("+#frontend1_node_hostname=\"frontend-1\"")));
    QVERIFY(diff.contains(QStringLiteral("+#frontend1_node_profile=\"PRIMARY_FRONTEND\"")));
    // The template's commented coordinator IP is re-enabled in place; the rest joins it.
    QVERIFY(diff.contains(QStringLiteral("+coordinator1_private_ip=\"10.0.9.31\"")));
    QVERIFY(diff.contains(QStringLiteral("-#coordinator1_private_ip=\"\"")));
    QVERIFY(diff.contains(QStringLiteral("+coordinator1_node_hostname=\"coordinator-1\"")));
    QVERIFY(diff.contains(QStringLiteral("+coordinator1_node_profile=\"COORDINATOR\"")));
    QVERIFY(diff.contains(QStringLiteral("-frontend1_private_ip=\"10.0.2.21\"")));
    QCOMPARE(diff.size(), 10); // 3 lines disabled (+#, -), 1 re-enabled (+, -#), 2 appended
    const ClusterLoader::Result reread = ClusterLoader::loadData(after, QStringLiteral("after"));
    QVERIFY(!reread.cluster.findByHostname(QStringLiteral("frontend-1")));
    QVERIFY(reread.cluster.findByHostname(QStringLiteral("coordinator-1")));
}

void TestConfigDocument::setReplicasChangesOnlyThatLine()
{
    const QByteArray original = TestFiles::read(QStringLiteral(EXAMPLES_DIR "/four-node.conf"));
    ClusterLoader::Result loaded = ClusterLoader::loadData(original, QStringLiteral("four-node.conf"));
    loaded.cluster.shards = 4;
    ClusterWriter::apply(loaded.cluster, loaded.document);
    QCOMPARE(changedLines(original, loaded.document.serialize()),
             (QStringList{QStringLiteral("+opensearch_index_number_of_shards=4"), QStringLiteral("-opensearch_index_number_of_shards=1")}));
}

void TestConfigDocument::editsKeepCrlf()
{
    QByteArray original = TestFiles::read(QStringLiteral(EXAMPLES_DIR "/four-node.conf"));
    original.replace("\n", "\r\n");
    ClusterLoader::Result loaded = ClusterLoader::loadData(original, QStringLiteral("crlf"));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.document.serialize(), original);
    Node fe3;
    fe3.hostname = QStringLiteral("frontend-3");
    fe3.privateIp = QStringLiteral("10.0.2.23");
    fe3.profile = Profile::AdditionalFrontend;
    loaded.cluster.nodes << fe3;
    loaded.cluster.nodes[1].privateIp = QStringLiteral("10.0.1.99");
    ClusterWriter::apply(loaded.cluster, loaded.document);
    const QByteArray after = loaded.document.serialize();
    QCOMPARE(after.count("\r\n"), after.count('\n'));
    QVERIFY(after.contains("backend2_private_ip=\"10.0.1.99\"\r\n"));
    QVERIFY(after.endsWith("frontend3_node_profile=\"ADDITIONAL_FRONTEND\"\r\n"));
}

void TestConfigDocument::newPrefixSkipsRetiredBlocks()
{
    const QByteArray stretch = TestFiles::read(QStringLiteral(EXAMPLES_DIR "/seven-node-stretch.conf"));
    ConfigDocument doc = parseClean(stretch);
    // frontend1's template lines are empty, so the slot is free; frontend2 and 3 are taken.
    QCOMPARE(ClusterWriter::nextFreePrefix(doc, QStringLiteral("frontend")), QStringLiteral("frontend1"));
    doc.setValue(QStringLiteral("frontend1_private_ip"), QStringLiteral("10.0.0.1"));
    doc.commentOut(QStringLiteral("frontend1_private_ip"));
    // Now frontend1 holds a deliberately disabled node: a new frontend must not reuse it.
    QCOMPARE(ClusterWriter::nextFreePrefix(doc, QStringLiteral("frontend")), QStringLiteral("frontend4"));
    QCOMPARE(ClusterWriter::nextFreePrefix(doc, QStringLiteral("backend")), QStringLiteral("backend5"));
    QCOMPARE(ClusterWriter::nextFreePrefix(doc, QStringLiteral("coordinator")), QStringLiteral("coordinator2"));
}

QTEST_GUILESS_MAIN(TestConfigDocument)
// What bash would misread gets its own message, with the fix.
void TestConfigDocument::bomAndLoneCrAreNamed()
{
    QList<Diagnostic> bom;
    ConfigDocument::parse("\xEF\xBB\xBF" "analytics_hostname=\"a\"\n", &bom);
    QCOMPARE(bom.size(), 1);
    QVERIFY2(bom.first().message.contains(QStringLiteral("byte-order mark (BOM)")), qPrintable(bom.first().message));
    QList<Diagnostic> cr;
    ConfigDocument::parse("a=\"b\"\rc=\"d\"\r", &cr);
    QVERIFY(!cr.isEmpty());
    QVERIFY2(cr.first().message.contains(QStringLiteral("CR only")), qPrintable(cr.first().message));
    QList<Diagnostic> none;
    ConfigDocument::load(QString(), &none);
    QCOMPARE(none.first().message, QStringLiteral("no file name was given"));
}

#include "tst_configdocument.moc"
