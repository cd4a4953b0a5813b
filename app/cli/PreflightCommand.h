#pragma once

#include "cli/ProjectCommand.h"

// preflight: every node checked before installing, changing nothing.
class PreflightCommand : public ProjectCommand
{
public:
    PreflightCommand();

private:
    QList<QCommandLineOption> projectOptions() const override;
    int executeWithProject(const QCommandLineParser &parser, Opened &opened) override;
};
