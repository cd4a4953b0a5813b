// Integration tests of the SSH transport against the lab's real OpenSSH sshd processes.
#include "CliRun.h"
#include "LabFixture.h"
#include "export/AnsibleHosts.h"
#include "project/Project.h"
#include "ssh/SshJumpHost.h"
#include "verify/AccessProbe.h"
#include "ssh/HostCertificate.h"
#include "ssh/HostCertificateTrust.h"
#include "ssh/HandshakeGate.h"
#include "ssh/SshSession.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QElapsedTimer>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <QThread>
#include <thread>
#include <tuple>

namespace {
QString run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    CliRun::Options options;
    options.input = input;
    options.timeoutMs = 30000;
    const CliRun r = CliRun::program(program, arguments, options);
    return r.out + r.err;
}

bool isRoot()
{
    return run(QStringLiteral("id"), {QStringLiteral("-u")}).trimmed() == QLatin1String("0");
}
} // namespace

class TestSsh : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pinnedHostKeyAndStreamedExec();
    void unknownHostKeyNeedsExplicitAcceptance();
    void knownHostsFileIsHonoured();
    void changedHostKeyIsRefusedWithAWarning();
    void revokedKeyIsRefusedAsOpenSshRefusesIt();
    void hostCertificatesAreJudgedAsOpenSshJudgesThem();
    void sshConfigHostAliasAndProxyCommand();
    void nativeProxyJumpChecksEveryHop();
    void ansibleProxyCommandKeepsEveryHopStrict();
    void keyWithPassphrase();
    void unauthorizedKeyExplainsWhatWasTried();
    void agentAuthentication();
    void identitiesOnlyWithACrowdedAgent();
    void connectErrorsNameTheCause();
    void tooOpenKeyIsRefusedAsOpenSshRefusesIt();
    void passwordAndKeyboardInteractive();
    void exitStatusTimeoutCancelAndSilence();
    void sudoWithAndWithoutPassword();
    void checkAccessCliPinsOnlyWhatWasAccepted();
    void handshakesTakeTurnsBelowMaxStartups();

private:
    LabFixture m_lab;
};

