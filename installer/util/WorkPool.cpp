#include "util/WorkPool.h"

#include <algorithm>

QThreadPool *WorkPool::instance()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process: jobs may still end during exit
        p->setMaxThreadCount(std::max(16, QThread::idealThreadCount() * 2));
        return p;
    }();
    return pool;
}
