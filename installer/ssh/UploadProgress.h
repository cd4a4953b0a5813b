#pragma once

#include <QString>

// Upload progress, reported continuously.
struct UploadProgress {
    qint64 bytesDone = 0;       // includes chunks found complete on the node (resume)
    qint64 bytesTotal = 0;
    double bytesPerSecond = 0;  // of this run's transfer
    double secondsRemaining = -1; // -1 while unknown
    QString phase;              // "checking", "uploading", "verifying", "done"
};
