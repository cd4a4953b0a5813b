#include "ssh/UploadRun.h"

#include "ssh/SshSession.h"
#include "util/ShellQuote.h"
#include "util/WorkPool.h"
#include "util/BackgroundPriority.h"

#include <libssh/libssh.h>
#include <openssl/evp.h>

#include <QFileInfo>
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

} // namespace

UploadRun::UploadRun(SshSession &session, const QString &localPath, const QString &remotePath, const UploadOptions &options)
    : m_session(session)
    , m_localPath(localPath)
    , m_remotePath(remotePath)
    , m_options(options)
    , m_file(localPath)
{
    m_clock.start();
}

UploadRun::~UploadRun()
{
    closeStreams();
    // The local hashes run on other threads with their own file handles; wait for them.
    for (QFuture<QString> &f : m_localSha)
        f.waitForFinished();
    if (m_event) {
        ssh_event_remove_session(m_event, m_session.handle());
        ssh_event_free(m_event);
    }
}

UploadResult UploadRun::run()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_result.error = QStringLiteral("%1: %2").arg(m_localPath, m_file.errorString());
        return m_result;
    }
    m_size = m_file.size();
    m_result.bytesTotal = m_size;
    sizeChannelsAndChunks();
    report(QStringLiteral("checking"), 0);
    if (!probe() || !planChunks())
        return m_result;
    hashLocally();
    // Waiting on the session as a whole returns as soon as any packet (a window adjustment,
    // a chunk's answer) was handled, instead of sleeping on one channel.
    m_event = ssh_event_new();
    ssh_event_add_session(m_event, m_session.handle());
    if (openStreams()) {
        report(QStringLiteral("uploading"), m_doneBytes);
        sendAll();
    }
    m_result.bytesSent = m_sentThisRun;
    if (m_result.error.isEmpty())
        finishOnNode();
    closeStreams();
    m_result.seconds = double(m_clock.nsecsElapsed()) / 1e9;
    if (m_result.error.isEmpty())
        report(QStringLiteral("done"), m_size);
    return m_result;
}

void UploadRun::sizeChannelsAndChunks()
{
    // Each channel carries about a 2 MiB window per round trip, so a long link needs several
    // channels while a short one is better served by few (every extra one costs the node a
    // process and CPU). Opening a channel starts nothing on the node: its time is one round trip.
    const int maxChannels = std::max(1, m_options.channels);
    // The least of three: a single one can include a delayed ACK (40 ms on Linux).
    ssh_session handle = m_session.handle();
    m_result.roundTripMs = std::min({channelOpenMs(handle), channelOpenMs(handle), channelOpenMs(handle)});
    m_result.channels = std::clamp(int(std::ceil(kTargetBytesPerSecond * m_result.roundTripMs / 1000.0 / kWindowBytes)), std::min(2, maxChannels), maxChannels);
    // Chunks are the unit of resuming and of balancing between channels: several per channel,
    // 8-64 MiB, so an interrupted upload repeats little. Fixed when given.
    m_chunkSize = m_options.chunkSize;
    if (m_chunkSize <= 0) {
        const qint64 mib = 1 << 20;
        m_chunkSize = std::clamp<qint64>(m_size / (4 * m_result.channels), 8 * mib, 64 * mib);
        m_chunkSize = (m_chunkSize + mib - 1) / mib * mib;
    }
    m_chunks = int(std::max<qint64>(1, (m_size + m_chunkSize - 1) / m_chunkSize));
}

qint64 UploadRun::lengthOf(int index) const
{
    return std::min(m_chunkSize, m_size - qint64(index) * m_chunkSize);
}

void UploadRun::report(const QString &phase, qint64 done)
{
    if (!m_options.onProgress)
        return;
    UploadProgress p;
    p.phase = phase;
    p.bytesDone = done;
    p.bytesTotal = m_size;
    const double seconds = double(m_clock.nsecsElapsed()) / 1e9;
    p.bytesPerSecond = seconds > 0 ? double(m_sentThisRun) / seconds : 0;
    p.secondsRemaining = p.bytesPerSecond > 0 ? double(m_size - done) / p.bytesPerSecond : -1;
    m_options.onProgress(p);
}

