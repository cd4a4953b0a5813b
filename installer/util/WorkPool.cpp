#include "util/WorkPool.h"

#include <algorithm>

QThreadPool *WorkPool::instance()
{
    // Destroyed at exit after waiting for its work, as Qt's global pool is: a job still running
    // when the window closes (an aborted install's last step) ends before the process does.
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(std::max(16, QThread::idealThreadCount() * 2));
        return true;
    }();
    Q_UNUSED(sized);
    return &pool;
}
