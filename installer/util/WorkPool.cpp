#include "util/WorkPool.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
void waitForWork()
{
    WorkPool::instance()->waitForDone();
}
} // namespace

QThreadPool *WorkPool::instance()
{
    // Waited for while the application object still exists, as Qt waits for its global pool in
    // ~QCoreApplication: a job still running when the window closes (an aborted install's last
    // step) ends before the process does. Never destroyed: a pool torn down among the static
    // destructors, after Qt's own, deleted its threads into freed memory (a heap corruption
    // at the exit of a CLI install, seen once in CI).
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(std::max(16, QThread::idealThreadCount() * 2));
        qAddPostRoutine(waitForWork);
        return p;
    }();
    return pool;
}