void TestSsh::initTestCase()
{
    const QString error = m_lab.start(QStringLiteral("3"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSsh::cleanupTestCase()
{
    m_lab.stop();
}

void TestSsh::pinnedHostKeyAndStreamedExec()
{
    SshSession session(m_lab.endpoint(QStringLiteral("backend-1")), {});
    QVERIFY2(session.connect(), qPrintable(session.error()));
    QCOMPARE(session.hostKeyTrust(), SshSession::HostKeyTrust::Pinned);
    QVERIFY(!session.shouldPin());
    QCOMPARE(session.serverFingerprint(), m_lab.endpoint(QStringLiteral("backend-1")).pinnedFingerprint);
    QVERIFY(session.serverFingerprint().startsWith(QStringLiteral("SHA256:")));

    QStringList seen;
    ExecOptions options;
    options.onLine = [&](ExecOptions::Stream stream, const QString &line) {
        seen << (stream == ExecOptions::Stream::Stdout ? QStringLiteral("out:") : QStringLiteral("err:")) + line;
    };
    const ExecResult r = session.exec(QStringLiteral("echo one; echo two >&2; printf 'three\\r\\nno-newline'; echo $AGILESEC_LAB_NODE >&2; exit 7"), options);
    QCOMPARE(r.exitStatus, 7);
    QVERIFY(r.error.isEmpty());
    QVERIFY2(seen.contains(QStringLiteral("out:one")) && seen.contains(QStringLiteral("err:two")) && seen.contains(QStringLiteral("out:three"))
                 && seen.contains(QStringLiteral("out:no-newline")) && seen.contains(QStringLiteral("err:backend-1")),
             qPrintable(seen.join('|')));
    QVERIFY(seen.indexOf(QStringLiteral("out:one")) < seen.indexOf(QStringLiteral("out:three")));

    // stdin reaches the command, and lines arrive as they are printed, not at the end.
    ExecOptions streaming;
    QElapsedTimer clock;
    qint64 firstLineAt = -1;
    streaming.stdinData = "hello from stdin\n";
    streaming.onLine = [&](ExecOptions::Stream, const QString &line) {
        if (firstLineAt < 0 && line == QLatin1String("hello from stdin"))
            firstLineAt = clock.elapsed();
    };
    clock.start();
    const ExecResult s = session.exec(QStringLiteral("cat; sleep 1.5; echo late"), streaming);
    QCOMPARE(s.exitStatus, 0);
    QVERIFY2(firstLineAt >= 0 && firstLineAt < 1200, qPrintable(QString::number(firstLineAt)));
    QVERIFY(clock.elapsed() >= 1500);
}

void TestSsh::unknownHostKeyNeedsExplicitAcceptance()
{
    SshEndpoint endpoint = m_lab.endpoint(QStringLiteral("backend-2"));
    const QString fingerprint = endpoint.pinnedFingerprint;
    endpoint.pinnedFingerprint.clear();
    SshSession refused(endpoint, {});
    QVERIFY(!refused.connect());
    const QString id = QStringLiteral("127.0.0.12:%1").arg(endpoint.port);
    QVERIFY2(refused.error().contains(QStringLiteral("the host key of %1 is not known yet: %2").arg(id, fingerprint)), qPrintable(refused.error()));
    QVERIFY(refused.error().contains(QStringLiteral("--accept-host-key %1=%2").arg(id, fingerprint)));

    endpoint.acceptedFingerprints = {QStringLiteral("SHA256:AAAAnotTheRightOneAAAAAAAAAAAAAAAAAAAAAAAAAA")};
    SshSession wrong(endpoint, {});
    QVERIFY(!wrong.connect());

    endpoint.acceptedFingerprints = {fingerprint};
    SshSession accepted(endpoint, {});
    QVERIFY2(accepted.connect(), qPrintable(accepted.error()));
    QCOMPARE(accepted.hostKeyTrust(), SshSession::HostKeyTrust::AcceptedNew);
    QVERIFY(accepted.shouldPin());
    QCOMPARE(accepted.hostKeyId(), id);

    endpoint.acceptedFingerprints.clear();
    endpoint.acceptNewHostKeys = true;
    SshSession acceptNew(endpoint, {});
    QVERIFY2(acceptNew.connect(), qPrintable(acceptNew.error()));
    QCOMPARE(acceptNew.hostKeyTrust(), SshSession::HostKeyTrust::AcceptedNew);
}

void TestSsh::knownHostsFileIsHonoured()
{
    SshEndpoint endpoint = m_lab.endpoint(QStringLiteral("frontend-1"));
    endpoint.pinnedFingerprint.clear();
    const QByteArray publicKey = TestFiles::read(m_lab.nodeDir(QStringLiteral("frontend-1")) + QStringLiteral("/ssh_host_ed25519_key.pub"));
    const QString knownHosts = m_lab.tempPath(QStringLiteral("known_hosts"));
    TestFiles::write(knownHosts, QStringLiteral("[127.0.0.13]:%1 ").arg(endpoint.port).toUtf8() + publicKey.left(publicKey.lastIndexOf(' ')) + '\n');
    endpoint.knownHostsFile = knownHosts;
    SshSession session(endpoint, {});
    QVERIFY2(session.connect(), qPrintable(session.error()));
    QCOMPARE(session.hostKeyTrust(), SshSession::HostKeyTrust::KnownHosts);

    // A different key on record for that host is a change, refused even with acceptNewHostKeys.
    const QByteArray other = TestFiles::read(m_lab.nodeDir(QStringLiteral("backend-1")) + QStringLiteral("/ssh_host_ed25519_key.pub"));
    TestFiles::write(knownHosts, QStringLiteral("[127.0.0.13]:%1 ").arg(endpoint.port).toUtf8() + other.left(other.lastIndexOf(' ')) + '\n');
    endpoint.acceptNewHostKeys = true;
    SshSession changed(endpoint, {});
    QVERIFY(!changed.connect());
    QVERIFY2(changed.error().contains(QStringLiteral("has CHANGED")), qPrintable(changed.error()));
    // Both fingerprints, the known one as ssh-keygen -l shows it, with where it is written.
    const QString known = run(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), m_lab.nodeDir(QStringLiteral("backend-1")) + QStringLiteral("/ssh_host_ed25519_key.pub")})
                              .split(QLatin1Char(' '))
                              .value(1);
    QVERIFY(known.startsWith(QStringLiteral("SHA256:")));
    QVERIFY2(changed.error().contains(QStringLiteral("Known fingerprint: ssh-ed25519 %1 (%2:1)").arg(known, knownHosts)), qPrintable(changed.error()));
    QVERIFY(changed.error().contains(changed.serverFingerprint()));
    // known_hosts is read, never written.
    QVERIFY(TestFiles::read(knownHosts).contains(other.left(other.lastIndexOf(' '))));

    // Without a project file, ssh_config's UserKnownHostsFile for the host applies: several files,
    // %h expanded and %% a literal %, the key only in the second. OpenSSH agrees on the same config.
    const QString dir = m_lab.tempPath(QStringLiteral("userknownhosts"));
    QVERIFY(QDir().mkpath(dir));
    TestFiles::write(dir + QStringLiteral("/first-127.0.0.13"), "");
    TestFiles::write(dir + QStringLiteral("/second-%h"), QStringLiteral("[127.0.0.13]:%1 ").arg(endpoint.port).toUtf8() + publicKey.left(publicKey.lastIndexOf(' ')) + '\n');
    const QString config = dir + QStringLiteral("/ssh_config");
    TestFiles::write(config, "Host 127.0.0.13\n  UserKnownHostsFile " + dir.toUtf8() + "/first-%h " + dir.toUtf8() + "/second-%%h\n");
    SshEndpoint viaConfig = m_lab.endpoint(QStringLiteral("frontend-1"));
    viaConfig.pinnedFingerprint.clear();
    viaConfig.knownHostsFile.clear();
    viaConfig.configFile = config;
    SshSession configured(viaConfig, {});
    QVERIFY2(configured.connect(), qPrintable(configured.error()));
    QCOMPARE(configured.hostKeyTrust(), SshSession::HostKeyTrust::KnownHosts);
    CliRun::Options options;
    options.timeoutMs = 30000;
    const CliRun openssh = CliRun::program(QStringLiteral("ssh"),
                                           {QStringLiteral("-F"), config, QStringLiteral("-o"), QStringLiteral("GlobalKnownHostsFile=/dev/null"), QStringLiteral("-o"),
                                            QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-i"),
                                            viaConfig.identityFile, QStringLiteral("-p"), QString::number(viaConfig.port), QStringLiteral("%1@127.0.0.13").arg(viaConfig.user),
                                            QStringLiteral("true")},
                                           options);
    QVERIFY2(openssh.exitCode == 0, openssh.describe());
}

void TestSsh::revokedKeyIsRefusedAsOpenSshRefusesIt()
{
    const SshEndpoint pinned = m_lab.endpoint(QStringLiteral("frontend-1"));
    QByteArray key = TestFiles::read(m_lab.nodeDir(QStringLiteral("frontend-1")) + QStringLiteral("/ssh_host_ed25519_key.pub"));
    key = key.left(key.lastIndexOf(' ')); // "ssh-ed25519 AAAA..."
    const QByteArray name = QStringLiteral("[127.0.0.13]:%1").arg(pinned.port).toUtf8();
    const QString knownHosts = m_lab.tempPath(QStringLiteral("revoked_known_hosts"));
    // OpenSSH's verdict on the same file, with the same key and user.
    const auto opensshRefuses = [&] {
        CliRun::Options options;
        options.timeoutMs = 30000;
        const CliRun r = CliRun::program(QStringLiteral("ssh"),
                                         {QStringLiteral("-F"), QStringLiteral("none"), QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + knownHosts,
                                          QStringLiteral("-o"), QStringLiteral("GlobalKnownHostsFile=/dev/null"), QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
                                          QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-i"), pinned.identityFile, QStringLiteral("-p"),
                                          QString::number(pinned.port), QStringLiteral("%1@127.0.0.13").arg(pinned.user), QStringLiteral("true")},
                                         options);
        return r.exitCode == 255 && (r.out + r.err).contains(QStringLiteral("REVOKED"));
    };
    const auto ours = [&](bool keepPin, bool acceptNew) {
        SshEndpoint endpoint = pinned;
        if (!keepPin)
            endpoint.pinnedFingerprint.clear();
        endpoint.acceptNewHostKeys = acceptNew;
        endpoint.knownHostsFile = knownHosts;
        auto session = std::make_unique<SshSession>(endpoint, SshCredentials{});
        const bool connected = session->connect();
        return std::make_pair(connected, std::move(session));
    };

    // 1. @revoked for the host next to a normal line for the same key.
    TestFiles::write(knownHosts, "@revoked " + name + ' ' + key + '\n' + name + ' ' + key + '\n');
    QVERIFY(opensshRefuses());
    auto [connected1, s1] = ours(false, false);
    QVERIFY(!connected1);
    QCOMPARE(s1->hostKeyRefusal(), SshSession::HostKeyRefusal::Revoked);
    QVERIFY2(s1->error().contains(QStringLiteral("is REVOKED: %1 line 1 marks it @revoked").arg(knownHosts)), qPrintable(s1->error()));
    // The project's pin for that very key does not make it trusted.
    auto [connectedPinned, sPinned] = ours(true, false);
    QVERIFY(!connectedPinned);
    QCOMPARE(sPinned->hostKeyRefusal(), SshSession::HostKeyRefusal::Revoked);

    // 2. @revoked * with the host's line hashed (ssh-keygen -H).
    TestFiles::write(knownHosts, name + ' ' + key + '\n');
    QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-H"), QStringLiteral("-f"), knownHosts}), 0);
    QVERIFY(!TestFiles::read(knownHosts).contains("127.0.0.13"));
    TestFiles::write(knownHosts, "@revoked * " + key + '\n' + TestFiles::read(knownHosts));
    QVERIFY(opensshRefuses());
    auto [connected2, s2] = ours(false, false);
    QVERIFY(!connected2);
    QCOMPARE(s2->hostKeyRefusal(), SshSession::HostKeyRefusal::Revoked);

    // 3. Only the @revoked line: not "unknown", and accept-new does not pin it.
    TestFiles::write(knownHosts, "@revoked " + name + ' ' + key + '\n');
    auto [connected3, s3] = ours(false, true);
    QVERIFY(!connected3);
    QCOMPARE(s3->hostKeyRefusal(), SshSession::HostKeyRefusal::Revoked);
    QVERIFY(!s3->shouldPin());

    // A @revoked line for another host does not touch this one; a hashed line still matches.
    TestFiles::write(knownHosts, "@revoked [127.0.0.99]:22 " + key + '\n' + name + ' ' + key + '\n');
    auto [connected4, s4] = ours(false, false);
    QVERIFY2(connected4, qPrintable(s4->error()));
    QCOMPARE(s4->hostKeyTrust(), SshSession::HostKeyTrust::KnownHosts);
}

// A node whose sshd presents a host certificate (HostCertificate, signed with ssh-keygen -s) and
// known_hosts trusting its CA with @cert-authority, no pin and no line for the node's key: the
// verdicts of OpenSSH 9.2 on the same files, case by case.
void TestSsh::hostCertificatesAreJudgedAsOpenSshJudgesThem()
{
    const QString node = QStringLiteral("frontend-1");
    const SshEndpoint pinned = m_lab.endpoint(node);
    const QString dir = m_lab.tempPath(QStringLiteral("hostca"));
    QVERIFY(QDir().mkpath(dir));
    for (const QString &ca : {QStringLiteral("ca"), QStringLiteral("other-ca")})
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                                                               QStringLiteral("-C"), ca, QStringLiteral("-f"), dir + QLatin1Char('/') + ca}),
                 0);
    const QString hostKey = m_lab.nodeDir(node) + QStringLiteral("/ssh_host_ed25519_key");
    const QString certificate = hostKey + QStringLiteral("-cert.pub");
    const QString sshdConfig = m_lab.nodeDir(node) + QStringLiteral("/sshd_config");
    const QByteArray configBefore = TestFiles::read(sshdConfig);
    TestFiles::write(sshdConfig, configBefore + "HostCertificate " + certificate.toUtf8() + '\n');
    // sshd reads its certificate when it starts: SIGHUP makes it start again, on the same port.
    const auto restartSshd = [&] {
        ::kill(pid_t(m_lab.sshdPid(node)), SIGHUP);
        QThread::msleep(300);
        return QTest::qWaitFor([&] {
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.13"), quint16(pinned.port));
            return probe.waitForConnected(200);
        }, 5000);
    };
    const auto sign = [&](const QString &ca, const QStringList &options) {
        QFile::remove(certificate);
        QStringList arguments{QStringLiteral("-q"), QStringLiteral("-s"), dir + QLatin1Char('/') + ca, QStringLiteral("-h"), QStringLiteral("-I"), QStringLiteral("frontend-1 host")};
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), arguments + options + QStringList{hostKey + QStringLiteral(".pub")}), 0);
        QVERIFY(restartSshd());
    };
    const QString knownHosts = dir + QStringLiteral("/known_hosts");
    const QByteArray caLine = "@cert-authority * " + TestFiles::read(dir + QStringLiteral("/ca.pub"));
    const auto openssh = [&] {
        CliRun::Options options;
        options.timeoutMs = 30000;
        return CliRun::program(QStringLiteral("ssh"),
                               {QStringLiteral("-F"), QStringLiteral("none"), QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + knownHosts, QStringLiteral("-o"),
                                QStringLiteral("GlobalKnownHostsFile=/dev/null"), QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
                                QStringLiteral("BatchMode=yes"), QStringLiteral("-i"), pinned.identityFile, QStringLiteral("-p"), QString::number(pinned.port),
                                QStringLiteral("%1@127.0.0.13").arg(pinned.user), QStringLiteral("true")},
                               options);
    };
    const auto ours = [&] {
        SshEndpoint endpoint = pinned;
        endpoint.pinnedFingerprint.clear();
        endpoint.knownHostsFile = knownHosts;
        auto session = std::make_unique<SshSession>(endpoint, SshCredentials{});
        session->connect();
        return session;
    };
    const QString plainFingerprint = run(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), hostKey + QStringLiteral(".pub")}).section(QLatin1Char(' '), 1, 1);

    // 1. Signed for this address, valid now: trusted without any pin, and the key is the node's own.
    sign(QStringLiteral("ca"), {QStringLiteral("-n"), QStringLiteral("frontend-1.lab,127.0.0.13"), QStringLiteral("-V"), QStringLiteral("-5m:+1h")});
    TestFiles::write(knownHosts, caLine);
    QVERIFY2(openssh().exitCode == 0, openssh().describe());
    auto s1 = ours();
    QVERIFY2(s1->isConnected(), qPrintable(s1->error()));
    QCOMPARE(s1->hostKeyTrust(), SshSession::HostKeyTrust::Certificate);
    QCOMPARE(s1->serverFingerprint(), plainFingerprint);
    QVERIFY2(s1->hostCertificate().contains(QStringLiteral("frontend-1 host")) && s1->hostCertificate().contains(knownHosts), qPrintable(s1->hostCertificate()));
    QVERIFY(!s1->shouldPin());
    // The Ansible export carries the CA for the host, and OpenSSH accepts the node with only that.
    Project project = m_lab.project;
    project.hostKeys.clear();
    project.hostPublicKeys.clear();
    project.knownHostsFile = knownHosts;
    QString missing;
    const QStringList exported = AnsibleHosts::knownHostsLines(project, QStringLiteral("127.0.0.13"), pinned.port, &missing);
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QCOMPARE(exported, QStringList{QStringLiteral("@cert-authority [127.0.0.13]:%1 %2").arg(pinned.port).arg(QString::fromUtf8(caLine.mid(18).trimmed().chopped(3)))});
    const QByteArray knownHostsBefore = TestFiles::read(knownHosts);
    TestFiles::write(knownHosts, exported.join(QLatin1Char('\n')).toUtf8() + '\n');
    QVERIFY2(openssh().exitCode == 0, openssh().describe());
    TestFiles::write(knownHosts, knownHostsBefore);

    // What makes it trusted is the CA's signature, checked here: one byte changed in the signed
    // part (the key id) and it does not verify; any truncation is refused as malformed.
    {
        QByteArray blob = QByteArray::fromBase64(TestFiles::read(certificate).split(' ').value(1));
        const QList<KnownHostsFile::Entry> trust = KnownHostsFile::read(knownHosts);
        QCOMPARE(HostCertificateTrust::judge(blob.toBase64(), trust, QStringLiteral("127.0.0.13"), QDateTime::currentSecsSinceEpoch()).kind,
                 HostCertificateTrust::Verdict::Kind::Trusted);
        for (qsizetype cut = 0; cut < blob.size(); cut += 7) {
            QString why;
            QVERIFY(!HostCertificate::parse(blob.left(cut), &why));
        }
        const qsizetype id = blob.indexOf("frontend-1 host");
        QVERIFY(id > 0);
        blob[id] = 'F';
        const HostCertificateTrust::Verdict forged = HostCertificateTrust::judge(blob.toBase64(), trust, QStringLiteral("127.0.0.13"), QDateTime::currentSecsSinceEpoch());
        QCOMPARE(forged.kind, HostCertificateTrust::Verdict::Kind::Refused);
        QVERIFY2(forged.detail.contains(QStringLiteral("does not verify")), qPrintable(forged.detail));
    }

    // CAs of every kind OpenSSH signs host certificates with (RSA with SHA-512, ECDSA P-256 and P-384).
    for (const auto &[name, type, bits] : {std::tuple{"ca-rsa", "rsa", "3072"}, std::tuple{"ca-p256", "ecdsa", "256"}, std::tuple{"ca-p384", "ecdsa", "384"}}) {
        const QString ca = dir + QLatin1Char('/') + QLatin1String(name);
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QLatin1String(type), QStringLiteral("-b"), QLatin1String(bits),
                                                               QStringLiteral("-N"), QString(), QStringLiteral("-f"), ca}),
                 0);
        sign(QLatin1String(name), {QStringLiteral("-n"), QStringLiteral("127.0.0.13")});
        TestFiles::write(knownHosts, "@cert-authority * " + TestFiles::read(ca + QStringLiteral(".pub")));
        QVERIFY2(openssh().exitCode == 0, openssh().describe());
        auto session = ours();
        QVERIFY2(session->isConnected(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), session->error())));
        QCOMPARE(session->hostKeyTrust(), SshSession::HostKeyTrust::Certificate);
    }

    // 2. The CA revoked: refused, and never offered for acceptance.
    sign(QStringLiteral("ca"), {QStringLiteral("-n"), QStringLiteral("127.0.0.13")});
    TestFiles::write(knownHosts, caLine + "@revoked * " + TestFiles::read(dir + QStringLiteral("/ca.pub")));
    QCOMPARE(openssh().exitCode, 255);
    auto s2 = ours();
    QVERIFY(!s2->isConnected());
    QCOMPARE(s2->hostKeyRefusal(), SshSession::HostKeyRefusal::Revoked);
    QVERIFY2(s2->error().contains(QStringLiteral("REVOKED")), qPrintable(s2->error()));

    // 3. Another host's certificate, and 4. an expired one: refused as OpenSSH refuses them.
    TestFiles::write(knownHosts, caLine);
    sign(QStringLiteral("ca"), {QStringLiteral("-n"), QStringLiteral("frontend-9.lab")});
    QCOMPARE(openssh().exitCode, 255);
    auto s3 = ours();
    QCOMPARE(s3->hostKeyRefusal(), SshSession::HostKeyRefusal::Certificate);
    QVERIFY2(s3->error().contains(QStringLiteral("do not include 127.0.0.13")), qPrintable(s3->error()));
    sign(QStringLiteral("ca"), {QStringLiteral("-n"), QStringLiteral("127.0.0.13"), QStringLiteral("-V"), QStringLiteral("20200101:20200102")});
    QCOMPARE(openssh().exitCode, 255);
    auto s4 = ours();
    QCOMPARE(s4->hostKeyRefusal(), SshSession::HostKeyRefusal::Certificate);
    QVERIFY2(s4->error().contains(QStringLiteral("expired at 2020-01-02")), qPrintable(s4->error()));

    // 5. Signed by a CA nobody trusts for it: the node's key is judged as a plain key, here known.
    sign(QStringLiteral("other-ca"), {QStringLiteral("-n"), QStringLiteral("127.0.0.13")});
    QByteArray plainKey = TestFiles::read(hostKey + QStringLiteral(".pub"));
    plainKey = plainKey.left(plainKey.lastIndexOf(' '));
    TestFiles::write(knownHosts, caLine + QStringLiteral("[127.0.0.13]:%1 ").arg(pinned.port).toUtf8() + plainKey + '\n');
    QVERIFY2(openssh().exitCode == 0, openssh().describe());
    auto s5 = ours();
    QVERIFY2(s5->isConnected(), qPrintable(s5->error()));
    QCOMPARE(s5->hostKeyTrust(), SshSession::HostKeyTrust::KnownHosts);

    TestFiles::write(sshdConfig, configBefore);
    QFile::remove(certificate);
    QVERIFY(restartSshd());
}

