// Failover drills against the lab, through the real HAProxy `lab up` starts in front of its
// frontends as the entry point, with no flags: a frontend and a backend drill that pass, a site drill that fails because the site's
// loss breaks quorum (and still restores services and crons exactly), and a cancelled drill
// that restores everything too.
#include "verify/HaDrill.h"
#include "CliRun.h"
#include "LabFixture.h"

#include <QCryptographicHash>
#include <QStandardPaths>

namespace {
QByteArray stateOfLab(const LabFixture &lab)
{
    // Every node's services and crontab, to prove a drill left nothing changed.
    QByteArray all;
    for (const Node &n : lab.cluster.cluster.nodes) {
        const QString dir = lab.nodeDir(n.hostname);
        all += TestFiles::read(dir + QStringLiteral("/crontab"));
        QDirIterator it(dir + QStringLiteral("/installation/state"), QDir::Files);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const QString &f : files)
            all += f.toUtf8() + '=' + TestFiles::read(f);
    }
    return QCryptographicHash::hash(all, QCryptographicHash::Sha256);
}
} // namespace

class TestDrill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void frontendDrillPasses();
    void drillWithoutAnEntrySaysWhatItUsed();
    void backendDrillPasses();
    void cancelledDrillRestores();
    void siteDrillFailsOnQuorumAndRestoresEverything();
    void sevenNodeLabSurvivesEitherSiteOutOfTheBox();

private:
    HaDrill::Result drill(HaDrill::Kind kind, const QString &name, const std::atomic_bool *cancel = nullptr, const std::function<void(const HaDrill::Event &)> &onEvent = {});
    LabFixture m_lab;
    QString m_entry;
    QByteArray m_ca;
};