void UploadRun::fail(const QString &message)
{
    if (m_result.error.isEmpty())
        m_result.error = message;
}

QString UploadRun::privateModes() const
{
    // New files of this shell are 0600 (umask), and what an earlier run left is made so.
    if (!m_options.privateFile)
        return {};
    return QStringLiteral("umask 077; for f in %1 %2; do [ -f \"$f\" ] && { chmod 600 \"$f\" || exit 4; }; done; ").arg(m_finalPath, m_partPath);
}

bool UploadRun::probe()
{
    m_finalPath = ShellQuote::quote(m_remotePath);
    m_partPath = ShellQuote::quote(m_remotePath + QStringLiteral(".agilesec-part"));
    m_donePath = ShellQuote::quote(m_remotePath + QStringLiteral(".agilesec-part.done"));
    const QString directory = ShellQuote::quote(QFileInfo(m_remotePath).path());
    // Every command costs a round trip and a login shell on the node, so one probe does it all:
    // picks the hasher (OpenSSL uses the CPU's SHA extensions, about 3x coreutils' sha256sum),
    // hashes a final file of the same size, lists the chunks of an earlier attempt, or starts
    // a fresh temporary file.
    const QString hasherChoice = QStringLiteral("if command -v openssl >/dev/null 2>&1; then hash() { openssl dgst -sha256 -r; }; echo openssl; "
                                                "else hash() { sha256sum; }; fi; ");
    ExecOptions capture;
    capture.capture = true;
    const ExecResult probe = m_session.exec(
        QStringLiteral("mkdir -p %1 || exit 3; %6%7"
                       "if [ -f %2 ] && [ \"$(stat -c %s %2)\" = %5 ]; then h=$(hash < %2) && echo \"final ${h%% *}\"; fi; "
                       "if [ -f %3 ] && [ -f %4 ]; then echo part; cat %4; else : > %3 && : > %4 || exit 4; fi")
            .arg(directory, m_finalPath, m_partPath, m_donePath)
            .arg(m_size)
            .arg(hasherChoice, privateModes()),
        capture);
    if (!probe.ok()) {
        fail(QStringLiteral("cannot prepare %1 on the node: %2 %3").arg(m_remotePath, probe.describe(), QString::fromUtf8(probe.stderrData).trimmed()));
        return false;
    }
    QString finalSha;
    for (const QByteArray &line : probe.stdoutData.split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.value(0) == "openssl")
            m_hasher = QStringLiteral("openssl dgst -sha256 -r");
        else if (f.value(0) == "final")
            finalSha = QString::fromLatin1(f.value(1));
        else if (f.value(0) == "part")
            m_partExisted = true;
        else if (f.size() >= 2 && m_partExisted) // "index hash offset length" (the offset and length for a reader such as the relay)
            m_doneOnNode.insert(f[0].toInt(), QString::fromLatin1(f[1]));
    }
    if (finalSha.isEmpty())
        return true;
    const QString fullSha = chunkSha256(m_file, 0, m_size);
    if (finalSha != fullSha)
        return true;
    m_result.skipped = true;
    m_result.sha256 = fullSha;
    m_result.seconds = double(m_clock.nsecsElapsed()) / 1e9;
    report(QStringLiteral("done"), m_size);
    return false;
}

