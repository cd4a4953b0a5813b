// The exported Ansible project, run for real: ansible-playbook (ansible-core from Debian) on the
// unchanged export against a fresh lab, then our verify; a re-run does nothing twice; a fault in
// phase 0 stops the later phases; hostile text in the project reaches the node as text and runs
// nothing on the controller; the steps are the dry run's; ansible-lint (production) and yamllint
// pass. Skipped where Ansible is not installed (scripts/install-deps.sh installs it).
#include "CliRun.h"
#include "LabFixture.h"

#include "plan/InstallPlanBuilder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {
const QByteArray kVaultKey = "tst-ansible-vault-key";

class TestAnsible : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lintClean();
    void sameStepsAsTheDryRun();
    void installsUnchangedThenVerifies();
    void rerunDoesNothingTwice();
    void phaseZeroFaultStopsLaterPhases();
    void hostileValuesStayData();
    void engineAnsibleThenTheExecutorTakesOver();

private:
    // Exports the lab's project and unpacks it; returns the ansible directory.
    QString exportBundle(LabFixture &lab, const QString &name);
    CliRun playbook(LabFixture &lab, const QString &ansibleDir);
    static int installerRuns(LabFixture &lab);

    LabFixture m_lab;
    LabFixture m_faultLab;
    LabFixture m_engineLab;
    QString m_ansibleDir;
};

QString TestAnsible::exportBundle(LabFixture &lab, const QString &name)
{
    const QString zip = lab.tempPath(name + QStringLiteral(".zip"));
    const CliRun exported = CliRun::run({QStringLiteral("export"), QStringLiteral("--project"), lab.project.path, QStringLiteral("--out"), zip});
    if (exported.exitCode != 0)
        qWarning("%s", exported.describe().constData());
    const QString dir = lab.tempPath(name);
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    CliRun::Options inDir;
    inDir.workingDirectory = dir;
    CliRun::program(QStringLiteral("unzip"), {QStringLiteral("-q"), zip}, inDir);
    // The vault as docs/ansible.md makes it, encrypted with a key from a file.
    const QString keyFile = lab.tempPath(QStringLiteral("vault-key"));
    TestFiles::write(keyFile, kVaultKey + '\n');
    QFile::setPermissions(keyFile, QFile::ReadOwner | QFile::WriteOwner);
    const QString plain = lab.tempPath(QStringLiteral("vault-plain.yml"));
    TestFiles::write(plain, "---\nagilesec_admin_password: \"" + TestFiles::read(lab.labDir() + QStringLiteral("/admin-password")).trimmed()
                                + "\"\nagilesec_sudo_password: \"" + TestFiles::read(lab.labDir() + QStringLiteral("/sudo-password")).trimmed() + "\"\n");
    const QString ansible = dir + QStringLiteral("/ansible");
    CliRun::program(QStringLiteral("ansible-vault"), {QStringLiteral("encrypt"), QStringLiteral("--vault-password-file"), keyFile, QStringLiteral("--output"),
                                                      ansible + QStringLiteral("/group_vars/all/vault.yml"), plain});
    QFile::remove(plain);
    return ansible;
}

CliRun TestAnsible::playbook(LabFixture &lab, const QString &ansibleDir)
{
    CliRun::Options options;
    options.workingDirectory = ansibleDir;
    options.mergeChannels = true;
    options.timeoutMs = 240000;
    return CliRun::program(QStringLiteral("ansible-playbook"),
                           {QStringLiteral("-i"), QStringLiteral("inventory.ini"), QStringLiteral("playbook.yml"), QStringLiteral("--vault-password-file"),
                            lab.tempPath(QStringLiteral("vault-key")), QStringLiteral("--private-key"), lab.labDir() + QStringLiteral("/lab-user-key")},
                           options);
}

int TestAnsible::installerRuns(LabFixture &lab)
{
    int runs = 0;
    for (const Node &node : lab.cluster.cluster.nodes) {
        QFile log(lab.nodeDir(node.hostname) + QStringLiteral("/installer-runs.log"));
        if (log.open(QIODevice::ReadOnly))
            runs += log.readAll().count('\n');
    }
    return runs;
}

