#pragma once

#include <QThreadPool>

// The thread pools for the tool's own background work. Never Qt's global pool: Qt's raster
// paint engine splits large fills over the global pool and waits for its threads, so a long job
// holding them (an upload, a maintenance run) would freeze the window's painting until it ended.
class WorkPool
{
public:
    // Jobs that mostly wait on the network (an install, a verify, a maintenance run): threads
    // are plenty.
    static QThreadPool *instance();
    // Work that only computes (key generation, hashing): a thread per core, one fewer when a
    // window is there. A paint needs a core at once: the raster engine's fill threads waited up
    // to a scheduler tick each behind computing threads on every core (however niced), and the
    // install page's first paint beside 16 key generations took 40 to 90 ms on two cores. More
    // computing threads than cores would not finish sooner anyway.
    static QThreadPool *computing();
};
