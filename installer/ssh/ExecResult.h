#pragma once

#include <QByteArray>
#include <QString>

// How a remote command ended.
struct ExecResult {
    int exitStatus = -1;  // -1 when the command did not report one
    bool timedOut = false;
    bool cancelled = false;
    QString error;        // transport failure, if any
    bool connectionLost = false; // the session is gone or the node stopped answering: reconnect
    QByteArray stdoutData; // captured when ExecOptions::capture is set
    QByteArray stderrData;

    bool ok() const { return error.isEmpty() && !timedOut && !cancelled && exitStatus == 0; }
    QString describe() const;
};
