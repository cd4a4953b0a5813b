#include "TestFiles.h"
#include "project/HostKeyChoices.h"
#include "project/Project.h"

#include <QTemporaryDir>
#include <QtTest>

// installer/project on its own: the project file's round trip, access merged per node with the
// pin applied, and the user's host-key choices.
class TestProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savesAndLoadsWithoutSecrets();
    void nodeAccessOverridesDefaultsAndCarriesThePin();
    void hostKeyChoicesTakeExactKeysOnly();
};

namespace {
Project sample(const QTemporaryDir &dir)
{
    Project p;
    p.path = dir.filePath(QStringLiteral("project.json"));
    p.configFile = QStringLiteral(EXAMPLES_DIR "/four-node.conf");
    p.defaults.user = QStringLiteral("ec2-user");
    p.defaults.installerDir = QStringLiteral("/opt/installer");
    NodeAccess backend2;
    backend2.port = 2222;
    backend2.user = QStringLiteral("ops");
    p.nodes.insert(QStringLiteral("backend-2"), backend2);
    p.hostKeys.insert(Project::hostKeyId(QStringLiteral("10.0.1.12"), 2222), QStringLiteral("SHA256:abc"));
    p.adminPasswordFile = QStringLiteral("admin-password");
    return p;
}
} // namespace

void TestProject::savesAndLoadsWithoutSecrets()
{
    QTemporaryDir dir;
    const Project p = sample(dir);
    QVERIFY(p.save().isEmpty());
    QString error;
    const std::optional<Project> loaded = Project::load(p.path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->toJson(), p.toJson());
    QCOMPARE(loaded->resolve(QStringLiteral("admin-password")), dir.filePath(QStringLiteral("admin-password")));
    QVERIFY(!TestFiles::read(p.path).contains("password\": \"")); // file names only, never a secret
}

void TestProject::nodeAccessOverridesDefaultsAndCarriesThePin()
{
    QTemporaryDir dir;
    const Project p = sample(dir);
    const ClusterLoader::Result loaded = p.loadCluster();
    QVERIFY(loaded.ok());
    const Node *backend2 = loaded.cluster.findByHostname(QStringLiteral("backend-2"));
    QVERIFY(backend2);
    const SshEndpoint e = p.endpointFor(*backend2);
    QCOMPARE(e.port, 2222);
    QCOMPARE(e.user, QStringLiteral("ops"));
    QCOMPARE(e.pinnedFingerprint, QStringLiteral("SHA256:abc"));
    const NodeTarget t = p.targetFor(*loaded.cluster.findByHostname(QStringLiteral("frontend-1")));
    QCOMPARE(t.installerDir, QStringLiteral("/opt/installer"));
    QCOMPARE(t.endpoint.user, QStringLiteral("ec2-user"));
}

void TestProject::hostKeyChoicesTakeExactKeysOnly()
{
    HostKeyChoices choices;
    QVERIFY(!choices.add(QStringLiteral("10.0.1.12:22")).isEmpty());
    QVERIFY(!choices.add(QStringLiteral("10.0.1.12:22=MD5:aa")).isEmpty());
    QVERIFY(choices.add(QStringLiteral("10.0.1.12:22=SHA256:xyz")).isEmpty());
    SshEndpoint mine;
    mine.host = QStringLiteral("10.0.1.12");
    mine.port = 22;
    SshEndpoint other = mine;
    other.host = QStringLiteral("10.0.1.13");
    choices.applyTo(mine);
    choices.applyTo(other);
    QCOMPARE(mine.acceptedFingerprints, QStringList{QStringLiteral("SHA256:xyz")});
    QVERIFY(other.acceptedFingerprints.isEmpty());
    QVERIFY(!mine.acceptNewHostKeys);
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
