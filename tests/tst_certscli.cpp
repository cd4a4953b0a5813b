#include "CliRun.h"
#include "TestFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QString &workingDirectory = {})
{
    CliRun::Options options;
    options.workingDirectory = workingDirectory;
    const CliRun r = CliRun::program(program, arguments, options);
    return Run{r.exitCode, r.out, r.err};
}

Run certs(const QStringList &arguments)
{
    return run(QStringLiteral(AGILESEC_BINARY), QStringList{QStringLiteral("certs")} + arguments);
}

QString example(const char *name)
{
    return QStringLiteral(EXAMPLES_DIR "/") + QLatin1String(name);
}

QHash<QString, QByteArray> snapshot(const QString &dir)
{
    QHash<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), TestFiles::read(path));
    }
    return files;
}
} // namespace

class TestCertsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensslVerifiesEveryCertificate();
    void tarExtractsWithModesAsInTheGuide();
    void addingFrontend3ViaCliKeepsOtherFiles();
    void invalidConfigWritesNothing();
    void ownEncryptedCaWithPassFile();
    void brokenOwnCaWritesNothing();
    void importedCertificatesWithProblemsAreNamed();
    void pfxOpensWithOpenssl();
    void exportedCaKeyIsEncrypted();
    void badOptionValuesAreUsageErrors();

private:
    QTemporaryDir m_dir;
};

void TestCertsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(), "the openssl command is required");
}

void TestCertsCli::opensslVerifiesEveryCertificate()
{
    const QString out = m_dir.filePath(QStringLiteral("verify"));
    const Run r = certs({"--config", example("seven-node-stretch.conf"), "--out", out, "--key-type", "p256"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("signed with a new CA: 9 certificate(s) issued, 0 kept")));
    QStringList leaves;
    QDirIterator it(out + QStringLiteral("/certificates"), {QStringLiteral("*-cert.pem")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(QLatin1String("/ca/")))
            leaves << path;
    }
    QCOMPARE(leaves.size(), 9);
    const QString ca = out + QStringLiteral("/certificates/ca/agilesec-rootca-cert.pem");
    const Run verify = run(QStringLiteral("openssl"), QStringList{"verify", "-CAfile", ca, "-purpose", "sslserver"} + leaves);
    QCOMPARE(verify.exitCode, 0);
    QCOMPARE(verify.out.count(QStringLiteral(": OK")), 9);
    // Node identities are also valid TLS clients (mutual TLS between nodes).
    const Run client = run(QStringLiteral("openssl"),
                           {"verify", "-CAfile", ca, "-purpose", "sslclient", out + QStringLiteral("/certificates/nodes/coordinator-1-cert.pem")});
    QCOMPARE(client.exitCode, 0);
    // ...and a web certificate is not.
    const Run notClient = run(QStringLiteral("openssl"),
                              {"verify", "-CAfile", ca, "-purpose", "sslclient", out + QStringLiteral("/certificates/web/frontend-2-web-cert.pem")});
    QVERIFY(notClient.exitCode != 0);
    const Run text = run(QStringLiteral("openssl"), {"x509", "-in", ca, "-noout", "-ext", "basicConstraints,keyUsage"});
    QVERIFY2(text.out.contains(QStringLiteral("critical\n    CA:TRUE")), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("Certificate Sign, CRL Sign")));
}

