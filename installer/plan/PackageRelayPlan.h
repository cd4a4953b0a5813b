#pragma once

#include "core/Cluster.h"
#include "plan/InstallPlan.h"
#include "plan/PlanOptions.h"

// The installer package crosses the installer's own link once: it is uploaded to the relay
// node (the primary backend unless the project names another), which sends it on to every
// other node inside the datacenter, a bounded number at once (docs/architecture.md, "Package
// relay"). Each receiving node's steps, in order:
//   relay-authorize  on the node: this run's one-time public key, usable only from the relay's
//                    address (from=), for nothing but appending to the package (restrict,
//                    command=), expiring in 3 hours; a copy whose SHA-256 is wrong is removed
//   relay-package    on the relay: sends what the node lacks as it reaches the relay (a resumed
//                    run continues from the node's partial copy); the node's own script checks the installer's SHA-256
//                    before it takes the copy; an unreachable node is left to the next step
//   upload-package   the installer's own upload, for a node the relay could not reach
//   relay-revoke     on the node, even after a failure: the one-time key is removed
class PackageRelayPlan
{
public:
    // The relay node, or nullptr when the package goes from the installer to every node (no
    // package, no SHA-256 yet, "none", a one-node cluster, or a relay that is not a node).
    static const Node *relayFor(const Cluster &cluster, const PlanOptions &options);
    // Adds the package's phase before the others (the relay's upload, then each receiving node's
    // steps) and drops the package upload from the preparation of every node; the relay also
    // forgets its temporary files there.
    static void apply(const Cluster &cluster, const PlanOptions &options, InstallPlan *plan);
    // The receiving node's script that the one-time key is forced to run (authorized_keys command=).
    static QStringList receiverScript(const Node &node, const PlanOptions &options);
    // "host" and port the relay connects to for node (its relayAddress, else private IP and SSH port).
    static QPair<QString, int> addressFor(const Node &node, const PlanOptions &options);
    // The comment that marks the one-time key's line in authorized_keys.
    static QString keyComment() { return QStringLiteral("agilesec-installer-relay"); }
};