void TestSsh::changedHostKeyIsRefusedWithAWarning()
{
    const SshEndpoint before = m_lab.endpoint(QStringLiteral("frontend-1"));
    QString error;
    const QString newFingerprint = LabEnvironment::regenerateHostKey(m_lab.labDir(), QStringLiteral("frontend-1"), &error);
    QVERIFY2(!newFingerprint.isEmpty(), qPrintable(error));
    QVERIFY(newFingerprint != before.pinnedFingerprint);

    SshEndpoint endpoint = before;
    endpoint.acceptNewHostKeys = true; // never enough for a changed key
    SshSession refused(endpoint, {});
    QVERIFY(!refused.connect());
    const QString message = refused.error();
    QVERIFY2(message.contains(QStringLiteral("WARNING: the host key of 127.0.0.13:%1 has CHANGED").arg(endpoint.port)), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("man-in-the-middle")));
    QVERIFY(message.contains(before.pinnedFingerprint));
    QVERIFY(message.contains(newFingerprint));
    QVERIFY(message.contains(QStringLiteral("re-imaged")));
    QVERIFY(message.contains(QStringLiteral("--accept-host-key 127.0.0.13:%1=%2").arg(endpoint.port).arg(newFingerprint)));

    endpoint.acceptedFingerprints = {newFingerprint};
    SshSession repinned(endpoint, {});
    QVERIFY2(repinned.connect(), qPrintable(repinned.error()));
    QCOMPARE(repinned.hostKeyTrust(), SshSession::HostKeyTrust::AcceptedChanged);
    QVERIFY(repinned.shouldPin());
}

