#pragma once

#include <QString>

// How an upload ended.
struct UploadResult {
    bool skipped = false;     // the node already had the same file (same size and SHA-256)
    bool resumed = false;     // chunks of an interrupted upload were reused
    qint64 bytesSent = 0;     // payload sent in this run
    qint64 bytesTotal = 0;
    QString sha256;           // of the whole file, hex: set when the upload was skipped as identical
                              // (an upload verifies each chunk's SHA-256 on the node instead)
    double seconds = 0;
    double roundTripMs = 0;   // measured by opening a channel; sizes the parallelism
    int channels = 0;         // channels used: enough to fill the link, at most UploadOptions::channels
    bool connectionLost = false; // the session is gone or the node went silent: reconnect, then resume
    QString error;            // empty on success
    bool ok() const { return error.isEmpty(); }
};
