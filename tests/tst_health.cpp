// Health over the real TLS path against the lab's frontends (which serve HTTPS with their own
// certificates while their simulated haproxy runs), through the CLI as a user would.
#include "CliRun.h"
#include "LabFixture.h"

#include <QStandardPaths>

#include <QJsonArray>

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
};

Run cli(const QStringList &arguments)
{
    CliRun::Options options;
    options.mergeChannels = true;
    const CliRun r = CliRun::program(QStringLiteral(AGILESEC_BINARY), arguments, options);
    return Run{r.exitCode, r.out.toUtf8()};
}

QJsonArray healthOf(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("health")).toArray();
}

QJsonObject find(const QJsonArray &checks, const QString &target, const QString &check)
{
    for (const QJsonValue &v : checks) {
        if (v.toObject().value(QStringLiteral("target")).toString() == target && v.toObject().value(QStringLiteral("check")).toString() == check)
            return v.toObject();
    }
    return {};
}
} // namespace

class TestHealth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyFrontendAnswersOverTls();
    void aStoppedFrontendFailsAndTheOtherStillAnswers();
    void onlyTheClusterCaIsTrusted();
    void reachesTheFqdnWhereDnsDoesNotKnowIt();
    void waitsForALoadBalancerStillCatchingUp();
    void refusesACertificateWithoutTheFqdn();

private:
    LabFixture m_lab;
    QStringList m_verify;
    QString m_entry;
};