void TestSsh::sshConfigHostAliasAndProxyCommand()
{
    const SshEndpoint target = m_lab.endpoint(QStringLiteral("backend-1"));
    const SshEndpoint bastion = m_lab.endpoint(QStringLiteral("backend-2"));
    const QString bastionKnownHosts = m_lab.tempPath(QStringLiteral("bastion_known_hosts"));
    const QByteArray bastionKey = TestFiles::read(m_lab.nodeDir(QStringLiteral("backend-2")) + QStringLiteral("/ssh_host_ed25519_key.pub"));
    TestFiles::write(bastionKnownHosts, QStringLiteral("[127.0.0.12]:%1 ").arg(bastion.port).toUtf8() + bastionKey.left(bastionKey.lastIndexOf(' ')) + '\n');
    const QString config = m_lab.tempPath(QStringLiteral("ssh_config"));
    TestFiles::write(config, QStringLiteral("Host labnode\n  HostName 127.0.0.11\n  Port %1\n  User %2\n  IdentityFile %3\n"
                                            "Host viabastion\n  HostName 127.0.0.11\n  Port %1\n  User %2\n  IdentityFile %3\n"
                                            "  ProxyCommand ssh -q -i %3 -p %4 -o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=%5 %2@127.0.0.12 -W %h:%p\n")
                                 .arg(target.port)
                                 .arg(target.user, target.identityFile)
                                 .arg(bastion.port)
                                 .arg(bastionKnownHosts)
                                 .toUtf8());
    for (const QString &alias : {QStringLiteral("labnode"), QStringLiteral("viabastion")}) {
        SshEndpoint endpoint;
        endpoint.host = alias;
        endpoint.configFile = config;
        endpoint.knownHostsFile = m_lab.tempPath(QStringLiteral("empty_known_hosts"));
        endpoint.auth = QStringLiteral("agent"); // no agent: falls back to the config's IdentityFile
        endpoint.acceptedFingerprints = {target.pinnedFingerprint};
        qunsetenv("SSH_AUTH_SOCK");
        SshSession session(endpoint, {});
        QVERIFY2(session.connect(), qPrintable(alias + QStringLiteral(": ") + session.error()));
        QCOMPARE(session.hostKeyId(), QStringLiteral("%1:%2").arg(alias).arg(target.port));
        QCOMPARE(session.serverFingerprint(), target.pinnedFingerprint);
        ExecOptions options;
        options.capture = true;
        QCOMPARE(session.exec(QStringLiteral("echo $AGILESEC_LAB_NODE"), options).stdoutData, QByteArray("backend-1\n"));
    }
}

