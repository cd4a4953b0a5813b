#pragma once

#include "cli/ProjectCommand.h"
#include "maintain/MaintenanceRequest.h"

// maintain: one node at a time out of the load balancer's rotation, worked on, checked, back in.
class MaintainCommand : public ProjectCommand
{
public:
    MaintainCommand();

private:
    QList<QCommandLineOption> projectOptions() const override;
    int prepare(const QCommandLineParser &parser) override;
    int executeWithProject(const QCommandLineParser &parser, Opened &opened) override;
    // The nodes named by --nodes or --all-frontends / --all-backends, in the cluster's order.
    QStringList chosenNodes(const QCommandLineParser &parser, const Cluster &cluster, QString *error) const;

    MaintenanceRequest m_request;
    bool m_resume = false;
};
