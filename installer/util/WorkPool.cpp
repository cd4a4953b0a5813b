#include "util/WorkPool.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
void waitForWork()
{
    WorkPool::instance()->waitForDone();
    WorkPool::computing()->waitForDone();
}

// Waited for while the application object still exists, as Qt waits for its global pool in
// ~QCoreApplication: a job still running when the window closes (an aborted install's last
// step) ends before the process does. Never destroyed: a pool torn down among the static
// destructors, after Qt's own, deleted its threads into freed memory (a heap corruption at the
// exit of a CLI install, seen once in CI).
QThreadPool *lastingPool(int maxThreads)
{
    static const bool waited = [] {
        qAddPostRoutine(waitForWork);
        return true;
    }();
    Q_UNUSED(waited);
    auto *pool = new QThreadPool;
    pool->setMaxThreadCount(maxThreads);
    return pool;
}
} // namespace

QThreadPool *WorkPool::instance()
{
    static QThreadPool *pool = lastingPool(std::max(16, QThread::idealThreadCount() * 2));
    return pool;
}

QThreadPool *WorkPool::computing()
{
    static QThreadPool *pool = [] {
        const QCoreApplication *app = QCoreApplication::instance();
        const bool window = app && app->inherits("QGuiApplication"); // QtCore only here: asked by name
        return lastingPool(std::max(1, QThread::idealThreadCount() - (window ? 1 : 0)));
    }();
    return pool;
}