void TestSsh::ansibleProxyCommandKeepsEveryHopStrict()
{
    // ssh -J a,b as the export writes it: b's ssh through a's, each with the export's known_hosts,
    // strict, and the values as data. A stand-in ssh prints what it was given, the way the real
    // one would have it after expanding its % tokens (%h, %p, %%).
    QString error;
    const QList<SshJumpHost> hops = SshJumpHost::parseList(QStringLiteral("ops@a.example:2222,b.example"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString identity = QStringLiteral("/keys/it's $(touch PWNED) %h");
    const QString command = AnsibleHosts::proxyCommand(hops, identity);
    const QString bin = m_lab.tempPath(QStringLiteral("fake-ssh"));
    QDir().mkpath(bin);
    TestFiles::write(bin + QStringLiteral("/ssh"), "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    QFile::setPermissions(bin + QStringLiteral("/ssh"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QString expanded = QString(command).replace(QLatin1String(AnsibleHosts::kKnownHostsPlaceholder), QStringLiteral("/a dir/known_hosts"));
    expanded.replace(QLatin1String("%%"), QStringLiteral("\x01")).replace(QLatin1String("%h"), QStringLiteral("node-1")).replace(QLatin1String("%p"), QStringLiteral("22"));
    expanded.replace(QLatin1Char('\x01'), QLatin1Char('%'));
    CliRun::Options inBin;
    inBin.workingDirectory = bin;
    const QString usingFakeSsh = QStringLiteral("PATH=%1:/usr/bin:/bin; export PATH; exec ").arg(bin);
    const CliRun outer = CliRun::program(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), usingFakeSsh + expanded}, inBin);
    const QStringList args = outer.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(args.mid(0, 2) == (QStringList{QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=/a dir/known_hosts")}), qPrintable(outer.out));
    QVERIFY2(args.contains(QStringLiteral("StrictHostKeyChecking=yes")) && args.contains(QStringLiteral("GlobalKnownHostsFile=/dev/null")), qPrintable(outer.out));
    QVERIFY2(args.contains(QStringLiteral("/keys/it's $(touch PWNED) %%h")), qPrintable(outer.out)); // the real ssh makes it %h
    QVERIFY2(args.mid(args.size() - 3) == (QStringList{QStringLiteral("-W"), QStringLiteral("[node-1]:22"), QStringLiteral("b.example")}), qPrintable(outer.out));
    // The hop before: its own ssh, its % tokens left for it.
    const int proxy = int(args.indexOf(QRegularExpression(QStringLiteral("ProxyCommand=.*"))));
    QVERIFY2(proxy > 0, qPrintable(outer.out));
    QString inner = args.at(proxy).mid(int(qstrlen("ProxyCommand=")));
    QVERIFY2(inner.contains(QStringLiteral("-W '[%h]:%p' a.example")) && inner.contains(QStringLiteral("-p 2222 -l ops")), qPrintable(inner));
    inner.replace(QLatin1String("%%"), QStringLiteral("\x01")).replace(QLatin1String("%h"), QStringLiteral("b.example")).replace(QLatin1String("%p"), QStringLiteral("22"));
    inner.replace(QLatin1Char('\x01'), QLatin1Char('%'));
    const CliRun hop = CliRun::program(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), usingFakeSsh + inner}, inBin);
    const QStringList hopArgs = hop.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(hopArgs.contains(QStringLiteral("UserKnownHostsFile=/a dir/known_hosts")) && hopArgs.contains(QStringLiteral("/keys/it's $(touch PWNED) %%h")),
             qPrintable(hop.out));
    QVERIFY2(hopArgs.mid(hopArgs.size() - 3) == (QStringList{QStringLiteral("-W"), QStringLiteral("[b.example]:22"), QStringLiteral("a.example")}), qPrintable(hop.out));
    QVERIFY(!QFileInfo::exists(bin + QStringLiteral("/PWNED")));
}

void TestSsh::nativeProxyJumpChecksEveryHop()
{
    // ssh -J backend-2,frontend-1 backend-1, done by us: each hop a verified session of its own.
    const SshEndpoint first = m_lab.endpoint(QStringLiteral("backend-2"));
    const SshEndpoint second = m_lab.endpoint(QStringLiteral("frontend-1"));
    const QString firstId = QStringLiteral("%1:%2").arg(first.host).arg(first.port);
    const QString secondId = QStringLiteral("%1:%2").arg(second.host).arg(second.port);
    SshEndpoint target = m_lab.endpoint(QStringLiteral("backend-1"));
    // Earlier tests may have given a node a new host key: pin each one as it is now.
    const auto currentKey = [](SshEndpoint e) {
        e.pinnedFingerprint.clear();
        e.acceptNewHostKeys = true;
        SshSession probe(e, {});
        return probe.connect() ? probe.serverFingerprint() : QString();
    };
    target.pinnedFingerprint = currentKey(target);
    target.jumpHostPins.insert(firstId, currentKey(first));
    target.jumpHostPins.insert(secondId, currentKey(second));
    target.proxyJump = QStringLiteral("%1,%2").arg(firstId, secondId);
    QVERIFY(!target.pinnedFingerprint.isEmpty() && !target.jumpHostPins.value(firstId).isEmpty() && !target.jumpHostPins.value(secondId).isEmpty());
    {
        SshSession session(target, {});
        QVERIFY2(session.connect(), qPrintable(session.error()));
        QCOMPARE(session.hostKeyTrust(), SshSession::HostKeyTrust::Pinned);
        QCOMPARE(session.jumpHosts(), target.proxyJump);
        QVERIFY2(session.description().endsWith(QStringLiteral(" through ") + target.proxyJump), qPrintable(session.description()));
        // Bytes both ways, intact, through two tunnels.
        QByteArray data(3 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        ExecOptions options;
        options.capture = true;
        options.stdinData = data;
        const ExecResult r = session.exec(QStringLiteral("echo $AGILESEC_LAB_NODE; sha256sum | cut -c1-64"), options);
        QCOMPARE(r.exitStatus, 0);
        QCOMPARE(r.stdoutData, "backend-1\n" + QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex() + '\n');
    }
    // A wrong pin on the second hop: refused there, naming that hop; the target is never reached.
    SshEndpoint wrongPin = target;
    wrongPin.jumpHostPins.insert(secondId, QStringLiteral("SHA256:") + QString(43, QLatin1Char('A')));
    SshSession refused(wrongPin, {});
    QVERIFY(!refused.connect());
    QVERIFY2(refused.error().contains(QStringLiteral("jump host %1: WARNING: the host key of %1 has CHANGED").arg(secondId)), qPrintable(refused.error()));
    QVERIFY(refused.serverFingerprint().isEmpty());
    // The refused hop is named with the key it showed, for the same dialog as a node's.
    QCOMPARE(refused.refusedJumpHost().hostKeyId, secondId);
    QCOMPARE(refused.refusedJumpHost().refusal, SshSession::HostKeyRefusal::Changed);
    QCOMPARE(refused.refusedJumpHost().fingerprint, target.jumpHostPins.value(secondId));
    const ConnectionCheck changedHop = AccessProbe::connection(QStringLiteral("backend-1"), refused, false);
    QVERIFY(changedHop.hostKey == ConnectionCheck::HostKey::Changed && changedHop.jumpHost == secondId && changedHop.hostKeyId == secondId);
    // An unknown hop key: refused, unless new keys are accepted, and then reported for pinning.
    SshEndpoint unknown = target;
    unknown.jumpHostPins.remove(secondId);
    unknown.knownHostsFile = m_lab.tempPath(QStringLiteral("empty_known_hosts"));
    SshSession notKnown(unknown, {});
    QVERIFY(!notKnown.connect());
    QVERIFY2(notKnown.error().contains(QStringLiteral("the host key of %1 is not known yet").arg(secondId)), qPrintable(notKnown.error()));
    const ConnectionCheck unknownHop = AccessProbe::connection(QStringLiteral("backend-1"), notKnown, false);
    QVERIFY(unknownHop.hostKey == ConnectionCheck::HostKey::Unknown && unknownHop.jumpHost == secondId);
    QCOMPARE(unknownHop.fingerprint, target.jumpHostPins.value(secondId));
    QVERIFY(unknownHop.publicKey.startsWith(QStringLiteral("ssh-")));
    unknown.acceptNewHostKeys = true;
    SshSession accepted(unknown, {});
    QVERIFY2(accepted.connect(), qPrintable(accepted.error()));
    QCOMPARE(accepted.acceptedJumpPins(), (QList<QPair<QString, QString>>{{secondId, target.jumpHostPins.value(secondId)}}));
    QCOMPARE(accepted.jumpHostKeys().size(), 2); // both hops' keys, for the Ansible export's known_hosts
    QCOMPARE(accepted.jumpHostKeys().at(1).first, secondId);
    // ProxyJump from ssh_config: natively too, so the project's pins apply to the jump host.
    const QString config = m_lab.tempPath(QStringLiteral("ssh_config_jump"));
    TestFiles::write(config, QStringLiteral("Host %1\n  ProxyJump %2\n").arg(target.host, firstId).toUtf8());
    SshEndpoint viaConfig = m_lab.endpoint(QStringLiteral("backend-1"));
    viaConfig.pinnedFingerprint = target.pinnedFingerprint;
    viaConfig.jumpHostPins = target.jumpHostPins;
    viaConfig.configFile = config;
    SshSession configured(viaConfig, {});
    QVERIFY2(configured.connect(), qPrintable(configured.error()));
    QCOMPARE(configured.jumpHosts(), firstId);
    viaConfig.jumpHostPins.insert(firstId, QStringLiteral("SHA256:") + QString(43, QLatin1Char('B')));
    SshSession configuredWrong(viaConfig, {});
    QVERIFY(!configuredWrong.connect());
    QVERIFY2(configuredWrong.error().contains(QStringLiteral("jump host %1: WARNING").arg(firstId)), qPrintable(configuredWrong.error()));
    // "none" overrides ssh_config; a jump host the jump host cannot reach says so; a bad list is refused.
    viaConfig.proxyJump = QStringLiteral("none");
    SshSession direct(viaConfig, {});
    QVERIFY2(direct.connect(), qPrintable(direct.error()));
    QVERIFY(direct.jumpHosts().isEmpty());
    SshEndpoint nowhere = target;
    nowhere.proxyJump = firstId;
    nowhere.port = 1;
    SshSession cannotReach(nowhere, {});
    QVERIFY(!cannotReach.connect());
    QVERIFY2(cannotReach.error().contains(QStringLiteral("jump host %1 cannot connect to %2:1").arg(firstId, target.host)), qPrintable(cannotReach.error()));
    // The jump host reaches the port, and what answers there ends the connection: the node's
    // side is named, not the jump host.
    const int closer = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in closerAddress{};
    closerAddress.sin_family = AF_INET;
    closerAddress.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t closerLength = sizeof closerAddress;
    QVERIFY(::bind(closer, reinterpret_cast<sockaddr *>(&closerAddress), sizeof closerAddress) == 0 && ::listen(closer, 1) == 0
            && ::getsockname(closer, reinterpret_cast<sockaddr *>(&closerAddress), &closerLength) == 0);
    std::thread hangUp([closer] {
        const int accepted = ::accept(closer, nullptr, nullptr);
        if (accepted >= 0)
            ::close(accepted);
    });
    nowhere.host = QStringLiteral("127.0.0.1");
    nowhere.port = ntohs(closerAddress.sin_port);
    SshSession hungUp(nowhere, {});
    QVERIFY(!hungUp.connect());
    hangUp.join();
    ::close(closer);
    QVERIFY2(hungUp.error().contains(QStringLiteral("jump host %1 reached 127.0.0.1:%2, then the node's SSH server ended the handshake").arg(firstId).arg(nowhere.port)),
             qPrintable(hungUp.error()));
    nowhere.proxyJump = QStringLiteral("-oProxyCommand=touch /tmp/x");
    SshSession malformed(nowhere, {});
    QVERIFY(!malformed.connect());
    QVERIFY2(malformed.error().contains(QStringLiteral("ProxyJump jump host 1 of 1")), qPrintable(malformed.error()));
}

void TestSsh::keyWithPassphrase()
{
    const QString key = m_lab.tempPath(QStringLiteral("passphrase-key"));
    run(QStringLiteral("ssh-keygen"), {"-q", "-t", "ed25519", "-N", "correct horse", "-f", key});
    QFile authorized(m_lab.nodeDir(QStringLiteral("backend-1")) + QStringLiteral("/authorized_keys"));
    QVERIFY(authorized.open(QIODevice::Append));
    authorized.write(TestFiles::read(key + QStringLiteral(".pub")));
    authorized.close();

    SshEndpoint endpoint = m_lab.endpoint(QStringLiteral("backend-1"));
    endpoint.identityFile = key;
    QStringList prompts;
    SshCredentials good;
    good.askSecret = [&](const QString &prompt) {
        prompts << prompt;
        return QByteArray("correct horse");
    };
    SshSession session(endpoint, good);
    QVERIFY2(session.connect(), qPrintable(session.error()));
    QCOMPARE(prompts, QStringList{QStringLiteral("Passphrase for the key %1").arg(key)});

    SshCredentials bad;
    bad.askSecret = [](const QString &) { return QByteArray("wrong"); };
    SshSession refused(endpoint, bad);
    QVERIFY(!refused.connect());
    QVERIFY2(refused.error().contains(QStringLiteral("Tried: key %1 (wrong or no passphrase)").arg(key)), qPrintable(refused.error()));

    SshSession nobodyToAsk(endpoint, {});
    QVERIFY(!nobodyToAsk.connect());
    QVERIFY(nobodyToAsk.error().contains(QStringLiteral("(wrong or no passphrase)")));
}

void TestSsh::unauthorizedKeyExplainsWhatWasTried()
{
    const QString key = m_lab.tempPath(QStringLiteral("stranger-key"));
    run(QStringLiteral("ssh-keygen"), {"-q", "-t", "ed25519", "-N", "", "-f", key});
    SshEndpoint endpoint = m_lab.endpoint(QStringLiteral("backend-2"));
    endpoint.identityFile = key;
    SshSession session(endpoint, {});
    QVERIFY(!session.connect());
    QVERIFY2(session.error().contains(QStringLiteral("authentication as %1@127.0.0.12:%2 failed. Tried: key %3 (not accepted by the server")
                                          .arg(endpoint.user)
                                          .arg(endpoint.port)
                                          .arg(key)),
             qPrintable(session.error()));
    QVERIFY(session.error().contains(QStringLiteral("The server accepts: publickey.")));

    endpoint.identityFile = m_lab.tempPath(QStringLiteral("missing-key"));
    SshSession missing(endpoint, {});
    QVERIFY(!missing.connect());
    QVERIFY(missing.error().contains(QStringLiteral("(the file does not exist)")));

    endpoint.auth = QStringLiteral("password");
    SshSession password(endpoint, SshCredentials{"secret", {}});
    QVERIFY(!password.connect());
    QVERIFY2(password.error().contains(QStringLiteral("password (the server does not allow it)")), qPrintable(password.error()));
}

void TestSsh::agentAuthentication()
{
    const QString agentOutput = run(QStringLiteral("ssh-agent"), {QStringLiteral("-s")});
    const QRegularExpression sock(QStringLiteral("SSH_AUTH_SOCK=([^;]+);"));
    const QRegularExpression pid(QStringLiteral("SSH_AGENT_PID=([0-9]+);"));
    const QString socket = sock.match(agentOutput).captured(1);
    const QString agentPid = pid.match(agentOutput).captured(1);
    QVERIFY2(!socket.isEmpty(), qPrintable(agentOutput));
    qputenv("SSH_AUTH_SOCK", socket.toUtf8());
    SshEndpoint endpoint = m_lab.endpoint(QStringLiteral("backend-2"));
    endpoint.auth = QStringLiteral("agent");
    endpoint.configFile = QStringLiteral("none");
    {
        SshSession empty(endpoint, {});
        QVERIFY(!empty.connect());
        QVERIFY2(empty.error().contains(QStringLiteral("ssh-agent (none of its keys was accepted)")), qPrintable(empty.error()));
    }
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
    add.setProcessEnvironment(env);
    add.start(QStringLiteral("ssh-add"), {m_lab.project.resolve(m_lab.project.defaults.identityFile)});
    QVERIFY(add.waitForFinished(10000));
    QCOMPARE(add.exitCode(), 0);
    SshSession session(endpoint, {});
    QVERIFY2(session.connect(), qPrintable(session.error()));
    run(QStringLiteral("kill"), {agentPid});
    qunsetenv("SSH_AUTH_SOCK");
}

// An agent holding seven other keys: without IdentitiesOnly both OpenSSH and we run into the
// server's MaxAuthTries (6); with it both succeed with the IdentityFile. And auth "key" with no
// key file in the project takes ssh_config's IdentityFile, as the documentation says.
void TestSsh::identitiesOnlyWithACrowdedAgent()
{
    const QString agentOutput = run(QStringLiteral("ssh-agent"), {QStringLiteral("-s")});
    const QString socket = QRegularExpression(QStringLiteral("SSH_AUTH_SOCK=([^;]+);")).match(agentOutput).captured(1);
    const QString agentPid = QRegularExpression(QStringLiteral("SSH_AGENT_PID=([0-9]+);")).match(agentOutput).captured(1);
    QVERIFY2(!socket.isEmpty(), qPrintable(agentOutput));
    qputenv("SSH_AUTH_SOCK", socket.toUtf8());
    for (int i = 0; i < 7; ++i) {
        const QString key = m_lab.tempPath(QStringLiteral("crowd-%1").arg(i));
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                                                                 QStringLiteral("-f"), key}),
                 0);
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-add"), {QStringLiteral("-q"), key}), 0);
    }
    SshEndpoint endpoint = m_lab.endpoint(QStringLiteral("backend-2"));
    const QString labKey = m_lab.project.resolve(m_lab.project.defaults.identityFile);
    const QString config = m_lab.tempPath(QStringLiteral("crowded_ssh_config"));
    const auto opensshConnects = [&] {
        CliRun::Options options;
        options.timeoutMs = 30000;
        const CliRun r = CliRun::program(QStringLiteral("ssh"),
                                         {QStringLiteral("-F"), config, QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
                                          QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-p"),
                                          QString::number(endpoint.port), QStringLiteral("%1@%2").arg(endpoint.user, endpoint.host), QStringLiteral("true")},
                                         options);
        return r.exitCode == 0;
    };
    endpoint.auth = QStringLiteral("agent");
    endpoint.identityFile.clear();
    endpoint.configFile = config;

    TestFiles::write(config, QStringLiteral("Host %1\n  IdentityFile %2\n").arg(endpoint.host, labKey).toUtf8());
    QVERIFY(!opensshConnects());
    {
        SshSession crowded(endpoint, {});
        QVERIFY(!crowded.connect());
    }
    TestFiles::write(config, QStringLiteral("Host nothing-else\n  User nobody\nHost %1\n  IdentitiesOnly yes\n  IdentityFile %2\n").arg(endpoint.host, labKey).toUtf8());
    QVERIFY(opensshConnects());
    {
        SshSession only(endpoint, {});
        QVERIFY2(only.connect(), qPrintable(only.error()));
    }
    run(QStringLiteral("kill"), {agentPid});
    qunsetenv("SSH_AUTH_SOCK");

    // auth "key" without a key file in the project: ssh_config's IdentityFile applies.
    TestFiles::write(config, QStringLiteral("Host %1\n  IdentityFile %2\n").arg(endpoint.host, labKey).toUtf8());
    endpoint.auth = QStringLiteral("key");
    SshSession fromConfig(endpoint, {});
    QVERIFY2(fromConfig.connect(), qPrintable(fromConfig.error()));
}

