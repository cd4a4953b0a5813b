#pragma once

#include "core/Cluster.h"
#include "project/InstallSecrets.h"
#include "project/NodeTarget.h"

#include <QList>
#include <QString>
#include <atomic>
#include <functional>

// Guided failover drills (the guide's "Testing Your HA Setup" and datacenter failover): stop a
// frontend, a backend or a whole site, check that users are still served through the entry
// point (and, for a site, whether quorum survives), then restore exactly what was running, and
// the health-check cron as it was. Restoring happens whatever the outcome, also after a failure
// or a cancel. Every step lands on the timeline; the verdict says pass or fail and why.
class HaDrill
{
public:
    enum class Kind { Frontend, Backend, Site };
    struct Event {
        qint64 ms = 0;       // since the drill started
        QString text;
        bool problem = false;
    };
    struct Options {
        Kind kind = Kind::Frontend;
        QString name;          // node hostname, or site label
        QString entry;         // HOST:PORT users go through (a load balancer, the FQDN)
        QByteArray caPem;      // the cluster's CA: the only one trusted
        QString entryNote;        // how the entry was resolved (EntryPoint::note), first on the timeline
        int failoverSeconds = 30; // how long the entry may take to route around the loss
        int recoverSeconds = 60;
        const std::atomic_bool *cancel = nullptr;
        std::function<void(const Event &)> onEvent;
    };
    struct Result {
        bool passed = false;
        bool restored = false;
        QString verdict;
        QList<Event> timeline;
    };

    static Result run(const Cluster &cluster, const QList<NodeTarget> &targets, const InstallSecrets &secrets, const Options &options);
    static std::optional<Kind> kindFromName(const QString &name);
};
