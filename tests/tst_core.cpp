#include "core/Cluster.h"
#include "core/ClusterFiles.h"
#include "core/ExternalAccess.h"
#include "core/ProfileCatalog.h"
#include "core/ServiceStatusTable.h"
#include "core/SiteFailureAnalysis.h"

#include <QJsonObject>
#include <QtTest>

// installer/core on its own: the guide's facts per profile, a site's loss, the status table, the
// external-access section and the file names the guide fixes.
class TestCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void profilesCarryTheGuidesServices();
    void losingASiteIsJudgedByItsVoters();
    void statusTableIsParsed();
    void externalAccessIsCheckedField();
    void theGuidesFileNames();
};

namespace {
Node node(const QString &hostname, Profile profile, const QString &site)
{
    Node n;
    n.hostname = hostname;
    n.privateIp = QStringLiteral("10.0.0.%1").arg(qHash(hostname) % 200 + 10);
    n.profile = profile;
    n.site = site;
    return n;
}

// The guide's stretch layout: two backends per site and the coordinator in a third.
Cluster stretch()
{
    Cluster c;
    c.nodes = {node(QStringLiteral("backend-1"), Profile::PrimaryFullBackend, QStringLiteral("a")), node(QStringLiteral("backend-2"), Profile::FullBackend, QStringLiteral("a")),
               node(QStringLiteral("backend-3"), Profile::FullBackend, QStringLiteral("b")), node(QStringLiteral("backend-4"), Profile::FullBackend, QStringLiteral("b")),
               node(QStringLiteral("frontend-2"), Profile::AdditionalFrontend, QStringLiteral("a")),
               node(QStringLiteral("frontend-3"), Profile::AdditionalFrontend, QStringLiteral("b")),
               node(QStringLiteral("coordinator-1"), Profile::Coordinator, QStringLiteral("c"))};
    c.replicas = 3;
    return c;
}
} // namespace

void TestCore::profilesCarryTheGuidesServices()
{
    QCOMPARE(ProfileCatalog::serviceNames(Profile::PrimaryFullBackend).size(), 9);
    QCOMPARE(ProfileCatalog::serviceNames(Profile::AdditionalFrontend).size(), 6);
    QCOMPARE(ProfileCatalog::serviceNames(Profile::Coordinator).size(), 3);
    QCOMPARE(ProfileCatalog::serviceNames(Profile::Scan).size(), 2);
    QVERIFY(ProfileCatalog::isQuorumVoter(Profile::Coordinator));
    QVERIFY(!ProfileCatalog::isQuorumVoter(Profile::AdditionalFrontend));
    for (Profile p : ProfileCatalog::all())
        QCOMPARE(ProfileCatalog::fromName(ProfileCatalog::name(p)), std::optional<Profile>(p));
    QVERIFY(!ProfileCatalog::fromName(QStringLiteral("FULL BACKEND")));
}

void TestCore::losingASiteIsJudgedByItsVoters()
{
    const Cluster cluster = stretch();
    for (const QString &site : {QStringLiteral("a"), QStringLiteral("b")}) {
        const SiteOutcome o = SiteFailureAnalysis::analyzeSite(cluster, site);
        QCOMPARE(o.votersTotal, 5);
        QCOMPARE(o.votersRemaining, 3);
        QCOMPARE(o.majority, 3);
        QVERIFY(o.quorumSurvives);
        QCOMPARE(o.frontendsRemaining, 1);
    }
    Cluster lopsided = cluster;
    lopsided.nodes.last().site = QStringLiteral("a"); // the tiebreaker in site a
    const SiteOutcome a = SiteFailureAnalysis::analyzeSite(lopsided, QStringLiteral("a"));
    QCOMPARE(a.votersRemaining, 2);
    QVERIFY(!a.quorumSurvives);
    QCOMPARE(SiteFailureAnalysis::majorityOf(4), 3);
}

void TestCore::statusTableIsParsed()
{
    const QList<ServiceStatus> rows = ServiceStatusTable::parse(QStringLiteral("SERVICE      DESCRIPTION        STATUS\n"
                                                                               "------------ ------------------ -------\n"
                                                                               "mongodb      MongoDB database   Running\n"
                                                                               "kafka        Kafka broker       Stopped\r\n"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].name, QStringLiteral("mongodb"));
    QVERIFY(rows[0].isRunning());
    QCOMPARE(rows[1].status, QStringLiteral("Stopped"));
    QVERIFY(rows[1].isStopped());
    QCOMPARE(ServiceStatusTable::command(QStringLiteral("'/opt/x'")), QStringLiteral("cd '/opt/x' && ./scripts/manage.sh status"));
}

void TestCore::externalAccessIsCheckedField()
{
    QString error;
    QVERIFY(ExternalAccess::fromJson(QJsonObject{{QStringLiteral("mode"), QStringLiteral("none")}}, &error));
    QVERIFY(!ExternalAccess::fromJson(QJsonObject{{QStringLiteral("mode"), QStringLiteral("carrier-pigeon")}}, &error));
    QVERIFY2(error.contains(QStringLiteral("carrier-pigeon")), qPrintable(error));
    ExternalAccess onprem;
    onprem.mode = ExternalAccess::Mode::OnPrem;
    onprem.vip = QStringLiteral("10.0.0.100");
    QCOMPARE(onprem.entryPoint(QStringLiteral("agilesec.example.com")), QStringLiteral("10.0.0.100"));
}

void TestCore::theGuidesFileNames()
{
    QCOMPARE(ClusterFiles::certificateBundlePath(), QStringLiteral("certificates/kf-agilesec.internal-certs.tgz"));
    QCOMPARE(ClusterFiles::configPath(), QStringLiteral("generate_envs/multi_node_config.conf"));
}

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
