#pragma once

#include <QList>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <functional>

// The one way the engine does the same thing on many nodes at once. The work is network-bound
// (handshakes, round trips, remote commands), not CPU-bound, so each item gets its own thread,
// up to kMaxThreads: a pool sized by cores would check 16 nodes in 8 rounds on a 2-core laptop.
// Each call has its own pool, so one slow fan-out never starves another.
namespace FanOut {
inline constexpr int kMaxThreads = 64;

// fn(item) for every item, in parallel; the results in the items' order. Blocks until all are done.
template<typename Out, typename In>
QList<Out> map(const QList<In> &items, const std::function<Out(const In &)> &fn)
{
    QThreadPool pool;
    pool.setMaxThreadCount(int(std::clamp<qsizetype>(items.size(), 1, kMaxThreads)));
    return QtConcurrent::blockingMapped<QList<Out>>(&pool, items, fn);
}
} // namespace FanOut