bool UploadRun::planChunks()
{
    // Chunks already on the node count only when their hash equals the local chunk's.
    for (int i = 0; i < m_chunks; ++i) {
        if (m_doneOnNode.contains(i) && m_doneOnNode.value(i) == chunkSha256(m_file, qint64(i) * m_chunkSize, lengthOf(i))) {
            m_doneBytes += lengthOf(i);
            m_result.resumed = true;
            continue;
        }
        m_pending << i;
    }
    if (!m_partExisted || m_pending.size() != m_chunks)
        return true;
    // Nothing usable from the earlier attempt: start the temporary file afresh.
    ExecOptions capture;
    capture.capture = true;
    const ExecResult reset = m_session.exec(privateModes() + QStringLiteral(": > %1 && : > %2").arg(m_partPath, m_donePath), capture);
    if (!reset.ok()) {
        fail(QStringLiteral("cannot create %1 on the node: %2").arg(m_remotePath + QStringLiteral(".agilesec-part"), QString::fromUtf8(reset.stderrData).trimmed()));
        return false;
    }
    m_result.resumed = false;
    return true;
}

void UploadRun::hashLocally()
{
    // The local hashes are computed on other cores while the network loop sends, so hashing
    // never stalls the stream; a chunk's hash is needed only when the node answers for it.
    for (int index : std::as_const(m_pending)) {
        const qint64 offset = qint64(index) * m_chunkSize;
        const qint64 length = lengthOf(index);
        m_localSha.insert(index, QtConcurrent::run(WorkPool::computing(), [localPath = m_localPath, offset, length] {
                              BackgroundPriority::lowerCurrentThread();
                              QFile f(localPath);
                              return f.open(QIODevice::ReadOnly) ? chunkSha256(f, offset, length) : QString();
                          }));
    }
}

bool UploadRun::openStreams()
{
    // Per chunk: dd takes exactly its bytes from the stream into place, then the node hashes
    // what landed and records it ("index hash offset length") for resuming, and for the package
    // relay, which sends on the recorded chunks in a row while the rest arrives. One login shell
    // per channel, not per chunk.
    // "finish SIZE CHUNKS" ends the upload on the same channel (no extra command): the size and
    // every chunk's record are checked, then the file is renamed into place.
    const QString receiver = QStringLiteral("set -o pipefail; while read -r index offset length; do "
                                            "if [ \"$index\" = finish ]; then [ \"$(stat -c %s %1)\" = \"$offset\" ] && "
                                            "[ \"$(cut -d' ' -f1 %2 | sort -un | wc -l)\" = \"$length\" ] && mv -f %1 %4 && rm -f %2 && echo finished; exit; fi; "
                                            "dd of=%1 bs=64K conv=notrunc oflag=seek_bytes seek=\"$offset\" iflag=fullblock,count_bytes count=\"$length\" status=none || exit 5; "
                                            "h=$(dd if=%1 bs=1M iflag=skip_bytes,count_bytes skip=\"$offset\" count=\"$length\" status=none | %3) || exit 6; "
                                            "h=${h%% *}; echo \"$index $h $offset $length\" >> %2 && echo \"$index $h\" || exit 7; done")
                                 .arg(m_partPath, m_donePath, m_hasher, m_finalPath);
    const QByteArray receiverCommand = (QStringLiteral("bash -c ") + ShellQuote::quote(receiver)).toUtf8();
    ssh_session handle = m_session.handle();
    // At least one: the first channel also finishes the upload.
    for (int i = 0; i < std::clamp<int>(int(m_pending.size()), 1, m_result.channels); ++i) {
        Stream st;
        st.channel = ssh_channel_new(handle);
        if (!st.channel || ssh_channel_open_session(st.channel) != SSH_OK || ssh_channel_request_exec(st.channel, receiverCommand.constData()) != SSH_OK) {
            fail(QStringLiteral("cannot open an upload channel: %1").arg(QString::fromUtf8(ssh_get_error(handle))));
            if (st.channel)
                ssh_channel_free(st.channel);
            break;
        }
        m_streams.push_back(std::move(st));
    }
    return m_result.error.isEmpty();
}

