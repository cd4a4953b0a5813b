#pragma once

#include <QByteArray>
#include <QString>
#include <condition_variable>
#include <mutex>
#include <thread>

// Replaces one file atomically (QSaveFile: temporary, fsync, rename) on its own thread, so
// the caller's thread never waits for the disk. A burst of writes is coalesced: only the
// latest content is written once the previous write is done. flush() waits for the disk.
class AsyncFileWriter
{
public:
    explicit AsyncFileWriter(QString path);
    ~AsyncFileWriter(); // flushes
    AsyncFileWriter(const AsyncFileWriter &) = delete;
    AsyncFileWriter &operator=(const AsyncFileWriter &) = delete;

    void write(QByteArray content);
    // Waits until everything written so far is on disk; returns the last failure, if any.
    QString flush();
    QString takeError(); // the last failure since the previous call, empty if none

private:
    void run();

    const QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    QByteArray m_pending;
    bool m_hasPending = false;
    bool m_writing = false;
    bool m_stop = false;
    QString m_error;
    std::thread m_thread;
};
