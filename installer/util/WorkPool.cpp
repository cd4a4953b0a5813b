#include "util/WorkPool.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
void waitForJobs()
{
    WorkPool::instance()->waitForDone();
}

void waitForComputing()
{
    WorkPool::computing()->waitForDone();
}

// Waited for while the application object still exists, as Qt waits for its global pool in
// ~QCoreApplication: a job still running when the window closes (an aborted install's last
// step) ends before the process does. Never destroyed: a pool torn down among the static
// destructors, after Qt's own, deleted its threads into freed memory (a heap corruption at the
// exit of a CLI install, seen once in CI). Only a pool that was made is waited for.
QThreadPool *lastingPool(int maxThreads, QtCleanUpFunction waitAtExit)
{
    auto *pool = new QThreadPool;
    pool->setMaxThreadCount(maxThreads);
    qAddPostRoutine(waitAtExit);
    return pool;
}
} // namespace

QThreadPool *WorkPool::instance()
{
    static QThreadPool *pool = lastingPool(std::max(16, QThread::idealThreadCount() * 2), waitForJobs);
    return pool;
}

QThreadPool *WorkPool::computing()
{
    static QThreadPool *pool = [] {
        const QCoreApplication *app = QCoreApplication::instance();
        const bool window = app && app->inherits("QGuiApplication"); // QtCore only here: asked by name
        return lastingPool(std::max(1, QThread::idealThreadCount() - (window ? 1 : 0)), waitForComputing);
    }();
    return pool;
}
