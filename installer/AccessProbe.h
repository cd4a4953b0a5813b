#pragma once

#include "ConnectionCheck.h"
#include "InstallSecrets.h"
#include "SshEndpoint.h"

// Connects to one node and checks how sudo behaves, changing nothing on it: what
// `check-access` and the wizard's "Test connections" do per node (one session, its own thread).
class AccessProbe
{
public:
    static ConnectionCheck probe(const QString &hostname, const SshEndpoint &endpoint, const InstallSecrets &secrets);
};
