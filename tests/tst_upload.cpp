// Integration tests of SshUploader against the lab's real sshd: a several-hundred-MB file with
// SHA-256 verification, resume after the connection is killed mid-transfer, skip when identical.
#include "LabFixture.h"
#include "lab/LabProcess.h"
#include "ssh/SshSession.h"
#include "ssh/SshUploader.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <csignal>

namespace {
QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

class TestUpload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void uploadsAndVerifies();
    void skipsAnIdenticalFile();
    void resumesAfterTheConnectionIsKilled();
    void frozenSshdEndsTheUploadWithinTheLivenessLimit();
    void quotesRemotePathsAndHandlesSmallFiles();
    void refusesAChunkDamagedOnTheNode();
    void reportsAMissingLocalFile();

private:
    LabFixture m_lab;
    QString m_big;
    QString m_remote;
};

void TestUpload::initTestCase()
{
    const QString error = m_lab.start(QStringLiteral("3"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_big = m_lab.tempPath(QStringLiteral("package.tgz"));
    QFile f(m_big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray block(1 << 20, '\0');
    for (int i = 0; i < 256; ++i) { // 256 MiB of incompressible data
        QRandomGenerator::global()->generate(reinterpret_cast<quint32 *>(block.data()), reinterpret_cast<quint32 *>(block.data() + block.size()));
        QCOMPARE(f.write(block), block.size());
    }
    f.close();
    m_remote = m_lab.nodeDir(QStringLiteral("backend-1")) + QStringLiteral("/installer/packages/package.tgz");
}

void TestUpload::cleanupTestCase()
{
    m_lab.stop();
}

void TestUpload::uploadsAndVerifies()
{
    SshSession session(m_lab.endpoint(QStringLiteral("backend-1")), {});
    QVERIFY2(session.connect(), qPrintable(session.error()));
    QList<UploadProgress> reports;
    UploadOptions options;
    options.onProgress = [&](const UploadProgress &p) { reports << p; };
    const UploadResult r = SshUploader::upload(session, m_big, m_remote, options);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!r.skipped);
    QVERIFY(!r.resumed);
    QCOMPARE(r.bytesSent, qint64(256) << 20);
    QCOMPARE(sha256Of(m_remote), sha256Of(m_big));
    QVERIFY(!QFileInfo::exists(m_remote + QStringLiteral(".agilesec-part")));
    QVERIFY(!QFileInfo::exists(m_remote + QStringLiteral(".agilesec-part.done")));
    // Progress: from checking to done, monotonic, with a rate and a time left on the way.
    QVERIFY(reports.size() >= 3);
    QCOMPARE(reports.first().phase, QStringLiteral("checking"));
    QCOMPARE(reports.last().phase, QStringLiteral("done"));
    QCOMPARE(reports.last().bytesDone, reports.last().bytesTotal);
    bool sawRate = false;
    for (qsizetype i = 1; i < reports.size(); ++i) {
        QVERIFY(reports[i].bytesDone >= reports[i - 1].bytesDone);
        sawRate = sawRate || (reports[i].phase == QLatin1String("uploading") && reports[i].bytesPerSecond > 0 && reports[i].secondsRemaining >= 0);
    }
    QVERIFY(sawRate);
}

void TestUpload::skipsAnIdenticalFile()
{
    SshSession session(m_lab.endpoint(QStringLiteral("backend-1")), {});
    QVERIFY2(session.connect(), qPrintable(session.error()));
    const UploadResult same = SshUploader::upload(session, m_big, m_remote);
    QVERIFY2(same.ok(), qPrintable(same.error));
    QVERIFY(same.skipped);
    QCOMPARE(same.bytesSent, 0);
    QCOMPARE(same.sha256, sha256Of(m_big));

    // Same size, different content: uploaded again, not skipped.
    QFile remote(m_remote);
    QVERIFY(remote.open(QIODevice::ReadWrite));
    remote.seek(12345);
    remote.write("tampered");
    remote.close();
    const UploadResult again = SshUploader::upload(session, m_big, m_remote);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(!again.skipped);
    QCOMPARE(sha256Of(m_remote), sha256Of(m_big));
}

void TestUpload::resumesAfterTheConnectionIsKilled()
{
    const QString target = m_lab.nodeDir(QStringLiteral("backend-2")) + QStringLiteral("/installer/package.tgz");
    const qint64 listener = m_lab.sshdPid(QStringLiteral("backend-2"));
    QVERIFY(listener > 0);
    UploadResult first;
    {
        SshSession session(m_lab.endpoint(QStringLiteral("backend-2")), {});
        QVERIFY2(session.connect(), qPrintable(session.error()));
        UploadOptions options;
        options.chunkSize = 16 << 20;
        bool killed = false;
        options.onProgress = [&](const UploadProgress &p) {
            if (!killed && p.phase == QLatin1String("uploading") && p.bytesDone > p.bytesTotal / 2) {
                killed = true;
                for (qint64 pid : LabProcess::children(listener))
                    ::kill(pid_t(pid), SIGKILL); // the connection dies mid-transfer
            }
        };
        first = SshUploader::upload(session, m_big, target, options);
        QVERIFY(killed);
    }
    QVERIFY2(!first.ok(), "the upload must notice the dropped connection");
    QVERIFY2(!first.error.endsWith(QStringLiteral(": ")) && (first.error.contains(QStringLiteral("connection")) || first.error.contains(QStringLiteral("closed"))),
             qPrintable(first.error)); // a reason, never an empty one
    qInfo("killed mid-upload: %s", qPrintable(first.error));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QFileInfo::exists(target + QStringLiteral(".agilesec-part")));

    SshSession session(m_lab.endpoint(QStringLiteral("backend-2")), {});
    QVERIFY2(session.connect(), qPrintable(session.error()));
    UploadOptions options;
    options.chunkSize = 16 << 20;
    const UploadResult second = SshUploader::upload(session, m_big, target, options);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QVERIFY(second.resumed);
    QVERIFY2(second.bytesSent < (qint64(256) << 20) * 3 / 5, qPrintable(QString::number(second.bytesSent)));
    QVERIFY(second.bytesSent > 0);
    QCOMPARE(sha256Of(target), sha256Of(m_big));
}

void TestUpload::frozenSshdEndsTheUploadWithinTheLivenessLimit()
{
    // sshd stopped (SIGSTOP) half-way: nothing comes back, not even a window adjustment. The
    // upload says so once the liveness limit has passed, instead of hanging; after the node
    // thaws, a new session resumes from the chunks already there.
    const QString target = m_lab.nodeDir(QStringLiteral("frontend-1")) + QStringLiteral("/installer/frozen.tgz");
    const qint64 listener = m_lab.sshdPid(QStringLiteral("frontend-1"));
    QVERIFY(listener > 0);
    QList<qint64> frozen;
    QElapsedTimer sinceFrozen;
    UploadResult first;
    {
        SshSession session(m_lab.endpoint(QStringLiteral("frontend-1")), {});
        QVERIFY2(session.connect(), qPrintable(session.error()));
        UploadOptions options;
        options.chunkSize = 16 << 20;
        options.livenessTimeoutMs = 3000;
        options.onProgress = [&](const UploadProgress &p) {
            if (frozen.isEmpty() && p.phase == QLatin1String("uploading") && p.bytesDone > p.bytesTotal / 3) {
                frozen = LabProcess::children(listener);
                frozen << listener;
                for (qint64 pid : std::as_const(frozen))
                    ::kill(pid_t(pid), SIGSTOP);
                sinceFrozen.start();
            }
        };
        first = SshUploader::upload(session, m_big, target, options);
        QVERIFY(!frozen.isEmpty());
        QVERIFY(!session.isConnected());
    }
    const qint64 noticedAfterMs = sinceFrozen.elapsed();
    qInfo("a frozen sshd was noticed after %lld ms (liveness limit 3000 ms)", noticedAfterMs);
    for (qint64 pid : std::as_const(frozen))
        ::kill(pid_t(pid), SIGCONT);
    QVERIFY(!first.ok());
    QVERIFY(first.connectionLost);
    QVERIFY2(first.error.contains(QStringLiteral("stopped answering: nothing received for 3 s while uploading ") + target), qPrintable(first.error));
    // The limit counts from the last byte received, which came a moment before the freeze.
    QVERIFY2(noticedAfterMs >= 2500 && noticedAfterMs < 10000, qPrintable(QString::number(noticedAfterMs)));

    SshSession session(m_lab.endpoint(QStringLiteral("frontend-1")), {});
    QVERIFY2(session.connect(), qPrintable(session.error()));
    UploadOptions options;
    options.chunkSize = 16 << 20;
    const UploadResult second = SshUploader::upload(session, m_big, target, options);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(sha256Of(target), sha256Of(m_big));
}

void TestUpload::quotesRemotePathsAndHandlesSmallFiles()
{
    const QString small = m_lab.tempPath(QStringLiteral("small.txt"));
    TestFiles::write(small, "hello\n");
    const QString empty = m_lab.tempPath(QStringLiteral("empty.txt"));
    TestFiles::write(empty, "");
    SshSession session(m_lab.endpoint(QStringLiteral("frontend-1")), {});
    QVERIFY2(session.connect(), qPrintable(session.error()));
    const QString dir = m_lab.nodeDir(QStringLiteral("frontend-1")) + QStringLiteral("/odd dir/it's $HOME; `x`");
    const UploadResult r = SshUploader::upload(session, small, dir + QStringLiteral("/small.txt"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(TestFiles::read(dir + QStringLiteral("/small.txt")), QByteArray("hello\n"));
    const UploadResult e = SshUploader::upload(session, empty, dir + QStringLiteral("/empty.txt"));
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(QFileInfo(dir + QStringLiteral("/empty.txt")).size(), 0);
}

void TestUpload::refusesAChunkDamagedOnTheNode()
{
    // A hasher on the node's PATH that reports a wrong SHA-256 stands in for bytes damaged on
    // the way to disk: the upload must fail and must not put the file in place.
    const QString fakeHasher = m_lab.nodeDir(QStringLiteral("frontend-1")) + QStringLiteral("/bin/openssl");
    TestFiles::write(fakeHasher, "#!/bin/sh\ncat >/dev/null\necho '0000000000000000000000000000000000000000000000000000000000000000 *stdin'\n");
    QFile::setPermissions(fakeHasher, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString local = m_lab.tempPath(QStringLiteral("damaged.bin"));
    TestFiles::write(local, QByteArray(3 << 20, 'x'));
    const QString remote = m_lab.nodeDir(QStringLiteral("frontend-1")) + QStringLiteral("/installer/damaged.bin");
    SshSession session(m_lab.endpoint(QStringLiteral("frontend-1")), {});
    QVERIFY2(session.connect(), qPrintable(session.error()));
    const UploadResult bad = SshUploader::upload(session, local, remote);
    QFile::remove(fakeHasher);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error.contains(QStringLiteral("arrived damaged")), qPrintable(bad.error));
    QVERIFY(!QFileInfo::exists(remote));
    // The damaged chunk's record does not match, so the next attempt sends it again.
    const UploadResult good = SshUploader::upload(session, local, remote);
    QVERIFY2(good.ok(), qPrintable(good.error));
    QVERIFY(!good.resumed);
    QCOMPARE(sha256Of(remote), sha256Of(local));
    QVERIFY(good.channels >= 1);
    QVERIFY(good.roundTripMs > 0);
}

void TestUpload::reportsAMissingLocalFile()
{
    SshSession session(m_lab.endpoint(QStringLiteral("frontend-1")), {});
    QVERIFY2(session.connect(), qPrintable(session.error()));
    const UploadResult r = SshUploader::upload(session, m_lab.tempPath(QStringLiteral("nope.tgz")), QStringLiteral("/tmp/nope.tgz"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("nope.tgz")), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestUpload)
#include "tst_upload.moc"