// Each way a connection fails, produced for real, says what it is and what to check next.
void TestSsh::connectErrorsNameTheCause()
{
    SshEndpoint endpoint = m_lab.endpoint(QStringLiteral("backend-1"));
    endpoint.configFile = QStringLiteral("none");
    endpoint.connectTimeoutSeconds = 2;
    const auto errorFor = [&](const QString &host, int port) {
        SshEndpoint e = endpoint;
        e.host = host;
        e.port = port;
        SshSession session(e, {});
        return session.connect() ? QString() : session.error();
    };
    const QString unresolved = errorFor(QStringLiteral("no-such-node.invalid"), 22);
    QVERIFY2(unresolved.contains(QStringLiteral("the name no-such-node.invalid does not resolve from this machine")), qPrintable(unresolved));

    const int closedPort = LabProcess::freePort(QStringLiteral("127.0.0.11"));
    const QString refused = errorFor(QStringLiteral("127.0.0.11"), closedPort);
    QVERIFY2(refused.contains(QStringLiteral("connection refused on 127.0.0.11 port %1").arg(closedPort)), qPrintable(refused));

    QTcpServer silent; // the kernel completes the handshake; nobody ever speaks SSH
    QVERIFY(silent.listen(QHostAddress(QStringLiteral("127.0.0.11"))));
    const QString stalled = errorFor(QStringLiteral("127.0.0.11"), silent.serverPort());
    QVERIFY2(stalled.contains(QStringLiteral("accepts connections but the SSH handshake failed")), qPrintable(stalled));
    QVERIFY(stalled.contains(QStringLiteral("MaxStartups")));

    // TEST-NET-1 (RFC 5737) is never routed: the network drops it (no answer), says there is no
    // route, or a reject rule refuses it, depending on where the test runs; each is named.
    const QString blackhole = errorFor(QStringLiteral("192.0.2.1"), 22);
    QVERIFY2(blackhole.contains(QStringLiteral("no answer from 192.0.2.1 port 22 within 2 s")) || blackhole.contains(QStringLiteral("no route to 192.0.2.1"))
                 || blackhole.contains(QStringLiteral("connection refused on 192.0.2.1 port 22")),
             qPrintable(blackhole));
    QVERIFY(!blackhole.contains(QStringLiteral("Socket error")));
}

