#pragma once

#include <atomic>
#include <functional>

// How far a certificate run is, and a way to stop it. Both are optional. A stopped run writes
// nothing (the files are written only when every certificate is made), so stopping is safe at
// any moment; the keys already made are thrown away.
struct PkiProgress {
    std::function<void(int done, int total)> issued; // called from worker threads, as each certificate is signed
    const std::atomic<bool> *stop = nullptr;
    bool stopped() const { return stop && stop->load(); }
};
