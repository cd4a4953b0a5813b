#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QHash>
#include <QMetaEnum>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <vector>

// A QApplication that times every event the GUI thread delivers, each by its own work (the
// events delivered inside it not counted), and keeps per receiver class and event type the
// longest and the total: where the event loop's stalls go.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Only the GUI thread's events: notify() is called on every thread that delivers one.
        if (!m_recording || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Exclusive time: an event's own work, without the events delivered inside it (a nested
        // event loop, a paint inside a resize); those count on their own.
        // Named before delivery: a DeferredDelete deletes the receiver.
        const QString key = QStringLiteral("%1 %2").arg(QString::fromLatin1(receiver->metaObject()->className()),
                                                        QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(event->type())));
        m_nested.push_back(0);
        QElapsedTimer clock;
        clock.start();
        const double cpuBefore = threadCpuMs();
        const bool handled = QApplication::notify(receiver, event);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        const double cpu = threadCpuMs() - cpuBefore;
        const double own = ms - m_nested.back();
        m_nested.pop_back();
        if (!m_nested.empty())
            m_nested.back() += ms;
        static const double traceMs = qEnvironmentVariableIntValue("GUI_BENCH_TRACE_MS") > 0 ? qEnvironmentVariableIntValue("GUI_BENCH_TRACE_MS") : 100;
        if (own > traceMs && qEnvironmentVariableIsSet("GUI_BENCH_TRACE"))
            qDebug("long event %s: %.1f ms (%.1f ms on the CPU), %.1f ms of it nested, depth %d", qPrintable(key), ms, cpu, ms - own,
                   int(m_nested.size()));
        Cost &c = m_costs[key];
        c.max = std::max(c.max, own);
        c.total += own;
        ++c.count;
        return handled;
    }
    void record(bool on) { m_recording = on; }
    // The n receivers/events with the longest single delivery: "InstallPage Timer: max 12.3 ms, 480 ms in 2100".
    QStringList largest(int n) const
    {
        QList<std::pair<QString, Cost>> all;
        for (auto it = m_costs.begin(); it != m_costs.end(); ++it)
            all << std::pair{it.key(), it.value()};
        std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.second.max > b.second.max; });
        QStringList lines;
        for (qsizetype i = 0; i < all.size() && i < n; ++i)
            lines << QStringLiteral("%1: max %2 ms, %3 ms in %4 events")
                         .arg(all[i].first)
                         .arg(all[i].second.max, 0, 'f', 1)
                         .arg(all[i].second.total, 0, 'f', 0)
                         .arg(all[i].second.count);
        return lines;
    }

private:
    // This thread's CPU time: less than the wall time when the thread waited or was not scheduled.
    static double threadCpuMs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    }
    struct Cost {
        double max = 0;
        double total = 0;
        qint64 count = 0;
    };
    QHash<QString, Cost> m_costs;
    std::vector<double> m_nested; // per event being delivered: the time of the events inside it
    std::atomic_bool m_recording{false};
};