// A private key that others can read: OpenSSH refuses to use it, and so do we.
void TestSsh::tooOpenKeyIsRefusedAsOpenSshRefusesIt()
{
    SshEndpoint endpoint = m_lab.endpoint(QStringLiteral("backend-1"));
    const QString key = m_lab.tempPath(QStringLiteral("open-key"));
    QFile::remove(key);
    QVERIFY(QFile::copy(endpoint.identityFile, key));
    QVERIFY(QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    CliRun::Options options;
    options.timeoutMs = 30000;
    const CliRun openssh = CliRun::program(QStringLiteral("ssh"),
                                           {QStringLiteral("-F"), QStringLiteral("none"), QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no"),
                                            QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                                            QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("-i"), key, QStringLiteral("-p"),
                                            QString::number(endpoint.port), QStringLiteral("%1@%2").arg(endpoint.user, endpoint.host), QStringLiteral("true")},
                                           options);
    QVERIFY2(openssh.exitCode == 255 && (openssh.out + openssh.err).contains(QStringLiteral("UNPROTECTED PRIVATE KEY FILE")), qPrintable(openssh.out + openssh.err));
    endpoint.auth = QStringLiteral("key");
    endpoint.identityFile = key;
    SshSession session(endpoint, {});
    QVERIFY(!session.connect());
    QVERIFY2(session.error().contains(QStringLiteral("key %1 (permissions 0644 are too open").arg(key)), qPrintable(session.error()));
    QVERIFY(session.error().contains(QStringLiteral("chmod 600 ") + key));
}

void TestSsh::passwordAndKeyboardInteractive()
{
    if (!isRoot())
        QSKIP("password and keyboard-interactive need a system user with a known password: run as root (as CI does)");
    // A throwaway user with a known password, and one sshd of the lab reconfigured to take
    // passwords (UsePAM for keyboard-interactive).
    const QString user = QStringLiteral("agilesec-lab-pw");
    run(QStringLiteral("userdel"), {"-r", user});
    QVERIFY(run(QStringLiteral("useradd"), {"-m", "-s", "/bin/bash", user}).isEmpty());
    run(QStringLiteral("chpasswd"), {}, (user + QStringLiteral(":Lab-Pass-123\n")).toUtf8());
    const QString dir = m_lab.nodeDir(QStringLiteral("frontend-1"));
    const QString config = m_lab.tempPath(QStringLiteral("sshd_password_config"));
    QByteArray text = TestFiles::read(dir + QStringLiteral("/sshd_config"));
    const int port = m_lab.endpoint(QStringLiteral("frontend-1")).port + 1;
    text.replace("PasswordAuthentication no", "PasswordAuthentication yes");
    text.replace("KbdInteractiveAuthentication no", "KbdInteractiveAuthentication yes");
    text.replace("UsePAM no", "UsePAM yes");
    text.replace(QStringLiteral("ListenAddress 127.0.0.13:%1").arg(port - 1).toUtf8(), QStringLiteral("ListenAddress 127.0.0.13:%1").arg(port).toUtf8());
    text.replace(QStringLiteral("PidFile %1/sshd.pid").arg(dir).toUtf8(), QStringLiteral("PidFile %1.pid").arg(config).toUtf8());
    TestFiles::write(config, text);
    QVERIFY(run(QStringLiteral("/usr/sbin/sshd"), {"-f", config, "-E", config + QStringLiteral(".log")}).isEmpty());
    QThread::msleep(300);
    const auto cleanup = qScopeGuard([&] {
        run(QStringLiteral("kill"), {QString::fromUtf8(TestFiles::read(config + QStringLiteral(".pid"))).trimmed()});
        run(QStringLiteral("userdel"), {"-r", user});
    });

    SshEndpoint endpoint = m_lab.endpoint(QStringLiteral("frontend-1"));
    endpoint.port = port;
    endpoint.user = user;
    endpoint.acceptNewHostKeys = true;
    endpoint.pinnedFingerprint.clear();
    for (const QString &method : {QStringLiteral("password"), QStringLiteral("keyboard-interactive")}) {
        endpoint.auth = method;
        SshSession good(endpoint, SshCredentials{"Lab-Pass-123", {}});
        QVERIFY2(good.connect(), qPrintable(method + QStringLiteral(": ") + good.error()));
        ExecOptions options;
        options.capture = true;
        QCOMPARE(good.exec(QStringLiteral("id -un"), options).stdoutData.trimmed(), user.toUtf8());
        SshSession bad(endpoint, SshCredentials{"wrong-password", {}});
        QVERIFY(!bad.connect());
        QVERIFY2(bad.error().contains(QStringLiteral("(rejected)")), qPrintable(bad.error()));
    }
}

void TestSsh::exitStatusTimeoutCancelAndSilence()
{
    SshEndpoint endpoint = m_lab.endpoint(QStringLiteral("backend-2"));
    endpoint.keepaliveSeconds = 1;
    SshSession session(endpoint, {});
    QVERIFY2(session.connect(), qPrintable(session.error()));
    QCOMPARE(session.exec(QStringLiteral("exit 0")).exitStatus, 0);
    QCOMPARE(session.exec(QStringLiteral("false")).exitStatus, 1);
    QCOMPARE(session.exec(QStringLiteral("exit 42")).exitStatus, 42);

    // Long silence is not a failure (keepalives flow meanwhile).
    ExecOptions quiet;
    quiet.capture = true;
    const ExecResult silent = session.exec(QStringLiteral("sleep 3; echo done"), quiet);
    QVERIFY(silent.ok());
    QCOMPARE(silent.stdoutData, QByteArray("done\n"));

    ExecOptions timeout;
    timeout.timeoutMs = 500;
    QElapsedTimer clock;
    clock.start();
    const ExecResult timedOut = session.exec(QStringLiteral("sleep 10"), timeout);
    QVERIFY(timedOut.timedOut);
    QVERIFY(clock.elapsed() < 3000);
    QCOMPARE(timedOut.describe(), QStringLiteral("timed out"));

    std::atomic_bool cancel{false};
    ExecOptions cancellable;
    cancellable.cancel = &cancel;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    clock.restart();
    const ExecResult cancelled = session.exec(QStringLiteral("sleep 10"), cancellable);
    canceller.join();
    QVERIFY(cancelled.cancelled);
    QVERIFY(clock.elapsed() < 3000);
    // The session is still usable afterwards.
    QCOMPARE(session.exec(QStringLiteral("exit 3")).exitStatus, 3);
}

void TestSsh::sudoWithAndWithoutPassword()
{
    SshSession session(m_lab.endpoint(QStringLiteral("backend-1")), {});
    QVERIFY2(session.connect(), qPrintable(session.error()));
    QCOMPARE(session.detectSudo(), SshSession::SudoMode::NoPassword);
    ExecOptions capture;
    capture.capture = true;
    QCOMPARE(session.execWithSudo(QStringLiteral("sudo printenv SUDO_STANDIN"), {}, capture).stdoutData, QByteArray("1\n"));

    m_lab.setFault(QStringLiteral("backend-1"), QStringLiteral("SUDO_MODE=password"));
    QCOMPARE(session.detectSudo(), SshSession::SudoMode::PasswordRequired);
    const QByteArray password = TestFiles::read(m_lab.project.resolve(m_lab.project.sudoPasswordFile)).trimmed();
    QVERIFY(!password.isEmpty());
    QStringList lines;
    ExecOptions options;
    options.capture = true;
    options.onLine = [&](ExecOptions::Stream, const QString &line) { lines << line; };
    const ExecResult ok = session.execWithSudo(QStringLiteral("cd /tmp && sudo printenv SUDO_STANDIN && sudo echo twice"), password, options);
    QVERIFY2(ok.ok(), qPrintable(ok.describe() + QString::fromUtf8(ok.stderrData)));
    QCOMPARE(ok.stdoutData, QByteArray("1\ntwice\n"));
    for (const QString &line : std::as_const(lines))
        QVERIFY2(!line.contains(QString::fromUtf8(password)), "the sudo password must never be echoed");
    QVERIFY(!SshSession::sudoWrapper(QStringLiteral("sudo true")).contains(QString::fromUtf8(password)));

    const ExecResult wrong = session.execWithSudo(QStringLiteral("sudo true"), "not-the-password", options);
    QCOMPARE(wrong.exitStatus, 1);
    QVERIFY(wrong.stderrData.contains("incorrect password"));
    const ExecResult none = session.exec(QStringLiteral("sudo -n true"), options);
    QVERIFY(!none.ok());
    QVERIFY(none.stderrData.contains("a password is required"));
}

void TestSsh::checkAccessCliPinsOnlyWhatWasAccepted()
{
    // A copy of the lab's project (in the lab folder, so its relative paths hold) without
    // backend-2's pin. frontend-1's host key was regenerated by an earlier test: its pin is stale.
    const QString copy = m_lab.labDir() + QStringLiteral("/project-check.json");
    Project project = m_lab.project;
    project.path = copy;
    const SshEndpoint backend2 = m_lab.endpoint(QStringLiteral("backend-2"));
    const QString id = QStringLiteral("127.0.0.12:%1").arg(backend2.port);
    project.hostKeys.remove(id);
    QVERIFY(project.save().isEmpty());
    const auto cli = [&](const QStringList &args) {
        const CliRun p = CliRun::run(QStringList{QStringLiteral("check-access"), QStringLiteral("--project"), copy} + args);
        return std::tuple<int, QString, QString>{p.exitCode, p.out, p.err};
    };
    auto [code, out, err] = cli({QStringLiteral("--node"), QStringLiteral("backend-2")});
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QStringLiteral("backend-2: FAILED: the host key of %1 is not known yet: %2").arg(id, backend2.pinnedFingerprint)), qPrintable(err));

    std::tie(code, out, err) = cli({QStringLiteral("--node"), QStringLiteral("backend-2"), QStringLiteral("--accept-host-key"),
                                    id + QLatin1Char('=') + backend2.pinnedFingerprint});
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(QStringLiteral("(newly accepted, now pinned); sudo without password")), qPrintable(out));
    QString error;
    QCOMPARE(Project::load(copy, &error)->hostKeys.value(id), backend2.pinnedFingerprint);

    // A changed key is not accepted by --accept-new-host-keys, and the stale pin is not replaced.
    const SshEndpoint frontend1 = m_lab.endpoint(QStringLiteral("frontend-1"));
    std::tie(code, out, err) = cli({QStringLiteral("--node"), QStringLiteral("frontend-1"), QStringLiteral("--accept-new-host-keys")});
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QStringLiteral("has CHANGED")), qPrintable(err));
    QCOMPARE(Project::load(copy, &error)->hostKeys.value(QStringLiteral("127.0.0.13:%1").arg(frontend1.port)), frontend1.pinnedFingerprint);

    // sudo needing a password (backend-1 was switched by the sudo test): the project's file is used; a wrong one is refused.
    std::tie(code, out, err) = cli({QStringLiteral("--node"), QStringLiteral("backend-1")});
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(QStringLiteral("sudo with password: accepted")), qPrintable(out + err));
    const QString wrong = m_lab.tempPath(QStringLiteral("wrong-sudo"));
    TestFiles::write(wrong, "not-it\n");
    std::tie(code, out, err) = cli({QStringLiteral("--node"), QStringLiteral("backend-1"), QStringLiteral("--sudo-password-file"), wrong});
    QCOMPARE(code, 1);
    QVERIFY(err.contains(QStringLiteral("sudo with password: REFUSED")));
    QVERIFY(!out.contains(QStringLiteral("not-it")) && !err.contains(QStringLiteral("not-it")));
}