void TestCertsCli::tarExtractsWithModesAsInTheGuide()
{
    const QString out = m_dir.filePath(QStringLiteral("tar"));
    QCOMPARE(certs({"--config", example("four-node.conf"), "--out", out}).exitCode, 0);
    QCOMPARE(QFileInfo(out + QStringLiteral("/certificates/kf-agilesec.internal-certs.tgz")).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
    // The guide, on each node: cd <installer_directory>/certificates/ && tar zxvf kf-agilesec.internal-certs.tgz && cp env.X ../.env
    const QString node = m_dir.filePath(QStringLiteral("node/certificates"));
    QVERIFY(QDir().mkpath(node));
    QVERIFY(QFile::copy(out + QStringLiteral("/certificates/kf-agilesec.internal-certs.tgz"), node + QStringLiteral("/kf-agilesec.internal-certs.tgz")));
    const Run tar = run(QStringLiteral("tar"), {"zxvf", "kf-agilesec.internal-certs.tgz"}, node);
    QCOMPARE(tar.exitCode, 0);
    QVERIFY(tar.out.contains(QStringLiteral("env.backend-2")));
    QCOMPARE(run(QStringLiteral("cp"), {"env.backend-2", "../.env"}, node).exitCode, 0);
    QVERIFY(TestFiles::read(m_dir.filePath(QStringLiteral("node/.env"))).contains("NODE_HOSTNAME=\"backend-2\""));
    // Mode 0600, as tar restored it from the archive.
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    QCOMPARE(QFileInfo(node + QStringLiteral("/nodes/backend-2-key.pem")).permissions()
                 & (ownerOnly | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             ownerOnly);
    QVERIFY(QFileInfo(node + QStringLiteral("/nodes/backend-2-cert.pem")).permissions() & QFile::ReadOther);
    QVERIFY(!QFileInfo::exists(node + QStringLiteral("/ca/agilesec-rootca-key.pem")));
    // The extracted files are where every env file's TLS_* paths point.
    const Run verify = run(QStringLiteral("openssl"), {"verify", "-CAfile", "ca/agilesec-rootca-cert.pem", "nodes/backend-2-cert.pem"}, node);
    QCOMPARE(verify.exitCode, 0);
}

void TestCertsCli::addingFrontend3ViaCliKeepsOtherFiles()
{
    const QString out = m_dir.filePath(QStringLiteral("extend"));
    QCOMPARE(certs({"--config", example("four-node.conf"), "--out", out, "--key-type", "p256"}).exitCode, 0);
    const QHash<QString, QByteArray> before = snapshot(out);
    const Run r = certs({"--config", QStringLiteral(TEST_DATA_DIR "/four-node-plus-frontend3.conf"), "--out", out, "--key-type", "p256"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("signed with the existing CA")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("2 certificate(s) issued, 6 kept")));
    const QHash<QString, QByteArray> after = snapshot(out);
    QStringList changed;
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (after.value(it.key()) != it.value())
            changed << it.key();
    }
    QCOMPARE(changed, QStringList{"certificates/kf-agilesec.internal-certs.tgz"});
    QCOMPARE(after.size(), before.size() + 4); // frontend-3's identity and web certificate and keys
}

void TestCertsCli::invalidConfigWritesNothing()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.conf"));
    TestFiles::write(bad, TestFiles::example(QStringLiteral("four-node.conf")).replace("\"10.0.2.22\"", "\"10.0.2.21\""));
    const QString out = m_dir.filePath(QStringLiteral("invalid"));
    const Run r = certs({"--config", bad, "--out", out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("bad.conf:14: error: frontend-2 (frontend2): private IP 10.0.2.21 is already used")));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCertsCli::ownEncryptedCaWithPassFile()
{
    // An organisation CA made with the openssl command, its key encrypted.
    const QString dir = m_dir.filePath(QStringLiteral("corp"));
    QVERIFY(QDir().mkpath(dir));
    TestFiles::write(dir + QStringLiteral("/pass"), "corp-ca-passphrase\n");
    const Run make = run(QStringLiteral("openssl"),
                         {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-keyout", "corp-key.pem", "-out", "corp-cert.pem",
                          "-days", "30", "-subj", "/CN=Corp Root", "-passout", "file:pass", "-addext", "basicConstraints=critical,CA:TRUE",
                          "-addext", "keyUsage=critical,keyCertSign,cRLSign"},
                         dir);
    QCOMPARE(make.exitCode, 0);
    const QString out = m_dir.filePath(QStringLiteral("byo"));
    const Run r = certs({"--config", example("three-node.conf"), "--out", out, "--ca-cert", dir + "/corp-cert.pem", "--ca-key", dir + "/corp-key.pem",
                         "--ca-pass-file", dir + "/pass"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("signed with your CA")));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/certificates/ca/agilesec-rootca-key.pem")));
    QCOMPARE(TestFiles::read(out + QStringLiteral("/certificates/ca/agilesec-rootca-cert.pem")), TestFiles::read(dir + "/corp-cert.pem"));
    const Run verify = run(QStringLiteral("openssl"), {"verify", "-CAfile", dir + "/corp-cert.pem", out + "/certificates/nodes/frontend-1-cert.pem"});
    QCOMPARE(verify.exitCode, 0);
    // Without the passphrase: a clear error, and no prompt (stdin is not a terminal here, and never read).
    const Run noPass = certs({"--config", example("three-node.conf"), "--out", m_dir.filePath(QStringLiteral("byo2")), "--ca-cert",
                              dir + "/corp-cert.pem", "--ca-key", dir + "/corp-key.pem"});
    QCOMPARE(noPass.exitCode, 1);
    QVERIFY2(noPass.err.contains(QStringLiteral("the CA key is encrypted: give its passphrase (--ca-pass-file); nothing written")), qPrintable(noPass.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("byo2"))));
}

void TestCertsCli::brokenOwnCaWritesNothing()
{
    const QString out = m_dir.filePath(QStringLiteral("verify"));
    const QString leaf = out + QStringLiteral("/certificates/nodes/backend-1-cert.pem");
    const QString leafKey = out + QStringLiteral("/certificates/nodes/backend-1-key.pem");
    const QString target = m_dir.filePath(QStringLiteral("notaca"));
    const Run r = certs({"--config", example("three-node.conf"), "--out", target, "--ca-cert", leaf, "--ca-key", leafKey});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(leaf + QStringLiteral(": the CA certificate is not a CA (basicConstraints CA:TRUE is missing)")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(target));
}

