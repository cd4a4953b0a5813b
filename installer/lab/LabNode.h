#pragma once

#include <QString>

// One node of the local lab as `lab status` lists it.
struct LabNode {
    QString hostname;
    QString profile;
    QString address;   // 127.0.0.x
    int port = 0;
    qint64 pid = 0;    // the node's sshd listener
    QString directory; // the node's root in the lab directory
    bool running = false;
    QString services;  // "9/9 running", "not installed", ...
};