void TestSsh::handshakesTakeTurnsBelowMaxStartups()
{
    // A bastion's sshd drops unauthenticated connections beyond MaxStartups. This one's is 4
    // (from the 5th on, every one): twelve sessions connecting at once with a gate of 2 all get in.
    // The gate stays below MaxStartups with room to spare, as the default 8 is below sshd's 10:
    // sshd counts a connection until its listener hears that it authenticated, a moment after
    // the client knows, so the next one may arrive while it still counts.
    const QString host = QStringLiteral("backend-2");
    const QString config = m_lab.nodeDir(host) + QStringLiteral("/sshd_config");
    const QByteArray original = TestFiles::read(config);
    QVERIFY(original.contains("MaxStartups 64:30:128\n"));
    const auto reconfigure = [&](const QByteArray &text) {
        TestFiles::write(config, text);
        QCOMPARE(::kill(pid_t(m_lab.sshdPid(host)), SIGHUP), 0); // sshd re-executes itself and reads its config again
        QThread::msleep(300);
        const SshEndpoint e = m_lab.endpoint(host);
        QVERIFY(LabProcess::waitForListener(e.host, e.port, 10000));
    };
    reconfigure(QByteArray(original).replace("MaxStartups 64:30:128\n", "MaxStartups 4\n"));
    SshEndpoint endpoint = m_lab.endpoint(host);
    {
        SshEndpoint probe = endpoint;
        probe.pinnedFingerprint.clear();
        probe.acceptNewHostKeys = true;
        SshSession current(probe, {});
        QVERIFY2(current.connect(), qPrintable(current.error()));
        endpoint.pinnedFingerprint = current.serverFingerprint();
    }
    const auto connectAtOnce = [&](int sessions) {
        QStringList failures;
        QMutex mutex;
        std::vector<std::thread> threads;
        for (int i = 0; i < sessions; ++i)
            threads.emplace_back([&] {
                SshSession session(endpoint, {});
                const bool ok = session.connect() && session.exec(QStringLiteral("true")).exitStatus == 0;
                const QMutexLocker lock(&mutex);
                if (!ok)
                    failures << session.error();
            });
        for (std::thread &t : threads)
            t.join();
        return failures;
    };
    HandshakeGate::setLimit(2);
    HandshakeGate::resetPeak();
    const QStringList gated = connectAtOnce(12);
    const int peak = HandshakeGate::peak();
    // Without the gate (OpenSSH's own ssh behaves so too), for comparison only: how many sshd dropped.
    HandshakeGate::setLimit(12);
    const QStringList ungated = connectAtOnce(12);
    HandshakeGate::setLimit(HandshakeGate::kDefaultLimit);
    reconfigure(original);
    qInfo("MaxStartups 4, 12 sessions at once: %lld refused with a gate of 2, %lld without", qlonglong(gated.size()), qlonglong(ungated.size()));
    QVERIFY2(gated.isEmpty(), qPrintable(gated.join(QLatin1Char('\n'))));
    QVERIFY2(peak == 2, qPrintable(QString::number(peak)));
}

QTEST_GUILESS_MAIN(TestSsh)
#include "tst_ssh.moc"