bool UploadRun::silentFor(const QElapsedTimer &heard)
{
    if (m_options.livenessTimeoutMs <= 0 || heard.elapsed() <= m_options.livenessTimeoutMs)
        return false;
    m_result.connectionLost = true;
    fail(QStringLiteral("%1 stopped answering: nothing received for %2 s while uploading %3 (%4 of %5 MiB on the node; kept for resuming)")
             .arg(m_session.description())
             .arg(heard.elapsed() / 1000)
             .arg(m_remotePath)
             .arg(double(m_doneBytes) / (1 << 20), 0, 'f', 1)
             .arg(double(m_size) / (1 << 20), 0, 'f', 1));
    // The link is dead: its channels go with the session (not closed one by one over it), and
    // the caller reconnects and resumes.
    m_streams.clear();
    if (m_event) {
        ssh_event_remove_session(m_event, m_session.handle());
        ssh_event_free(m_event);
        m_event = nullptr;
    }
    m_session.disconnect();
    return true;
}

void UploadRun::sendAll()
{
    const auto allAnswered = [&] {
        return std::all_of(m_streams.begin(), m_streams.end(), [](const Stream &st) { return st.awaiting.isEmpty(); });
    };
    QElapsedTimer lastReport;
    lastReport.start();
    QElapsedTimer heard; // since the node last took a byte or answered
    heard.start();
    while (m_result.error.isEmpty() && !(m_pending.isEmpty() && allAnswered())) {
        if (m_options.cancel && m_options.cancel->load()) {
            fail(QStringLiteral("cancelled; the chunks already on the node are kept for resuming"));
            break;
        }
        bool progressed = false;
        for (Stream &st : m_streams) {
            if (!m_result.error.isEmpty())
                break;
            progressed = pump(st) || progressed;
        }
        if (lastReport.elapsed() >= 100) {
            report(QStringLiteral("uploading"), m_doneBytes);
            lastReport.restart();
        }
        if (progressed)
            heard.restart();
        if (!progressed && m_result.error.isEmpty()) {
            // Everyone waits for a window adjustment or the node's answer: let libssh read.
            if (ssh_event_dopoll(m_event, 10) == SSH_ERROR)
                fail(QStringLiteral("connection lost while uploading: %1").arg(QString::fromUtf8(ssh_get_error(m_session.handle()))));
            else if (silentFor(heard))
                break;
        }
        if (!m_session.isConnected())
            fail(QStringLiteral("connection lost while uploading"));
    }
}

