#pragma once

#include "ssh/UploadProgress.h"

#include <atomic>
#include <functional>

// How to upload one file.
struct UploadOptions {
    int channels = 4;                   // at most this many concurrent exec channels (each ~2 MiB in flight
                                        // per round trip); fewer on a short link, see UploadResult::channels
    qint64 chunkSize = 0;               // the unit of parallelism and resume; 0: several per channel, 8-64 MiB
    // 0: none. Nothing at all from the node for this long (no window opened, no chunk answered:
    // a frozen sshd, a dropped VPN) means the connection is gone; the upload ends with
    // UploadResult::connectionLost, its chunks kept for resuming after a reconnect.
    int livenessTimeoutMs = 0;
    bool privateFile = false;           // holds private keys: 0600 on the node from its first byte, and so when already there
    std::function<void(const UploadProgress &)> onProgress;
    const std::atomic_bool *cancel = nullptr;
};
