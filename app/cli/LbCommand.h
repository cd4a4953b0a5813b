#pragma once

#include "cli/ProjectCommand.h"

// lb: the DNS / load balancer files, the DNS check, and the push to the LB nodes.
class LbCommand : public ProjectCommand
{
public:
    LbCommand();

private:
    QList<QCommandLineOption> projectOptions() const override;
    int executeWithProject(const QCommandLineParser &parser, Opened &opened) override;
    int checkDns(const QCommandLineParser &parser, const Opened &opened);
    int push(const QCommandLineParser &parser, const Opened &opened);
};