void TestHealth::initTestCase()
{
    const QString error = m_lab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Run install = cli({QStringLiteral("install"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--yes"), QStringLiteral("--quiet")});
    QVERIFY2(install.exitCode == 0, install.out.constData());
    m_entry = QStringLiteral("127.0.0.13:%1").arg(m_lab.cluster.cluster.frontendPort);
    m_verify = {QStringLiteral("verify"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--health"), QStringLiteral("--via"), m_entry,
                QStringLiteral("--json")};
}

void TestHealth::cleanupTestCase()
{
    m_lab.stop();
}

void TestHealth::everyFrontendAnswersOverTls()
{
    const Run run = cli(m_verify);
    QVERIFY2(run.exitCode == 0, run.out.constData());
    const QJsonArray checks = healthOf(run);
    QCOMPARE(checks.size(), 2 * 4 + 2); // per frontend: health, signin, ingestion, certificate; the entry: health, ingestion
    for (const QJsonValue &v : checks)
        QVERIFY2(v.toObject().value(QStringLiteral("ok")).toBool(), qPrintable(v.toObject().value(QStringLiteral("detail")).toString()));
    QCOMPARE(find(checks, QStringLiteral("frontend-2"), QStringLiteral("health-check")).value(QStringLiteral("servedBy")).toString(), QStringLiteral("frontend-2"));
    QVERIFY(find(checks, QStringLiteral("frontend-1"), QStringLiteral("ingestion")).value(QStringLiteral("detail")).toString().contains(QStringLiteral(": 405 ")));
    const QString cert = find(checks, QStringLiteral("frontend-2"), QStringLiteral("certificate")).value(QStringLiteral("detail")).toString();
    QVERIFY2(cert.startsWith(QStringLiteral("CN %1; SANs %1, 127.0.0.14; expires ").arg(m_lab.cluster.cluster.fqdn())), qPrintable(cert));
    QVERIFY(cert.contains(QStringLiteral("(825 days)")) || cert.contains(QStringLiteral("(824 days)")));
    QCOMPARE(find(checks, QStringLiteral("entry ") + m_entry, QStringLiteral("health-check")).value(QStringLiteral("servedBy")).toString(), QStringLiteral("frontend-1"));
}

void TestHealth::aStoppedFrontendFailsAndTheOtherStillAnswers()
{
    const QString state = m_lab.nodeDir(QStringLiteral("frontend-2")) + QStringLiteral("/installation/state/haproxy");
    TestFiles::write(state, "Stopped\n");
    const Run run = cli(m_verify);
    TestFiles::write(state, "Running\n");
    QCOMPARE(run.exitCode, 1);
    const QJsonArray checks = healthOf(run);
    const QJsonObject down = find(checks, QStringLiteral("frontend-2"), QStringLiteral("health-check"));
    QCOMPARE(down.value(QStringLiteral("ok")).toBool(), false);
    QVERIFY(down.value(QStringLiteral("detail")).toString().startsWith(QStringLiteral("TLS with 127.0.0.14:")));
    QCOMPARE(find(checks, QStringLiteral("frontend-1"), QStringLiteral("health-check")).value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(find(checks, QStringLiteral("entry ") + m_entry, QStringLiteral("health-check")).value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(cli(m_verify).exitCode, 0); // running again: healthy again
}

void TestHealth::reachesTheFqdnWhereDnsDoesNotKnowIt()
{
    // Out of the box, the entry is the lab's HAProxy (the project's VIP), checked as the FQDN
    // over TLS.
    const QString lbEntry = QStringLiteral("entry 127.0.0.10:%1").arg(m_lab.cluster.cluster.frontendPort);
    Run run = cli({QStringLiteral("verify"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--health"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QVERIFY(find(healthOf(run), lbEntry, QStringLiteral("health-check")).value(QStringLiteral("servedBy")).toString().startsWith(QStringLiteral("frontend-")));

    // With no load balancer, the lab's FQDN is in no DNS: the entry is where the project says the
    // FQDN leads (the first frontend), still checked as the FQDN over TLS, and the output says so.
    Project direct = m_lab.project;
    direct.external = ExternalAccess{};
    direct.path = m_lab.labDir() + QStringLiteral("/project-no-lb.json");
    QCOMPARE(direct.save(), QString());
    const QString fqdn = m_lab.cluster.cluster.fqdn();
    const QString entry = QStringLiteral("%1:%2").arg(fqdn).arg(m_lab.cluster.cluster.frontendPort);
    run = cli({QStringLiteral("verify"), QStringLiteral("--project"), direct.path, QStringLiteral("--health"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QJsonArray checks = healthOf(run);
    QCOMPARE(find(checks, QStringLiteral("entry ") + entry, QStringLiteral("address")).value(QStringLiteral("detail")).toString(),
             QStringLiteral("%1 does not resolve here; using 127.0.0.13 from the project (TLS name and Host stay %1)").arg(fqdn));
    QCOMPARE(find(checks, QStringLiteral("entry ") + entry, QStringLiteral("health-check")).value(QStringLiteral("ok")).toBool(), true);
    // --via takes a node's name.
    run = cli({QStringLiteral("verify"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--health"), QStringLiteral("--via"),
               QStringLiteral("frontend-2"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    checks = healthOf(run);
    const QString viaFrontend2 = QStringLiteral("entry frontend-2:%1").arg(m_lab.cluster.cluster.frontendPort);
    QCOMPARE(find(checks, viaFrontend2, QStringLiteral("address")).value(QStringLiteral("detail")).toString(),
             QStringLiteral("frontend-2 is a node of the cluster: using its address 127.0.0.14"));
    QCOMPARE(find(checks, viaFrontend2, QStringLiteral("health-check")).value(QStringLiteral("servedBy")).toString(), QStringLiteral("frontend-2"));
}

void TestHealth::waitsForALoadBalancerStillCatchingUp()
{
    // Right after an install the load balancer may not have marked a frontend up yet while the
    // frontends answer directly: verify probes the entry again for a while and says so. Here a
    // real HAProxy starts 2 s after verify does; an entry where nothing ever listens still fails.
    const QString haproxy = QStandardPaths::findExecutable(QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    QVERIFY2(!haproxy.isEmpty(), "haproxy is needed (scripts/install-deps.sh installs it)");
    ExternalAccess external;
    external.mode = ExternalAccess::Mode::OnPrem;
    external.vip = QStringLiteral("127.0.0.64");
    const QString cfg = m_lab.writeHaproxyConfig(external, m_lab.haproxySettings());
    QProcess late;
    late.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("sleep 2; exec \"$0\" -db -f \"$1\""), haproxy, cfg});
    QVERIFY(late.waitForStarted());
    const auto stopLate = qScopeGuard([&] {
        late.terminate();
        late.waitForFinished(5000);
    });
    const QString entry = QStringLiteral("127.0.0.64:%1").arg(m_lab.cluster.cluster.frontendPort);
    Run run = cli({QStringLiteral("verify"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--health"), QStringLiteral("--via"), entry, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    const QString detail = find(healthOf(run), QStringLiteral("entry ") + entry, QStringLiteral("health-check")).value(QStringLiteral("detail")).toString();
    QVERIFY2(detail.contains(QStringLiteral("the load balancer had not marked a frontend up yet")), qPrintable(detail));

    const QString nowhere = QStringLiteral("127.0.0.65:%1").arg(m_lab.cluster.cluster.frontendPort);
    run = cli({QStringLiteral("verify"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--health"), QStringLiteral("--via"), nowhere, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject refused = find(healthOf(run), QStringLiteral("entry ") + nowhere, QStringLiteral("health-check"));
    QCOMPARE(refused.value(QStringLiteral("ok")).toBool(), false);
    QVERIFY2(refused.value(QStringLiteral("detail")).toString().endsWith(QStringLiteral("(still, 10 s after the frontends answered directly)")),
             qPrintable(refused.value(QStringLiteral("detail")).toString()));
}

void TestHealth::refusesACertificateWithoutTheFqdn()
{
    // The same frontends known by another FQDN, which resolves nowhere either: the address comes
    // from the project as before, but the certificates do not name that FQDN, so every TLS check
    // is refused; the name is checked, not only the chain.
    Project other = m_lab.project;
    other.external = ExternalAccess{};
    other.configFile = QStringLiteral("other-fqdn.conf");
    other.path = m_lab.labDir() + QStringLiteral("/project-other-fqdn.json");
    TestFiles::write(other.resolve(other.configFile),
                     TestFiles::read(m_lab.project.resolve(m_lab.project.configFile)).replace("analytics_hostname=\"agilesec\"", "analytics_hostname=\"elsewhere\""));
    QCOMPARE(other.save(), QString());
    const Run run = cli({QStringLiteral("verify"), QStringLiteral("--project"), other.path, QStringLiteral("--health"), QStringLiteral("--json"),
                         QStringLiteral("--ca-cert"), m_lab.caCertPath()});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray checks = healthOf(run);
    const QString entry = QStringLiteral("entry elsewhere.lab.internal:%1").arg(m_lab.cluster.cluster.frontendPort);
    QVERIFY(find(checks, entry, QStringLiteral("address")).value(QStringLiteral("detail")).toString().contains(QStringLiteral("using 127.0.0.13 from the project")));
    for (const QString &target : {QStringLiteral("frontend-1"), entry}) {
        const QJsonObject health = find(checks, target, QStringLiteral("health-check"));
        QCOMPARE(health.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY2(health.value(QStringLiteral("detail")).toString().contains(QStringLiteral("as elsewhere.lab.internal failed")) &&
                     health.value(QStringLiteral("detail")).toString().contains(QStringLiteral("host name"), Qt::CaseInsensitive),
                 qPrintable(health.value(QStringLiteral("detail")).toString()));
    }
}

void TestHealth::onlyTheClusterCaIsTrusted()
{
    const QString otherCa = m_lab.tempPath(QStringLiteral("other-ca.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                              QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                              m_lab.tempPath(QStringLiteral("other-ca.key")), QStringLiteral("-out"), otherCa, QStringLiteral("-subj"),
                                              QStringLiteral("/CN=Someone else's CA"), QStringLiteral("-days"), QStringLiteral("2")});
    QVERIFY(openssl.waitForFinished());
    QCOMPARE(openssl.exitCode(), 0);
    const Run run = cli(m_verify + QStringList{QStringLiteral("--ca-cert"), otherCa});
    QCOMPARE(run.exitCode, 1);
    const QString detail = find(healthOf(run), QStringLiteral("frontend-1"), QStringLiteral("health-check")).value(QStringLiteral("detail")).toString();
    QVERIFY2(detail.contains(QStringLiteral("issuer certificate")) || detail.contains(QStringLiteral("not be verified")) || detail.contains(QStringLiteral("self signed"))
                 || detail.contains(QStringLiteral("self-signed")), qPrintable(detail));
}

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
