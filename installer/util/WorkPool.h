#pragma once

#include <QThreadPool>

// The thread pool for the tool's own background work (jobs, hashing, key generation). Never
// Qt's global pool: Qt's raster paint engine splits large fills over the global pool and waits
// for its threads, so a long job holding them (an upload, a maintenance run) would freeze the
// window's painting until it ended. The work mostly waits on the network: threads are plenty.
class WorkPool
{
public:
    static QThreadPool *instance();
};
