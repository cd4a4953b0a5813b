#pragma once

#include "verify/ConnectionCheck.h"
#include "project/InstallSecrets.h"
#include "ssh/SshEndpoint.h"

// Connects to one node and checks how sudo behaves, changing nothing on it: what
// `check-access` and the wizard's "Test connections" do per node (one session, its own thread).
class AccessProbe
{
public:
    static ConnectionCheck probe(const QString &hostname, const SshEndpoint &endpoint, const InstallSecrets &secrets);
    // What a connection attempt showed (reached, host key, trust, error), sudo not checked yet:
    // for every caller that connects for its own reasons (an import from backend-1).
    static ConnectionCheck connection(const QString &hostname, const SshSession &session, bool connected);
};
