#include "util/AsyncFileWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

AsyncFileWriter::AsyncFileWriter(QString path)
    : m_path(std::move(path))
    , m_thread([this] { run(); })
{
}

AsyncFileWriter::~AsyncFileWriter()
{
    flush();
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void AsyncFileWriter::write(QByteArray content)
{
    write(Producer([content = std::move(content)] { return content; }));
}

void AsyncFileWriter::write(Producer produce)
{
    {
        std::lock_guard lock(m_mutex);
        m_pending = std::move(produce);
        m_hasPending = true;
    }
    m_wake.notify_one();
}

QString AsyncFileWriter::flush()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return !m_hasPending && !m_writing; });
    return m_error;
}

QString AsyncFileWriter::takeError()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_error, QString());
}

void AsyncFileWriter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_hasPending || m_stop; });
        if (!m_hasPending && m_stop)
            return;
        const Producer produce = std::exchange(m_pending, Producer());
        m_hasPending = false;
        m_writing = true;
        lock.unlock();
        const QByteArray content = produce();
        QString error;
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly))
            error = QStringLiteral("%1: %2").arg(m_path, file.errorString());
        else if (file.write(content) != content.size() || !file.commit())
            error = QStringLiteral("%1: %2").arg(m_path, file.errorString());
        lock.lock();
        m_writing = false;
        if (!error.isEmpty())
            m_error = error;
        if (!m_hasPending)
            m_idle.notify_all();
    }
}