void TestAnsible::initTestCase()
{
    for (const char *tool : {"ansible-playbook", "ansible-vault", "ansible-lint", "yamllint", "unzip"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is not installed (scripts/install-deps.sh installs it)").arg(QLatin1String(tool))));
    }
    qputenv("ANSIBLE_NOCOLOR", "1");
    qputenv("ANSIBLE_LOCAL_TEMP", m_lab.tempPath(QStringLiteral("ansible-local")).toUtf8());
    const QString error = m_lab.start(QStringLiteral("4"));
    if (!error.isEmpty())
        QSKIP(qPrintable(error));
    m_ansibleDir = exportBundle(m_lab, QStringLiteral("bundle"));
    QVERIFY(QFileInfo::exists(m_ansibleDir + QStringLiteral("/playbook.yml")));
}

void TestAnsible::lintClean()
{
    CliRun::Options options;
    options.workingDirectory = m_ansibleDir;
    options.mergeChannels = true;
    const CliRun lint = CliRun::program(QStringLiteral("ansible-lint"), {QStringLiteral("--offline"), QStringLiteral("--profile"), QStringLiteral("production")}, options);
    QVERIFY2(lint.exitCode == 0, lint.describe());
    const CliRun yamllint = CliRun::program(QStringLiteral("yamllint"), {QStringLiteral("-s"), QStringLiteral("-c"), QStringLiteral(".yamllint"), QStringLiteral(".")}, options);
    QVERIFY2(yamllint.exitCode == 0, yamllint.describe());
}

void TestAnsible::sameStepsAsTheDryRun()
{
    const CliRun dry = CliRun::run({QStringLiteral("install"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0, dry.describe());
    // The dry run's commands per node and phase (uploads: their destination) ...
    QMap<QString, QStringList> expected;
    int phase = -1;
    static const QRegularExpression phaseLine(QStringLiteral("^# phase (\\d+):"));
    for (const QString &line : dry.out.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = phaseLine.match(line);
        if (m.hasMatch())
            phase = m.captured(1).toInt();
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        if (line.startsWith(QLatin1Char('#')) || colon < 0)
            continue;
        const QString host = line.left(colon);
        QString rest = line.mid(colon + 2);
        if (rest.startsWith(QLatin1String("$ ")))
            rest = QStringLiteral("run ") + rest.mid(2).remove(QRegularExpression(QStringLiteral("   # stdin: .*$")));
        else if (rest.startsWith(QLatin1String("local> ")))
            rest = QStringLiteral("upload ") + rest.section(QLatin1Char(':'), -1);
        expected[QStringLiteral("%1 %2").arg(phase).arg(host)] << rest;
    }
    // ... are the exported project's, its wrappers stripped the documented way.
    const CliRun steps = CliRun::program(QStringLiteral("/usr/bin/python3"), {QStringLiteral(TEST_SOURCE_DIR "/ansible/playbook_steps.py"), m_ansibleDir});
    QVERIFY2(steps.exitCode == 0, steps.describe());
    QMap<QString, QStringList> exported;
    for (const QString &line : steps.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        const QString command = o.value(QStringLiteral("command")).toString();
        exported[QStringLiteral("%1 %2").arg(o.value(QStringLiteral("phase")).toInt()).arg(o.value(QStringLiteral("host")).toString())]
            << (kind == QLatin1String("upload") ? QStringLiteral("upload ") + command.section(QStringLiteral(" -> "), 1).section(QLatin1Char('/'), 0, -2) + QLatin1Char('/')
                                                : QStringLiteral("run ") + command);
    }
    QCOMPARE(exported.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(exported.value(it.key()), it.value());
}

void TestAnsible::installsUnchangedThenVerifies()
{
    const CliRun run = playbook(m_lab, m_ansibleDir);
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("PLAY [Every node runs its profile's services]")), run.describe());
    QCOMPARE(installerRuns(m_lab), 4);
    const CliRun verify = CliRun::run({QStringLiteral("verify"), QStringLiteral("--project"), m_lab.project.path});
    QVERIFY2(verify.exitCode == 0, verify.describe());
    // The node keeps the steps as the executor does: verify --steps reads them.
    const CliRun steps = CliRun::run({QStringLiteral("verify"), QStringLiteral("--project"), m_lab.project.path, QStringLiteral("--steps")});
    QVERIFY2(steps.exitCode == 0 && steps.out.contains(QStringLiteral("backend-1.install")), steps.describe());
}

void TestAnsible::rerunDoesNothingTwice()
{
    const CliRun again = playbook(m_lab, m_ansibleDir);
    QVERIFY2(again.exitCode == 0, again.describe());
    for (const QString &host : {QStringLiteral("backend-1"), QStringLiteral("backend-2"), QStringLiteral("frontend-1"), QStringLiteral("frontend-2")})
        QVERIFY2(QRegularExpression(QStringLiteral("%1\\s+: ok=\\d+\\s+changed=0 ").arg(host)).match(again.out).hasMatch(), again.describe());
    QCOMPARE(installerRuns(m_lab), 4);
}

void TestAnsible::phaseZeroFaultStopsLaterPhases()
{
    m_lab.stop();
    const QString error = m_faultLab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile faults(m_faultLab.nodeDir(QStringLiteral("backend-2")) + QStringLiteral("/faults.conf"));
    QVERIFY(faults.open(QIODevice::Append));
    faults.write("FAIL_AT_STEP=tune-sysctl\n");
    faults.close();
    const CliRun run = playbook(m_faultLab, exportBundle(m_faultLab, QStringLiteral("fault-bundle")));
    QVERIFY2(run.exitCode != 0, run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("fatal: [backend-2]")), run.describe());
    QVERIFY2(!run.out.contains(QStringLiteral("PLAY [Phase 1")), run.describe());
    QCOMPARE(installerRuns(m_faultLab), 0);
}

void TestAnsible::hostileValuesStayData()
{
    // Every node's installer directory reached through a name full of template and shell
    // syntax (a symlink to the real one). Host names, users, addresses and ports cannot carry
    // it: the project's schema refuses them.
    const QString hostile = QStringLiteral("in{{ lookup('pipe','touch PWNED-lookup') }}{% if true %}x{% endif %}$(touch PWNED-subst)`touch PWNED-tick`;touch PWNED-semi");
    Project project = m_faultLab.project;
    for (const Node &node : m_faultLab.cluster.cluster.nodes) {
        const QString link = m_faultLab.nodeDir(node.hostname) + QLatin1Char('/') + hostile;
        QVERIFY(QFile::link(m_faultLab.nodeDir(node.hostname) + QStringLiteral("/installer"), link));
        project.nodes[node.hostname].installerDir = link;
    }
    QVERIFY(project.save().isEmpty());
    QFile faults(m_faultLab.nodeDir(QStringLiteral("backend-2")) + QStringLiteral("/faults.conf"));
    QVERIFY(faults.open(QIODevice::ReadOnly));
    const QByteArray cleared = faults.readAll().replace("FAIL_AT_STEP=tune-sysctl\n", "");
    faults.close();
    TestFiles::write(faults.fileName(), cleared);
    m_faultLab.project = project;
    const QString dir = exportBundle(m_faultLab, QStringLiteral("hostile-bundle"));
    const CliRun run = playbook(m_faultLab, dir);
    QVERIFY2(run.exitCode == 0, run.describe());
    // Nothing ran on the controller or on a node ...
    const CliRun found = CliRun::program(QStringLiteral("find"), {m_faultLab.tempPath(QString()), dir, QDir::currentPath(), QStringLiteral("-name"), QStringLiteral("PWNED*")});
    QVERIFY2(found.out.trimmed().isEmpty(), qPrintable(found.out));
    // ... and the value arrived as it was: the step ran in that very directory.
    const QByteArray cmd = TestFiles::read(m_faultLab.nodeDir(QStringLiteral("backend-1")) + QStringLiteral("/installer/.agilesec-steps/backend-1.install/cmd"));
    QVERIFY2(cmd.contains(hostile.toUtf8().replace("'", "'\\''")), cmd.constData());
    QCOMPARE(installerRuns(m_faultLab), 4);
}
void TestAnsible::engineAnsibleThenTheExecutorTakesOver()
{
    m_faultLab.stop();
    const QString error = m_engineLab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString project = m_engineLab.project.path;
    // Every node through backend-2 as the project's bastion (ssh.proxyJump): Ansible's ssh goes
    // there with the export's ProxyCommand, checked against the export's known_hosts.
    const SshEndpoint bastion = m_engineLab.endpoint(QStringLiteral("backend-2"));
    const QString jump = QStringLiteral("%1:%2").arg(bastion.host).arg(bastion.port);
    m_engineLab.project.defaults.proxyJump = jump;
    QVERIFY(m_engineLab.project.save().isEmpty());
    const auto sshdAccepts = [this](const QString &node) {
        return int(TestFiles::read(m_engineLab.nodeDir(node) + QStringLiteral("/sshd.log")).count("Accepted "));
    };
    const int bastionBefore = sshdAccepts(QStringLiteral("backend-2")), otherBefore = sshdAccepts(QStringLiteral("frontend-1"));
    const CliRun run = CliRun::run({QStringLiteral("install"), QStringLiteral("--project"), project, QStringLiteral("--yes"), QStringLiteral("--engine"),
                                    QStringLiteral("ansible")},
                                   240000);
    QVERIFY2(run.exitCode == 0, run.describe());
    const QByteArray hostVars = TestFiles::read(m_engineLab.project.outputPath() + QStringLiteral("/ansible/host_vars/frontend-1.yml"));
    QVERIFY2(hostVars.contains("agilesec_ssh_proxy_command: !unsafe ") && hostVars.contains(" -W '[%h]:%p' " + bastion.host.toUtf8()), hostVars.constData());
    // The bastion served its own connections and one for each of the three others.
    QVERIFY2(sshdAccepts(QStringLiteral("backend-2")) - bastionBefore >= sshdAccepts(QStringLiteral("frontend-1")) - otherBefore + 3,
             qPrintable(QStringLiteral("%1 %2 %3 %4").arg(bastionBefore).arg(sshdAccepts(QStringLiteral("backend-2"))).arg(otherBefore).arg(sshdAccepts(QStringLiteral("frontend-1")))));
    // The same rows as the executor's: node, step, result; phase by phase.
    QVERIFY2(run.out.contains(QStringLiteral(" == phase 1/4: Install the primary backend\n")), run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("  backend-1: ok: Install the primary full backend services\n")), run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("  frontend-2: ok: Check the service status table\n"))
             && run.out.contains(QStringLiteral("  frontend-2: [3/3] Check the service status table\n")) && run.out.contains(QStringLiteral(" == phase 4 completed\n")), run.describe());
    // The journal has every step done, and the vault is gone.
    const QJsonObject steps = QJsonDocument::fromJson(TestFiles::read(m_engineLab.project.journalPath())).object().value(QStringLiteral("steps")).toObject();
    QCOMPARE(steps.size(), InstallPlanBuilder::build(m_engineLab.cluster.cluster, m_engineLab.project.planOptions()).stepCount());
    for (auto it = steps.begin(); it != steps.end(); ++it)
        QVERIFY2(it.value().toObject().value(QStringLiteral("state")).toString() == QLatin1String("done"), qPrintable(it.key()));
    QVERIFY(!QFileInfo::exists(m_engineLab.project.outputPath() + QStringLiteral("/ansible/group_vars/all/vault.yml")));
    QVERIFY(!TestFiles::read(m_engineLab.project.logDir() + QStringLiteral("/ansible.log"))
                 .contains(TestFiles::read(m_engineLab.labDir() + QStringLiteral("/admin-password")).trimmed()));
    const CliRun verify = CliRun::run({QStringLiteral("verify"), QStringLiteral("--project"), project});
    QVERIFY2(verify.exitCode == 0, verify.describe());
    // Our executor afterwards runs nothing again.
    const CliRun again = CliRun::run({QStringLiteral("install"), QStringLiteral("--project"), project, QStringLiteral("--yes")}, 240000);
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(installerRuns(m_engineLab), 4);
}
} // namespace

QTEST_GUILESS_MAIN(TestAnsible)
#include "tst_ansible.moc"