bool UploadRun::pump(Stream &st)
{
    bool progressed = false;
    // Between chunks: take the next one and queue its header.
    if (st.index < 0 && st.bufferPos >= st.buffer.size() && !m_pending.isEmpty()) {
        st.index = m_pending.takeFirst();
        st.offset = qint64(st.index) * m_chunkSize;
        st.length = lengthOf(st.index);
        st.sent = 0;
        st.buffer = QStringLiteral("%1 %2 %3\n").arg(st.index).arg(st.offset).arg(st.length).toLatin1();
        st.bufferPos = 0;
        st.awaiting << st.index;
    }
    if (st.index >= 0 && st.bufferPos >= st.buffer.size()) {
        if (st.sent < st.length) {
            m_file.seek(st.offset + st.sent);
            st.buffer = m_file.read(std::min<qint64>(st.length - st.sent, 4 << 20));
            st.bufferPos = 0;
            if (st.buffer.isEmpty()) {
                fail(QStringLiteral("%1: read failed at byte %2").arg(m_localPath).arg(st.offset + st.sent));
                return false;
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
            fail(QStringLiteral("connection lost while uploading: %1").arg(QString::fromUtf8(ssh_get_error(m_session.handle()))));
            return false;
        }
        st.bufferPos += written;
        if (st.index >= 0 && st.sent > 0) { // header bytes are not payload
            m_sentThisRun += written;
            m_doneBytes += written;
        }
        progressed = written > 0;
    }
    if (!st.eofSent && &st != &m_streams.front() && m_pending.isEmpty() && st.index < 0 && st.bufferPos >= st.buffer.size()) {
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
    takeAnswers(st);
    return progressed;
}

void UploadRun::takeAnswers(Stream &st)
{
    qsizetype newline;
    while ((newline = st.output.indexOf('\n')) >= 0) {
        const QList<QByteArray> answer = st.output.left(newline).split(' ');
        st.output.remove(0, newline + 1);
        const int index = answer.value(0).toInt();
        if (answer.size() != 2 || !st.awaiting.contains(index)) {
            fail(QStringLiteral("unexpected answer from the node while uploading: %1").arg(QString::fromUtf8(answer.join(' '))));
            return;
        }
        const QString remoteSha = QString::fromLatin1(answer[1]);
        const QString expected = m_localSha[index].result();
        if (remoteSha != expected) {
            fail(QStringLiteral("chunk %1 arrived damaged: SHA-256 %2 on the node, %3 here").arg(index).arg(remoteSha, expected));
            return;
        }
        st.awaiting.removeOne(index);
    }
    if (m_result.error.isEmpty() && !st.awaiting.isEmpty() && (ssh_channel_is_eof(st.channel) || ssh_channel_is_closed(st.channel))) {
        const int status = ssh_channel_get_exit_status(st.channel);
        const QString said = QString::fromUtf8(st.errors).trimmed();
        if (status < 0 && said.isEmpty()) {
            // No exit status and no word: the channel was cut, not a command that failed.
            m_result.connectionLost = true;
            fail(QStringLiteral("the connection to %1 closed while chunk %2 was being written, with no exit status and no message (the "
                                "session was cut, its sshd killed or the node went away); the chunks already verified are kept for resuming")
                     .arg(m_session.description())
                     .arg(st.awaiting.first()));
        } else {
            fail(QStringLiteral("writing chunk %1 on the node failed (exit %2): %3").arg(st.awaiting.first()).arg(status).arg(said.isEmpty() ? QStringLiteral("no message") : said));
        }
    }
}

void UploadRun::finishOnNode()
{
    report(QStringLiteral("verifying"), m_size);
    ssh_session handle = m_session.handle();
    Stream &first = m_streams.front();
    const QByteArray finish = QStringLiteral("finish %1 %2\n").arg(m_size).arg(m_chunks).toLatin1();
    if (ssh_channel_write(first.channel, finish.constData(), uint32_t(finish.size())) != int(finish.size()))
        fail(QStringLiteral("connection lost while finishing the upload: %1").arg(QString::fromUtf8(ssh_get_error(handle))));
    ssh_channel_send_eof(first.channel);
    char out[512];
    QElapsedTimer heard;
    heard.start();
    while (m_result.error.isEmpty() && !ssh_channel_is_eof(first.channel) && !ssh_channel_is_closed(first.channel)) {
        for (int isStderr = 0; isStderr <= 1; ++isStderr) {
            const int n = ssh_channel_read_timeout(first.channel, out, sizeof out, isStderr, isStderr ? 0 : 100);
            if (n == SSH_ERROR)
                fail(QStringLiteral("connection lost while finishing the upload: %1").arg(QString::fromUtf8(ssh_get_error(handle))));
            else if (n > 0) {
                (isStderr ? first.errors : first.output).append(out, n);
                heard.restart();
            }
        }
        if (m_result.error.isEmpty() && silentFor(heard))
            return;
    }
    if (m_result.error.isEmpty() && first.output.trimmed() != "finished")
        fail(QStringLiteral("the uploaded %1 is incomplete on the node (exit %2): %3")
                 .arg(m_remotePath)
                 .arg(ssh_channel_get_exit_status(first.channel))
                 .arg(QString::fromUtf8(first.errors + first.output).trimmed()));
}

void UploadRun::closeStreams()
{
    for (Stream &st : m_streams) {
        ssh_channel_close(st.channel);
        ssh_channel_free(st.channel);
    }
    m_streams.clear();
}
