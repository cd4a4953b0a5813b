#include "util/BackgroundPriority.h"

#include <QThread>

#include <algorithm>
#include <cerrno>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

void BackgroundPriority::lowerCurrentThread()
{
    thread_local bool lowered = false; // pool threads run many jobs: once per thread
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // Linux schedules SCHED_OTHER threads by their own nice value (QThread priorities have no
    // effect there); raising it needs no privilege. Threads this one starts inherit it.
    const auto tid = id_t(syscall(SYS_gettid));
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        setpriority(PRIO_PROCESS, tid, std::min(19, nice + 5));
#else
    if (QThread *thread = QThread::currentThread(); thread && thread->priority() > QThread::LowPriority)
        thread->setPriority(QThread::LowPriority);
#endif
}
