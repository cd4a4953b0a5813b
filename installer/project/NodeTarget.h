#pragma once

#include "core/Profile.h"
#include "ssh/SshEndpoint.h"

#include <QString>

// One node as the executor, the watchdog, preflight and verification reach it.
struct NodeTarget {
    QString hostname;
    Profile profile = Profile::FullBackend;
    SshEndpoint endpoint;
    QString installerDir;  // absolute, unquoted
};
