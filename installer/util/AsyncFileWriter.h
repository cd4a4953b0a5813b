#pragma once

#include <QByteArray>
#include <QString>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

// Replaces one file atomically (QSaveFile: temporary, fsync, rename) on its own thread, so
// the caller's thread never waits for the disk. A burst of writes is coalesced: only the
// latest content is written once the previous write is done. flush() waits for the disk.
// The content can be made on the writer's thread too (a producer): serializing a journal of a
// few hundred steps took up to 12 ms of the GUI thread, twice per step.
class AsyncFileWriter
{
public:
    explicit AsyncFileWriter(QString path);
    ~AsyncFileWriter(); // flushes
    AsyncFileWriter(const AsyncFileWriter &) = delete;
    AsyncFileWriter &operator=(const AsyncFileWriter &) = delete;

    using Producer = std::function<QByteArray()>;
    void write(QByteArray content);
    // produce() runs on the writer's thread, only for the latest write of a burst; it must own
    // what it reads (capture a copy).
    void write(Producer produce);
    // Waits until everything written so far is on disk; returns the last failure, if any.
    QString flush();
    QString takeError(); // the last failure since the previous call, empty if none

private:
    void run();

    const QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    Producer m_pending;
    bool m_hasPending = false;
    bool m_writing = false;
    bool m_stop = false;
    QString m_error;
    std::thread m_thread;
};
