#include "ssh/SshUploader.h"

#include "util/ShellQuote.h"
#include "ssh/SshSession.h"

#include <libssh/libssh.h>
#include <openssl/evp.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QHash>
#include <QScopeGuard>
#include <QtConcurrent>
#include <algorithm>
#include <cmath>
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

constexpr double kWindowBytes = 2.0 * 1024 * 1024;        // what sshd lets one channel have in flight
constexpr double kTargetBytesPerSecond = 400.0 * 1024 * 1024; // enough channels to fill a ~4 Gbit/s link

double channelOpenMs(ssh_session handle)
{
    QElapsedTimer clock;
    clock.start();
    ssh_channel channel = ssh_channel_new(handle);
    if (!channel)
        return 1e9;
    const bool opened = ssh_channel_open_session(channel) == SSH_OK;
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (opened)
        ssh_channel_close(channel);
    ssh_channel_free(channel);
    return opened ? ms : 1e9;
}

// One channel: a single command on the node that receives chunks one after another, each as a
// header line "index offset length" followed by its bytes, and answers "index sha256" per chunk.
struct Stream {
    ssh_channel channel = nullptr;
    QList<int> awaiting;  // chunks sent (or being sent) whose answer has not come yet
    int index = -1;       // the chunk being sent; -1 between chunks
    qint64 offset = 0;
    qint64 length = 0;
    qint64 sent = 0;
    QByteArray buffer;    // header or file data read ahead, not yet written
    qsizetype bufferPos = 0;
    bool eofSent = false;
    QByteArray output;    // stdout not yet split into lines
    QByteArray errors;
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
    // Each channel carries about a 2 MiB window per round trip, so a long link needs several
    // channels while a short one is better served by few (every extra one costs the node a
    // process and CPU). Opening a channel starts nothing on the node: its time is one round trip.
    const int maxChannels = std::max(1, options.channels);
    // The least of three: a single one can include a delayed ACK (40 ms on Linux).
    result.roundTripMs = std::min({channelOpenMs(session.handle()), channelOpenMs(session.handle()), channelOpenMs(session.handle())});
    result.channels = std::clamp(int(std::ceil(kTargetBytesPerSecond * result.roundTripMs / 1000.0 / kWindowBytes)), std::min(2, maxChannels), maxChannels);
    // Chunks are the unit of resuming and of balancing between channels: several per channel,
    // 8-64 MiB, so an interrupted upload repeats little. Fixed when given.
    qint64 chunkSize = options.chunkSize;
    if (chunkSize <= 0) {
        const qint64 mib = 1 << 20;
        chunkSize = std::clamp<qint64>(size / (4 * result.channels), 8 * mib, 64 * mib);
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
    // Every command costs a round trip and a login shell on the node, so one probe does it all:
    // picks the hasher (OpenSSL uses the CPU's SHA extensions, about 3x coreutils' sha256sum),
    // hashes a final file of the same size, lists the chunks of an earlier attempt, or starts
    // a fresh temporary file.
    const QString hasherChoice = QStringLiteral("if command -v openssl >/dev/null 2>&1; then hash() { openssl dgst -sha256 -r; }; echo openssl; "
                                                "else hash() { sha256sum; }; fi; ");
    ExecOptions capture;
    capture.capture = true;
    const ExecResult probe = session.exec(
        QStringLiteral("mkdir -p %1 || exit 3; %6"
                       "if [ -f %2 ] && [ \"$(stat -c %s %2)\" = %5 ]; then h=$(hash < %2) && echo \"final ${h%% *}\"; fi; "
                       "if [ -f %3 ] && [ -f %4 ]; then echo part; cat %4; else : > %3 && : > %4 || exit 4; fi")
            .arg(directory, finalPath, partPath, donePath)
            .arg(size)
            .arg(hasherChoice),
        capture);
    if (!probe.ok()) {
        result.error = QStringLiteral("cannot prepare %1 on the node: %2 %3").arg(remotePath, probe.describe(), QString::fromUtf8(probe.stderrData).trimmed());
        return result;
    }
    QString finalSha;
    QHash<int, QString> doneOnNode;
    bool partExisted = false;
    QString hasher256 = QStringLiteral("sha256sum");
    for (const QByteArray &line : probe.stdoutData.split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.value(0) == "openssl")
            hasher256 = QStringLiteral("openssl dgst -sha256 -r");
        else if (f.value(0) == "final")
            finalSha = QString::fromLatin1(f.value(1));
        else if (f.value(0) == "part")
            partExisted = true;
        else if (f.size() == 2 && partExisted)
            doneOnNode.insert(f[0].toInt(), QString::fromLatin1(f[1]));
    }
    if (!finalSha.isEmpty()) {
        const QString fullSha = chunkSha256(file, 0, size);
        if (finalSha == fullSha) {
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
    if (partExisted && pending.size() == chunks) {
        // Nothing usable from the earlier attempt: start the temporary file afresh.
        const ExecResult reset = session.exec(QStringLiteral(": > %1 && : > %2").arg(partPath, donePath), capture);
        if (!reset.ok()) {
            result.error = QStringLiteral("cannot create %1 on the node: %2").arg(remotePath + QStringLiteral(".agilesec-part"), QString::fromUtf8(reset.stderrData).trimmed());
            return result;
        }
        result.resumed = false;
    }

    // The local hashes are computed on other cores while the network loop sends, so hashing
    // never stalls the stream; a chunk's hash is needed only when the node answers for it.
    QHash<int, QFuture<QString>> localSha;
    for (int index : std::as_const(pending)) {
        const qint64 offset = qint64(index) * chunkSize;
        const qint64 length = std::min(chunkSize, size - offset);
        localSha.insert(index, QtConcurrent::run([localPath, offset, length] {
                            QFile f(localPath);
                            return f.open(QIODevice::ReadOnly) ? chunkSha256(f, offset, length) : QString();
                        }));
    }
    const auto waitForHashes = qScopeGuard([&] {
        for (QFuture<QString> &f : localSha)
            f.waitForFinished();
    });

    ssh_session handle = session.handle();
    // Waiting on the session as a whole returns as soon as any packet (a window adjustment,
    // a chunk's answer) was handled, instead of sleeping on one channel.
    ssh_event event = ssh_event_new();
    ssh_event_add_session(event, handle);
    const auto freeEvent = qScopeGuard([&] {
        ssh_event_remove_session(event, handle);
        ssh_event_free(event);
    });
    // Per chunk: dd takes exactly its bytes from the stream into place, then the node hashes
    // what landed and records it for resuming. One login shell per channel, not per chunk.
    // "finish SIZE CHUNKS" ends the upload on the same channel (no extra command): the size and
    // every chunk's record are checked, then the file is renamed into place.
    const QString receiver = QStringLiteral("set -o pipefail; while read -r index offset length; do "
                                            "if [ \"$index\" = finish ]; then [ \"$(stat -c %s %1)\" = \"$offset\" ] && "
                                            "[ \"$(cut -d' ' -f1 %2 | sort -un | wc -l)\" = \"$length\" ] && mv -f %1 %4 && rm -f %2 && echo finished; exit; fi; "
                                            "dd of=%1 bs=64K conv=notrunc oflag=seek_bytes seek=\"$offset\" iflag=fullblock,count_bytes count=\"$length\" status=none || exit 5; "
                                            "h=$(dd if=%1 bs=1M iflag=skip_bytes,count_bytes skip=\"$offset\" count=\"$length\" status=none | %3) || exit 6; "
                                            "h=${h%% *}; echo \"$index $h\" >> %2 && echo \"$index $h\" || exit 7; done")
                                 .arg(partPath, donePath, hasher256, finalPath);
    const QByteArray receiverCommand = (QStringLiteral("bash -c ") + ShellQuote::quote(receiver)).toUtf8();
    std::vector<Stream> streams;
    const auto closeAll = [&]() {
        for (Stream &st : streams) {
            ssh_channel_close(st.channel);
            ssh_channel_free(st.channel);
        }
        streams.clear();
    };
    const auto failWith = [&](const QString &message) {
        if (result.error.isEmpty())
            result.error = message;
    };
    // At least one: the first channel also finishes the upload.
    for (int i = 0; i < std::clamp<int>(int(pending.size()), 1, result.channels); ++i) {
        Stream st;
        st.channel = ssh_channel_new(handle);
        if (!st.channel || ssh_channel_open_session(st.channel) != SSH_OK || ssh_channel_request_exec(st.channel, receiverCommand.constData()) != SSH_OK) {
            failWith(QStringLiteral("cannot open an upload channel: %1").arg(QString::fromUtf8(ssh_get_error(handle))));
            if (st.channel)
                ssh_channel_free(st.channel);
            break;
        }
        streams.push_back(std::move(st));
    }
    qint64 sentThisRun = 0;
    QElapsedTimer lastReport;
    lastReport.start();
    report(QStringLiteral("uploading"), doneBytes, 0);

    const auto allAnswered = [&] {
        return std::all_of(streams.begin(), streams.end(), [](const Stream &st) { return st.awaiting.isEmpty(); });
    };
    while (result.error.isEmpty() && !(pending.isEmpty() && allAnswered())) {
        if (options.cancel && options.cancel->load()) {
            failWith(QStringLiteral("cancelled; the chunks already on the node are kept for resuming"));
            break;
        }
        bool progressed = false;
        for (Stream &st : streams) {
            if (!result.error.isEmpty())
                break;
            // Between chunks: take the next one and queue its header.
            if (st.index < 0 && st.bufferPos >= st.buffer.size() && !pending.isEmpty()) {
                st.index = pending.takeFirst();
                st.offset = qint64(st.index) * chunkSize;
                st.length = std::min(chunkSize, size - st.offset);
                st.sent = 0;
                st.buffer = QStringLiteral("%1 %2 %3\n").arg(st.index).arg(st.offset).arg(st.length).toLatin1();
                st.bufferPos = 0;
                st.awaiting << st.index;
            }
            if (st.index >= 0 && st.bufferPos >= st.buffer.size()) {
                if (st.sent < st.length) {
                    file.seek(st.offset + st.sent);
                    st.buffer = file.read(std::min<qint64>(st.length - st.sent, 4 << 20));
                    st.bufferPos = 0;
                    if (st.buffer.isEmpty()) {
                        failWith(QStringLiteral("%1: read failed at byte %2").arg(localPath).arg(st.offset + st.sent));
                        break;
                    }
                    st.sent += st.buffer.size();
                } else {
                    st.index = -1; // every byte of this chunk is written to the channel
                }
            }
            // Write only what the peer's window takes, so no channel blocks the others.
            const qsizetype available = st.buffer.size() - st.bufferPos;
            const uint32_t window = ssh_channel_window_size(st.channel);
            if (window > 0 && available > 0) {
                const uint32_t n = uint32_t(std::min<qint64>({qint64(window), qint64(available), qint64(1 << 20)}));
                const int written = ssh_channel_write(st.channel, st.buffer.constData() + st.bufferPos, n);
                if (written < 0) {
                    failWith(QStringLiteral("connection lost while uploading: %1").arg(QString::fromUtf8(ssh_get_error(handle))));
                    break;
                }
                st.bufferPos += written;
                if (st.index >= 0 && st.sent > 0) { // header bytes are not payload
                    sentThisRun += written;
                    doneBytes += written;
                }
                progressed = progressed || written > 0;
            }
            if (!st.eofSent && &st != &streams.front() && pending.isEmpty() && st.index < 0 && st.bufferPos >= st.buffer.size()) {
                ssh_channel_send_eof(st.channel); // the node's loop ends after the last answer
                st.eofSent = true;
            }
            char out[512];
            for (int isStderr = 0; isStderr <= 1; ++isStderr) {
                const int n = ssh_channel_read_nonblocking(st.channel, out, sizeof out, isStderr);
                if (n > 0) {
                    (isStderr ? st.errors : st.output).append(out, n);
                    progressed = true;
                }
            }
            qsizetype newline;
            while ((newline = st.output.indexOf('\n')) >= 0) {
                const QList<QByteArray> answer = st.output.left(newline).split(' ');
                st.output.remove(0, newline + 1);
                const int index = answer.value(0).toInt();
                if (answer.size() != 2 || !st.awaiting.contains(index)) {
                    failWith(QStringLiteral("unexpected answer from the node while uploading: %1").arg(QString::fromUtf8(answer.join(' '))));
                    break;
                }
                const QString remoteSha = QString::fromLatin1(answer[1]);
                const QString expected = localSha[index].result();
                if (remoteSha != expected) {
                    failWith(QStringLiteral("chunk %1 arrived damaged: SHA-256 %2 on the node, %3 here").arg(index).arg(remoteSha, expected));
                    break;
                }
                st.awaiting.removeOne(index);
            }
            if (result.error.isEmpty() && !st.awaiting.isEmpty() && (ssh_channel_is_eof(st.channel) || ssh_channel_is_closed(st.channel))) {
                const int status = ssh_channel_get_exit_status(st.channel);
                failWith(QStringLiteral("writing chunk %1 on the node failed (exit %2): %3").arg(st.awaiting.first()).arg(status).arg(QString::fromUtf8(st.errors).trimmed()));
            }
        }
        if (lastReport.elapsed() >= 100) {
            report(QStringLiteral("uploading"), doneBytes, sentThisRun);
            lastReport.restart();
        }
        if (!progressed && result.error.isEmpty()) {
            // Everyone waits for a window adjustment or the node's answer: let libssh read.
            if (ssh_event_dopoll(event, 10) == SSH_ERROR)
                failWith(QStringLiteral("connection lost while uploading: %1").arg(QString::fromUtf8(ssh_get_error(handle))));
        }
        if (!session.isConnected())
            failWith(QStringLiteral("connection lost while uploading"));
    }
    result.bytesSent = sentThisRun;
    if (result.error.isEmpty()) {
        report(QStringLiteral("verifying"), size, sentThisRun);
        Stream &first = streams.front();
        const QByteArray finish = QStringLiteral("finish %1 %2\n").arg(size).arg(chunks).toLatin1();
        if (ssh_channel_write(first.channel, finish.constData(), uint32_t(finish.size())) != int(finish.size()))
            failWith(QStringLiteral("connection lost while finishing the upload: %1").arg(QString::fromUtf8(ssh_get_error(handle))));
        ssh_channel_send_eof(first.channel);
        char out[512];
        while (result.error.isEmpty() && !ssh_channel_is_eof(first.channel) && !ssh_channel_is_closed(first.channel)) {
            for (int isStderr = 0; isStderr <= 1; ++isStderr) {
                const int n = ssh_channel_read_timeout(first.channel, out, sizeof out, isStderr, isStderr ? 0 : 100);
                if (n == SSH_ERROR)
                    failWith(QStringLiteral("connection lost while finishing the upload: %1").arg(QString::fromUtf8(ssh_get_error(handle))));
                else if (n > 0)
                    (isStderr ? first.errors : first.output).append(out, n);
            }
        }
        if (result.error.isEmpty() && first.output.trimmed() != "finished")
            failWith(QStringLiteral("the uploaded %1 is incomplete on the node (exit %2): %3")
                         .arg(remotePath)
                         .arg(ssh_channel_get_exit_status(first.channel))
                         .arg(QString::fromUtf8(first.errors + first.output).trimmed()));
    }
    closeAll();
    if (!result.error.isEmpty()) {
        result.seconds = double(clock.nsecsElapsed()) / 1e9;
        return result;
    }
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    report(QStringLiteral("done"), size, sentThisRun);
    return result;
}
