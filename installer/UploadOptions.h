#pragma once

#include "UploadProgress.h"

#include <atomic>
#include <functional>

// How to upload one file.
struct UploadOptions {
    int channels = 4;                   // concurrent exec channels (each ~2 MiB in flight per round trip)
    qint64 chunkSize = 0;               // the unit of parallelism and resume; 0: about two per channel, 16-256 MiB
    std::function<void(const UploadProgress &)> onProgress;
    const std::atomic_bool *cancel = nullptr;
};
