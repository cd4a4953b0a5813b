#include "ssh/HandshakeGate.h"

#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>

#include <algorithm>

namespace {
struct GateState {
    QMutex mutex;
    QWaitCondition freed;
    int limit = HandshakeGate::kDefaultLimit;
    int inProgress = 0;
    int peak = 0;
};

GateState &state()
{
    static GateState gate;
    return gate;
}

thread_local int passesOnThisThread = 0;
} // namespace

void HandshakeGate::setLimit(int limit)
{
    GateState &gate = state();
    const QMutexLocker lock(&gate.mutex);
    gate.limit = std::max(1, limit);
    gate.freed.wakeAll();
}

int HandshakeGate::limit()
{
    GateState &gate = state();
    const QMutexLocker lock(&gate.mutex);
    return gate.limit;
}

int HandshakeGate::peak()
{
    GateState &gate = state();
    const QMutexLocker lock(&gate.mutex);
    return gate.peak;
}

void HandshakeGate::resetPeak()
{
    GateState &gate = state();
    const QMutexLocker lock(&gate.mutex);
    gate.peak = gate.inProgress;
}

HandshakeGate::Pass::Pass()
{
    if (passesOnThisThread++ > 0)
        return;
    GateState &gate = state();
    QMutexLocker lock(&gate.mutex);
    while (gate.inProgress >= gate.limit)
        gate.freed.wait(&gate.mutex);
    ++gate.inProgress;
    gate.peak = std::max(gate.peak, gate.inProgress);
    m_held = true;
}

HandshakeGate::Pass::~Pass()
{
    --passesOnThisThread;
    if (!m_held)
        return;
    GateState &gate = state();
    const QMutexLocker lock(&gate.mutex);
    --gate.inProgress;
    gate.freed.wakeOne();
}
