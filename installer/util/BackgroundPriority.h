#pragma once

// Background work (the install's node workers, the wizard's jobs) yields the CPU to the thread
// that paints: on a loaded laptop (16 SSH handshakes at once on 2 cores) the GUI thread, at the
// same priority, waited its turn for 100 ms and more. Lowered by a nice step of 5, never to idle:
// the work still runs at full speed on a machine with cores to spare.
class BackgroundPriority
{
public:
    static void lowerCurrentThread();
};