void TestCertsCli::importedCertificatesWithProblemsAreNamed()
{
    const QString source = m_dir.filePath(QStringLiteral("verify/certificates"));
    // The 7-node set, checked for the 4-node cluster: backend-1/2 exist but for other IPs; frontend-1 is missing.
    const Run r = certs({"--config", example("four-node.conf"), "--out", m_dir.filePath(QStringLiteral("imported")), "--import-certs", source,
                         "--ca-cert", source + QStringLiteral("/ca/agilesec-rootca-cert.pem")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("backend-1: certificates/nodes/backend-1-cert.pem: subjectAltName does not cover the IP address 10.0.1.11")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("frontend-1: missing certificates/nodes/frontend-1-cert.pem")));
    QVERIFY(r.err.contains(QStringLiteral("nothing written")));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("imported"))));

    // The right set imports cleanly and is bundled.
    const Run ok = certs({"--config", example("seven-node-stretch.conf"), "--out", m_dir.filePath(QStringLiteral("imported")), "--import-certs",
                          source, "--ca-cert", source + QStringLiteral("/ca/agilesec-rootca-cert.pem")});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QVERIFY(ok.out.contains(QStringLiteral("0 certificate(s) issued, 9 kept")));
    QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("imported/certificates/kf-agilesec.internal-certs.tgz"))));
}

void TestCertsCli::pfxOpensWithOpenssl()
{
    const QString out = m_dir.filePath(QStringLiteral("pfx"));
    TestFiles::write(m_dir.filePath(QStringLiteral("pfx-pass")), "AppGwPass123\n");
    const Run r = certs({"--config", example("four-node.conf"), "--out", out, "--key-type", "p256", "--lb-address", "10.0.0.100", "--pfx-pass-file",
                         m_dir.filePath(QStringLiteral("pfx-pass"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Run info = run(QStringLiteral("openssl"), {"pkcs12", "-in", out + "/certificates/lb/agilesec-lb.pfx", "-nokeys", "-passin", "pass:AppGwPass123"});
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    QVERIFY(info.out.contains(QStringLiteral("subject=O = AgileSec Platform, CN = agilesec.kf-agilesec.com")));
    const Run wrong = run(QStringLiteral("openssl"), {"pkcs12", "-in", out + "/certificates/lb/agilesec-lb.pfx", "-nokeys", "-passin", "pass:nope"});
    QVERIFY(wrong.exitCode != 0);
    // The load balancer's files stay on this machine: not in the nodes' bundle.
    const Run list = run(QStringLiteral("tar"), {"tzf", out + "/certificates/kf-agilesec.internal-certs.tgz"});
    QVERIFY(!list.out.contains(QStringLiteral("lb/")));
}

void TestCertsCli::exportedCaKeyIsEncrypted()
{
    const QString out = m_dir.filePath(QStringLiteral("export"));
    TestFiles::write(m_dir.filePath(QStringLiteral("export-pass")), "long-enough-passphrase");
    const QString target = m_dir.filePath(QStringLiteral("ca-key-export.pem"));
    const Run r = certs({"--config", example("three-node.conf"), "--out", out, "--key-type", "p256", "--export-ca-key", target, "--export-pass-file",
                         m_dir.filePath(QStringLiteral("export-pass"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(TestFiles::read(target).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    QVERIFY(!(QFileInfo(target).permissions() & (QFile::ReadGroup | QFile::ReadOther)));
    const Run check = run(QStringLiteral("openssl"), {"pkey", "-in", target, "-passin", "pass:long-enough-passphrase", "-noout"});
    QCOMPARE(check.exitCode, 0);
    TestFiles::write(m_dir.filePath(QStringLiteral("short-pass")), "short");
    const Run tooShort = certs({"--config", example("three-node.conf"), "--out", out, "--export-ca-key", target, "--export-pass-file",
                                m_dir.filePath(QStringLiteral("short-pass"))});
    QCOMPARE(tooShort.exitCode, 1);
    QVERIFY(tooShort.err.contains(QStringLiteral("shorter than 8 characters")));
}

void TestCertsCli::badOptionValuesAreUsageErrors()
{
    const QString out = m_dir.filePath(QStringLiteral("usage"));
    QCOMPARE(certs({"--config", example("four-node.conf"), "--out", out, "--key-type", "dsa"}).exitCode, 2);
    QCOMPARE(certs({"--config", example("four-node.conf"), "--out", out, "--days", "0"}).exitCode, 2);
    QCOMPARE(certs({"--config", example("four-node.conf"), "--out", out, "--lb-address", "10.0.0"}).exitCode, 2);
    QCOMPARE(certs({"--config", example("four-node.conf"), "--out", out, "--ca-cert", "x.pem"}).exitCode, 2);
    const Run help = certs({"--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--key-type <T>")));
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestCertsCli)
#include "tst_certscli.moc"
