#include "SshUploader.h"

#include "ShellQuote.h"
#include "SshSession.h"

#include <libssh/libssh.h>
#include <openssl/evp.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <algorithm>
#include <memory>

namespace {
struct DigestFree {
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using Digest = std::unique_ptr<EVP_MD_CTX, DigestFree>;

QString hex(const unsigned char *data, unsigned int size)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(data), int(size)).toHex());
}

QString finish(Digest &digest)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestFinal_ex(digest.get(), md, &size);
    return hex(md, size);
}

Digest newDigest()
{
    Digest d(EVP_MD_CTX_new());
    EVP_DigestInit_ex(d.get(), EVP_sha256(), nullptr);
    return d;
}

QString chunkSha256(QFile &file, qint64 offset, qint64 length)
{
    Digest digest = newDigest();
    file.seek(offset);
    QByteArray buffer;
    while (length > 0) {
        buffer = file.read(std::min<qint64>(length, 4 << 20));
        if (buffer.isEmpty())
            return {};
        EVP_DigestUpdate(digest.get(), buffer.constData(), size_t(buffer.size()));
        length -= buffer.size();
    }
    return finish(digest);
}

// One chunk in flight on its own channel.
struct Transfer {
    ssh_channel channel = nullptr;
    int index = -1;
    qint64 offset = 0;
    qint64 length = 0;
    qint64 sent = 0;
    QByteArray buffer;   // read ahead from the file, not yet written
    qsizetype bufferPos = 0;
    Digest digest;
    QString localSha;
    bool eofSent = false;
    QByteArray output;
};
} // namespace