void TestDrill::initTestCase()
{
    const QString haproxy = QStandardPaths::findExecutable(QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    QVERIFY2(!haproxy.isEmpty(), "haproxy is needed (scripts/install-deps.sh installs it)");
    const QString error = m_lab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QProcess install;
    install.setProcessChannelMode(QProcess::MergedChannels);
    install.start(QStringLiteral(AGILESEC_BINARY), {QStringLiteral("install"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--yes"), QStringLiteral("--quiet")});
    QVERIFY(install.waitForFinished(180000));
    QVERIFY2(install.exitCode() == 0, install.readAll().constData());
    m_ca = TestFiles::read(m_lab.caCertPath());
    // The lab's own load balancer is the project's entry point.
    QCOMPARE(m_lab.project.external.mode, ExternalAccess::Mode::OnPrem);
    m_entry = QStringLiteral("%1:%2").arg(m_lab.project.external.vip).arg(m_lab.cluster.cluster.frontendPort);
}

void TestDrill::cleanupTestCase()
{
    m_lab.stop();
}

HaDrill::Result TestDrill::drill(HaDrill::Kind kind, const QString &name, const std::atomic_bool *cancel, const std::function<void(const HaDrill::Event &)> &onEvent)
{
    HaDrill::Options options;
    options.kind = kind;
    options.name = name;
    options.entry = m_entry;
    options.caPem = m_ca;
    options.cancel = cancel;
    options.onEvent = onEvent;
    InstallSecrets secrets;
    const ClusterLoader::Result loaded = m_lab.project.loadCluster();
    return HaDrill::run(loaded.cluster, m_lab.project.targets(loaded.cluster), secrets, options);
}

void TestDrill::frontendDrillPasses()
{
    const QByteArray before = stateOfLab(m_lab);
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    // Out of the box: no --via, the project's entry is the lab's HAProxy.
    cli.start(QStringLiteral(AGILESEC_BINARY), {QStringLiteral("drill"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("frontend"),
                                                QStringLiteral("frontend-2"), QStringLiteral("--yes")});
    QVERIFY(cli.waitForFinished(120000));
    const QByteArray out = cli.readAll();
    QVERIFY2(cli.exitCode() == 0, out.constData());
    QVERIFY(out.contains("stopped sm, api, webui, opensearch-dashboards, cbom, haproxy on frontend-2"));
    QVERIFY(out.contains("keeps answering /health-check from the others (200 from frontend-1)"));
    QVERIFY(out.contains("after: frontend-2 answers /health-check again"));
    QVERIFY(out.contains(QStringLiteral("before: %1 answers /health-check").arg(m_entry).toUtf8()));
    QVERIFY(!out.contains("proves less"));
    QVERIFY(out.contains("verdict: PASS"));
    QVERIFY(out.contains("everything stopped was restored"));
    QCOMPARE(stateOfLab(m_lab), before);
}

void TestDrill::drillWithoutAnEntrySaysWhatItUsed()
{
    // A project with no load balancer, whose FQDN resolves nowhere: the drill uses the project's
    // address for it (the first frontend), says so, and says that a frontend as the entry proves
    // less than a load balancer would; frontend-2's loss is then survived through frontend-1.
    Project direct = m_lab.project;
    direct.external = ExternalAccess{};
    direct.path = m_lab.labDir() + QStringLiteral("/project-no-lb.json");
    QCOMPARE(direct.save(), QString());
    const QByteArray before = stateOfLab(m_lab);
    CliRun::Options options;
    options.mergeChannels = true;
    const CliRun r = CliRun::program(QStringLiteral(AGILESEC_BINARY), {QStringLiteral("drill"), QStringLiteral("--project"), direct.path,
                                                                        QStringLiteral("frontend"), QStringLiteral("frontend-2"), QStringLiteral("--yes")},
                                     options);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("entry: %1 does not resolve here; using 127.0.0.13 from the project").arg(m_lab.cluster.cluster.fqdn())), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("is a frontend of the cluster, not a load balancer: a drill through it proves less")));
    QVERIFY(r.out.contains(QStringLiteral("verdict: PASS")));
    QCOMPARE(stateOfLab(m_lab), before);
}

void TestDrill::backendDrillPasses()
{
    const QByteArray before = stateOfLab(m_lab);
    const HaDrill::Result r = drill(HaDrill::Kind::Backend, QStringLiteral("backend-2"));
    QVERIFY2(r.passed, qPrintable(r.verdict));
    QVERIFY(r.restored);
    QVERIFY(std::any_of(r.timeline.begin(), r.timeline.end(), [](const HaDrill::Event &e) { return e.text == QLatin1String("quorum: 2 of 3 voters left, 2 needed"); }));
    QCOMPARE(stateOfLab(m_lab), before);
    // A frontend name for a backend drill is refused before anything is stopped.
    const HaDrill::Result wrong = drill(HaDrill::Kind::Backend, QStringLiteral("frontend-1"));
    QVERIFY(!wrong.passed);
    QCOMPARE(wrong.verdict, QStringLiteral("frontend-1 is not a backend (PRIMARY_FRONTEND)"));
}

void TestDrill::cancelledDrillRestores()
{
    const QByteArray before = stateOfLab(m_lab);
    std::atomic_bool cancel{false};
    const HaDrill::Result r = drill(HaDrill::Kind::Frontend, QStringLiteral("frontend-1"), &cancel, [&](const HaDrill::Event &e) {
        if (e.text.startsWith(QLatin1String("stopped ")))
            cancel = true; // Ctrl-C right after the stop
    });
    QVERIFY(!r.passed);
    QVERIFY2(r.verdict.startsWith(QStringLiteral("cancelled")), qPrintable(r.verdict));
    QVERIFY(r.restored);
    QCOMPARE(stateOfLab(m_lab), before);
}

void TestDrill::siteDrillFailsOnQuorumAndRestoresEverything()
{
    // The backends in one site and the frontends in another: dc1 holds 2 of the 3 voters.
    TestFiles::write(m_lab.project.resolve(m_lab.project.configFile),
                     TestFiles::read(m_lab.project.resolve(m_lab.project.configFile))
                         + "backend1_node_site=\"dc1\"\nbackend2_node_site=\"dc1\"\nfrontend1_node_site=\"dc2\"\nfrontend2_node_site=\"dc2\"\n");
    const QByteArray before = stateOfLab(m_lab);
    const HaDrill::Result r = drill(HaDrill::Kind::Site, QStringLiteral("dc1"));
    QVERIFY(!r.passed);
    QCOMPARE(r.verdict, QStringLiteral("losing dc1 breaks quorum (quorum: 1 of 3 voters left, 2 needed: LOST); everything was restored"));
    QVERIFY(r.restored);
    QStringList texts;
    for (const HaDrill::Event &e : r.timeline)
        texts << e.text;
    QVERIFY2(texts.contains(QStringLiteral("paused the health-check cron on all 4 nodes")), qPrintable(texts.join(QLatin1Char('\n'))));
    QVERIFY(texts.filter(QStringLiteral("crontab as it was")).size() == 4);
    QVERIFY(texts.indexOf(QRegularExpression(QStringLiteral("^stopped .* on backend-1$"))) >= 0);
    QCOMPARE(stateOfLab(m_lab), before); // services and crontabs exactly as before
}

void TestDrill::sevenNodeLabSurvivesEitherSiteOutOfTheBox()
{
    // A fresh 7-node stretch lab, then install, verify --health and a site drill for each data
    // site, all without a flag: the lab's HAProxy is the entry, the coordinator keeps quorum.
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("7"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    CliRun::Options options;
    options.mergeChannels = true;
    const auto cli = [&](const QStringList &arguments) { return CliRun::program(QStringLiteral(AGILESEC_BINARY), arguments, options); };
    CliRun r = cli({QStringLiteral("install"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--yes"), QStringLiteral("--quiet")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out.right(2000)));
    r = cli({QStringLiteral("verify"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--health")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("OK    entry 127.0.0.10:%1 health-check").arg(lab.cluster.cluster.frontendPort)));
    for (const QString &site : {QStringLiteral("dc-1"), QStringLiteral("dc-2")}) {
        const QByteArray before = stateOfLab(lab);
        r = cli({QStringLiteral("drill"), QStringLiteral("--project"), lab.project.path, QStringLiteral("site"), site, QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("quorum: 3 of 5 voters left, 3 needed: survives")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("verdict: PASS")));
        QCOMPARE(stateOfLab(lab), before);
    }
    // lab down stops the HAProxy it started, and lab status no longer shows it running.
    const QList<LabNode> lb = LabEnvironment::loadBalancerStatus(lab.labDir());
    QCOMPARE(lb.size(), 1);
    QVERIFY(lb[0].running);
    lab.stop();
    QVERIFY(!LabProcess::alive(lb[0].pid));
    QVERIFY(!LabEnvironment::loadBalancerStatus(lab.labDir()).value(0).running);
}

QTEST_GUILESS_MAIN(TestDrill)
#include "tst_drill.moc"
