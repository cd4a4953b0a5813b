#pragma once

#include "cli/ProjectCommand.h"

// check-access: every node reached, its host key, authentication and sudo.
class CheckAccessCommand : public ProjectCommand
{
public:
    CheckAccessCommand();

private:
    QList<QCommandLineOption> projectOptions() const override;
    int executeWithProject(const QCommandLineParser &parser, Opened &opened) override;
};
