#include "PageHelp.h"

#include "InstallWizard.h"

#include <QCoreApplication>
#include <QHash>

namespace {
struct Entry {
    const char *text;
    const char *guide;
};

const QHash<int, Entry> &entries()
{
    using P = InstallWizard::PageId;
    static const QHash<int, Entry> all{
        {P::Welcome, {QT_TRANSLATE_NOOP("PageHelp", "Choose what to do: a new cluster from one of the guide's topologies, a saved project, an existing "
                                                    "cluster's config, or day-2 work on a running cluster. Export only prepares a bundle for a site "
                                                    "this machine cannot reach."),
                      QT_TRANSLATE_NOOP("PageHelp", "Overview; Prerequisites")}},
        {P::Topology, {QT_TRANSLATE_NOOP("PageHelp", "One row per node: its hostname, private IP, profile and site. Errors show in the list below and in "
                                                     "red in the table and the map; \"What if this site fails\" shows whether the quorum survives."),
                       QT_TRANSLATE_NOOP("PageHelp", "Configure the cluster topology (multi_node_config.conf); When to Use a Coordinator Node; Quorum Considerations")}},
        {P::Access, {QT_TRANSLATE_NOOP("PageHelp", "How this machine logs in to each node over SSH and runs sudo. Passwords stay in memory only. Test "
                                                   "connections checks every node and shows each host key for you to compare before it is trusted."),
                     QT_TRANSLATE_NOOP("PageHelp", "Prerequisites (SSH access, sudo)")}},
        {P::External, {QT_TRANSLATE_NOOP("PageHelp", "The name users reach the platform by, and what sends them to the frontends: DNS records, a cloud "
                                                     "load balancer or HAProxy with Keepalived on your own machines."),
                       QT_TRANSLATE_NOOP("PageHelp", "Ensure you have a DNS entry; Adding an Upstream Load Balancer")}},
        {P::Certificates, {QT_TRANSLATE_NOOP("PageHelp", "The cluster's CA and every node's certificate, made with OpenSSL as generate_certs.sh would, or "
                                                         "your own. The CA's key never leaves this machine."),
                           QT_TRANSLATE_NOOP("PageHelp", "./generate_certs.sh")}},
        {P::Preflight, {QT_TRANSLATE_NOOP("PageHelp", "Checks every node before anything changes on it: SSH and sudo, CPU, memory and disk against the "
                                                      "guide's table, the OS, the firewall, the clock and the network between sites."),
                        QT_TRANSLATE_NOOP("PageHelp", "Prerequisites")}},
        {P::Review, {QT_TRANSLATE_NOOP("PageHelp", "Every file the install writes, and the plan step by step, before anything runs. Save the project or "
                                                   "export the bundle from here."),
                     QT_TRANSLATE_NOOP("PageHelp", "./generate_envs/generate_envs.sh -t multi-node; Installation Order")}},
        {P::Install, {QT_TRANSLATE_NOOP("PageHelp", "The nodes are installed in the guide's order, each phase's nodes in parallel. A failed node waits for "
                                                    "you: retry, skip or abort. A stopped install resumes where it stopped."),
                      QT_TRANSLATE_NOOP("PageHelp", "Installation Order; ./install_analytics.sh")}},
        {P::Verify, {QT_TRANSLATE_NOOP("PageHelp", "Every node's services as manage.sh reports them, and the health routes over TLS through the entry "
                                                   "point, trusting only the cluster's CA."),
                     QT_TRANSLATE_NOOP("PageHelp", "Testing Your HA Setup; manage.sh status")}},
        {P::Drill, {QT_TRANSLATE_NOOP("PageHelp", "Optional: stop a frontend, a backend or a whole site and see that users are still served; whatever "
                                                  "was stopped is started again."),
                    QT_TRANSLATE_NOOP("PageHelp", "Testing Your HA Setup (frontends, backends)")}},
        {P::Finish, {QT_TRANSLATE_NOOP("PageHelp", "What was done, what is still open, and where users and sensors go."),
                     QT_TRANSLATE_NOOP("PageHelp", "Access information for Web UI")}},
        {P::AddNode, {QT_TRANSLATE_NOOP("PageHelp", "Day 2: a new frontend or scan node. The page shows every change to the running cluster's files "
                                                    "before any is made."),
                      QT_TRANSLATE_NOOP("PageHelp", "Adding a New Frontend to an Existing Cluster; Adding a New Scan Node to an Existing Cluster")}},
        {P::ImportCluster, {QT_TRANSLATE_NOOP("PageHelp", "Reads the config, the CA and the certificates where the guide keeps them on backend-1, and makes "
                                                          "a project of them. Nothing on the node changes."),
                            QT_TRANSLATE_NOOP("PageHelp", "Configure the cluster topology; ./generate_certs.sh")}},
        {P::Maintenance, {QT_TRANSLATE_NOOP("PageHelp", "Day 2: one node at a time out of the load balancer's rotation, worked on, checked healthy and put "
                                                        "back; backends one at a time with the quorum checked. A stopped run resumes."),
                          QT_TRANSLATE_NOOP("PageHelp", "Quorum Considerations; Testing Your HA Setup")}},
    };
    return all;
}
} // namespace

QString PageHelp::text(int pageId)
{
    const auto it = entries().find(pageId);
    return it == entries().end() ? QString() : QCoreApplication::translate("PageHelp", it->text);
}

QString PageHelp::guideSections(int pageId)
{
    const auto it = entries().find(pageId);
    return it == entries().end() ? QString() : QCoreApplication::translate("PageHelp", it->guide);
}
