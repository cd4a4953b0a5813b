#pragma once

#include "ssh/UploadOptions.h"
#include "ssh/UploadResult.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

class SshSession;
struct ssh_channel_struct;
struct ssh_event_struct;

// One upload in progress, for SshUploader (which documents the protocol): the probe on the
// node, the resume decision, the chunks streamed over several channels with their answers, and
// the final check and rename, each a step of its own.
class UploadRun
{
public:
    UploadRun(SshSession &session, const QString &localPath, const QString &remotePath, const UploadOptions &options);
    ~UploadRun();
    UploadRun(const UploadRun &) = delete;
    UploadRun &operator=(const UploadRun &) = delete;
    UploadResult run();

private:
    // One channel: a single command on the node that receives chunks one after another, each as
    // a header line "index offset length" followed by its bytes, and answers "index sha256".
    struct Stream {
        ssh_channel_struct *channel = nullptr;
        QList<int> awaiting; // chunks sent (or being sent) whose answer has not come yet
        int index = -1;      // the chunk being sent; -1 between chunks
        qint64 offset = 0;
        qint64 length = 0;
        qint64 sent = 0;
        QByteArray buffer;   // header or file data read ahead, not yet written
        qsizetype bufferPos = 0;
        bool eofSent = false;
        QByteArray output;   // stdout not yet split into lines
        QByteArray errors;
    };

    void sizeChannelsAndChunks();
    QString privateModes() const; // the shell prefix that keeps a private file 0600
    bool silentFor(const QElapsedTimer &heard); // true (and failed) when the node said nothing for the liveness limit
    bool probe();         // false when done (skipped as identical) or failed
    bool planChunks();    // which chunks still have to go; false on failure
    void hashLocally();
    bool openStreams();
    void sendAll();
    bool pump(Stream &st); // one stream's turn; true when it moved bytes
    void takeAnswers(Stream &st);
    void finishOnNode();
    void closeStreams();
    qint64 lengthOf(int index) const;
    void report(const QString &phase, qint64 done);
    void fail(const QString &message);

    SshSession &m_session;
    const QString m_localPath;
    const QString m_remotePath;
    const UploadOptions &m_options;
    UploadResult m_result;
    QElapsedTimer m_clock;
    QFile m_file;
    qint64 m_size = 0;
    qint64 m_chunkSize = 0;
    int m_chunks = 0;
    QString m_finalPath, m_partPath, m_donePath; // quoted for the node's shell
    QString m_hasher = QStringLiteral("sha256sum");
    QHash<int, QString> m_doneOnNode;
    bool m_partExisted = false;
    QList<int> m_pending;
    qint64 m_doneBytes = 0;
    qint64 m_sentThisRun = 0;
    QHash<int, QFuture<QString>> m_localSha;
    std::vector<Stream> m_streams;
    ssh_event_struct *m_event = nullptr;
};