UploadResult SshUploader::upload(SshSession &session, const QString &localPath, const QString &remotePath, const UploadOptions &options)
{
    UploadResult result;
    QElapsedTimer clock;
    clock.start();
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("%1: %2").arg(localPath, file.errorString());
        return result;
    }
    const qint64 size = file.size();
    result.bytesTotal = size;
    // About two chunks per channel: enough to keep every channel busy, few enough that the
    // per-chunk cost on the node (a channel, dd, a hash) stays small. Fixed when given.
    qint64 chunkSize = options.chunkSize;
    if (chunkSize <= 0) {
        const qint64 mib = 1 << 20;
        chunkSize = std::clamp<qint64>(size / (2 * std::max(1, options.channels)), 16 * mib, 256 * mib);
        chunkSize = (chunkSize + mib - 1) / mib * mib;
    }
    const int chunks = int(std::max<qint64>(1, (size + chunkSize - 1) / chunkSize));
    const auto report = [&](const QString &phase, qint64 done, qint64 sentThisRun) {
        if (!options.onProgress)
            return;
        UploadProgress p;
        p.phase = phase;
        p.bytesDone = done;
        p.bytesTotal = size;
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        p.bytesPerSecond = seconds > 0 ? double(sentThisRun) / seconds : 0;
        p.secondsRemaining = p.bytesPerSecond > 0 ? double(size - done) / p.bytesPerSecond : -1;
        options.onProgress(p);
    };
    report(QStringLiteral("checking"), 0, 0);

    const QString finalPath = ShellQuote::quote(remotePath);
    const QString partPath = ShellQuote::quote(remotePath + QStringLiteral(".agilesec-part"));
    const QString donePath = ShellQuote::quote(remotePath + QStringLiteral(".agilesec-part.done"));
    const QString directory = ShellQuote::quote(QFileInfo(remotePath).path());
    ExecOptions capture;
    capture.capture = true;
    const ExecResult probe = session.exec(
        QStringLiteral("mkdir -p %1 || exit 3; command -v openssl >/dev/null 2>&1 && echo openssl; "
                       "if [ -f %2 ]; then echo \"final $(stat -c %s %2)\"; fi; "
                       "if [ -f %3 ] && [ -f %4 ]; then echo part; cat %4; fi")
            .arg(directory, finalPath, partPath, donePath),
        capture);
    if (!probe.ok()) {
        result.error = QStringLiteral("cannot prepare %1 on the node: %2 %3").arg(remotePath, probe.describe(), QString::fromUtf8(probe.stderrData).trimmed());
        return result;
    }
    qint64 finalSize = -1;
    QHash<int, QString> doneOnNode;
    bool partExists = false;
    // OpenSSL's SHA-256 uses the CPU's SHA extensions (about 3x coreutils' sha256sum here).
    QString hasher256 = QStringLiteral("sha256sum");
    for (const QByteArray &line : probe.stdoutData.split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.value(0) == "openssl")
            hasher256 = QStringLiteral("openssl dgst -sha256 -r");
        else if (f.value(0) == "final")
            finalSize = f.value(1).toLongLong();
        else if (f.value(0) == "part")
            partExists = true;
        else if (f.size() == 2 && partExists)
            doneOnNode.insert(f[0].toInt(), QString::fromLatin1(f[1]));
    }
    if (finalSize == size) {
        const QString fullSha = chunkSha256(file, 0, size);
        const ExecResult remote = session.exec(QStringLiteral("%1 < %2").arg(hasher256, finalPath), capture);
        if (remote.ok() && remote.stdoutData.left(64) == fullSha.toLatin1()) {
            result.skipped = true;
            result.sha256 = fullSha;
            result.seconds = double(clock.nsecsElapsed()) / 1e9;
            report(QStringLiteral("done"), size, 0);
            return result;
        }
    }

    // Chunks already on the node count only when their hash equals the local chunk's.
    QList<int> pending;
    qint64 doneBytes = 0;
    for (int i = 0; i < chunks; ++i) {
        const qint64 length = std::min(chunkSize, size - qint64(i) * chunkSize);
        if (doneOnNode.contains(i) && doneOnNode.value(i) == chunkSha256(file, qint64(i) * chunkSize, length)) {
            doneBytes += length;
            result.resumed = true;
            continue;
        }
        pending << i;
    }
    if (!partExists || pending.size() == chunks) {
        const ExecResult reset = session.exec(QStringLiteral(": > %1 && : > %2").arg(partPath, donePath), capture);
        if (!reset.ok()) {
            result.error = QStringLiteral("cannot create %1 on the node: %2").arg(remotePath + QStringLiteral(".agilesec-part"), QString::fromUtf8(reset.stderrData).trimmed());
            return result;
        }
        result.resumed = false;
    }

    ssh_session handle = session.handle();
    // Waiting on the session as a whole returns as soon as any packet (a window adjustment,
    // a chunk's answer) was handled, instead of sleeping on one channel.
    ssh_event event = ssh_event_new();
    ssh_event_add_session(event, handle);
    const auto freeEvent = qScopeGuard([&] {
        ssh_event_remove_session(event, handle);
        ssh_event_free(event);
    });
    std::vector<Transfer> active;
    const auto startNext = [&]() -> bool {
        if (pending.isEmpty())
            return true;
        Transfer t;
        t.index = pending.takeFirst();
        t.offset = qint64(t.index) * chunkSize;
        t.length = std::min(chunkSize, size - t.offset);
        t.digest = newDigest();
        // Write the chunk at its offset, then hash what landed on disk and record it.
        const QString command = QStringLiteral("dd of=%1 bs=1M conv=notrunc oflag=seek_bytes seek=%2 status=none && "
                                               "h=$(dd if=%1 bs=1M iflag=skip_bytes,count_bytes skip=%2 count=%3 status=none | %6) && "
                                               "h=${h%% *} && echo \"%4 $h\" >> %5 && echo \"$h\"")
                                    .arg(partPath)
                                    .arg(t.offset)
                                    .arg(t.length)
                                    .arg(t.index)
                                    .arg(donePath, hasher256);
        t.channel = ssh_channel_new(handle);
        if (!t.channel || ssh_channel_open_session(t.channel) != SSH_OK || ssh_channel_request_exec(t.channel, command.toUtf8().constData()) != SSH_OK) {
            result.error = QStringLiteral("cannot open an upload channel: %1").arg(QString::fromUtf8(ssh_get_error(handle)));
            if (t.channel)
                ssh_channel_free(t.channel);
            return false;
        }
        active.push_back(std::move(t));
        return true;
    };
    const auto closeAll = [&]() {
        for (Transfer &t : active) {
            ssh_channel_close(t.channel);
            ssh_channel_free(t.channel);
        }
        active.clear();
    };
    for (int i = 0; i < std::max(1, options.channels) && result.error.isEmpty(); ++i)
        startNext();
    qint64 sentThisRun = 0;
    QElapsedTimer lastReport;
    lastReport.start();
    report(QStringLiteral("uploading"), doneBytes, 0);

    while (!active.empty() && result.error.isEmpty()) {
        if (options.cancel && options.cancel->load()) {
            result.error = QStringLiteral("cancelled; the chunks already on the node are kept for resuming");
            break;
        }
        bool progressed = false;
        for (size_t k = 0; k < active.size() && result.error.isEmpty(); ++k) {
            Transfer &t = active[k];
            if (!t.eofSent) {
                if (t.bufferPos >= t.buffer.size() && t.sent < t.length) {
                    file.seek(t.offset + t.sent);
                    t.buffer = file.read(std::min<qint64>(t.length - t.sent, 4 << 20));
                    t.bufferPos = 0;
                    if (t.buffer.isEmpty()) {
                        result.error = QStringLiteral("%1: read failed at byte %2").arg(localPath).arg(t.offset + t.sent);
                        break;
                    }
                    EVP_DigestUpdate(t.digest.get(), t.buffer.constData(), size_t(t.buffer.size()));
                }
                // Write only what the peer's window takes, so no channel blocks the others.
                const uint32_t window = ssh_channel_window_size(t.channel);
                const qsizetype available = t.buffer.size() - t.bufferPos;
                if (window > 0 && available > 0) {
                    const uint32_t n = uint32_t(std::min<qint64>({qint64(window), qint64(available), qint64(1 << 20)}));
                    const int written = ssh_channel_write(t.channel, t.buffer.constData() + t.bufferPos, n);
                    if (written < 0) {
                        result.error = QStringLiteral("connection lost while uploading: %1").arg(QString::fromUtf8(ssh_get_error(handle)));
                        break;
                    }
                    t.bufferPos += written;
                    t.sent += written;
                    sentThisRun += written;
                    doneBytes += written;
                    progressed = progressed || written > 0;
                }
                if (t.sent == t.length && t.bufferPos >= t.buffer.size()) {
                    t.localSha = finish(t.digest);
                    ssh_channel_send_eof(t.channel);
                    t.eofSent = true;
                }
            }
            char out[256];
            const int n = ssh_channel_read_nonblocking(t.channel, out, sizeof out, 0);
            if (n > 0) {
                t.output.append(out, n);
                progressed = true;
            }
            char err[512];
            const int e = ssh_channel_read_nonblocking(t.channel, err, sizeof err, 1);
            if (e > 0) {
                t.output.append(err, e);
                progressed = true;
            }
            if (t.eofSent && (ssh_channel_is_eof(t.channel) || ssh_channel_is_closed(t.channel))) {
                const int status = ssh_channel_get_exit_status(t.channel);
                const QString remoteSha = QString::fromLatin1(t.output.trimmed());
                if (status != 0 || remoteSha != t.localSha) {
                    result.error = status != 0 ? QStringLiteral("writing chunk %1 on the node failed (exit %2): %3").arg(t.index).arg(status).arg(QString::fromUtf8(t.output).trimmed())
                                               : QStringLiteral("chunk %1 arrived damaged: SHA-256 %2 on the node, %3 here").arg(t.index).arg(remoteSha, t.localSha);
                    break;
                }
                ssh_channel_close(t.channel);
                ssh_channel_free(t.channel);
                active.erase(active.begin() + qsizetype(k));
                --k;
                progressed = true;
                if (!startNext())
                    break;
            }
        }
        if (lastReport.elapsed() >= 100) {
            report(QStringLiteral("uploading"), doneBytes, sentThisRun);
            lastReport.restart();
        }
        if (!progressed && !active.empty()) {
            // Everyone waits for a window adjustment or the node's answer: let libssh read.
            if (ssh_event_dopoll(event, 10) == SSH_ERROR) {
                result.error = QStringLiteral("connection lost while uploading: %1").arg(QString::fromUtf8(ssh_get_error(handle)));
            }
        }
        if (!session.isConnected() && result.error.isEmpty())
            result.error = QStringLiteral("connection lost while uploading");
    }
    closeAll();
    result.bytesSent = sentThisRun;
    if (!result.error.isEmpty()) {
        result.seconds = double(clock.nsecsElapsed()) / 1e9;
        return result;
    }
    report(QStringLiteral("verifying"), size, sentThisRun);
    // Every chunk's SHA-256 was verified on the node; now the whole list, then the rename.
    const ExecResult check = session.exec(QStringLiteral("[ \"$(stat -c %s %1)\" = %2 ] && [ \"$(cut -d' ' -f1 %3 | sort -un | wc -l)\" = %4 ] && "
                                                         "mv -f %1 %5 && rm -f %3")
                                              .arg(partPath)
                                              .arg(size)
                                              .arg(donePath)
                                              .arg(chunks)
                                              .arg(finalPath),
                                          capture);
    if (!check.ok()) {
        result.error = QStringLiteral("the uploaded %1 is incomplete on the node (%2 %3)").arg(remotePath, check.describe(), QString::fromUtf8(check.stderrData).trimmed());
        return result;
    }
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    report(QStringLiteral("done"), size, sentThisRun);
    return result;
}
