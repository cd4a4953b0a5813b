#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

// Splits a byte stream into lines as it arrives; the last partial line waits for more.
class LineSplitter
{
public:
    void feed(const char *data, int size, const std::function<void(const QString &)> &deliver)
    {
        m_pending.append(data, size);
        qsizetype newline;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            QByteArray line = m_pending.left(newline);
            if (line.endsWith('\r'))
                line.chop(1);
            deliver(QString::fromUtf8(line));
            m_pending.remove(0, newline + 1);
        }
    }
    void flush(const std::function<void(const QString &)> &deliver)
    {
        if (!m_pending.isEmpty())
            deliver(QString::fromUtf8(m_pending));
        m_pending.clear();
    }

private:
    QByteArray m_pending;
};
