#pragma once

#include "cli/ProjectCommand.h"
#include "verify/HaDrill.h"

// drill: a frontend, backend or site stopped, users checked, everything restored.
class DrillCommand : public ProjectCommand
{
public:
    DrillCommand();

private:
    QList<QCommandLineOption> projectOptions() const override;
    int prepare(const QCommandLineParser &parser) override;
    int executeWithProject(const QCommandLineParser &parser, Opened &opened) override;
    HaDrill::Kind m_kind = HaDrill::Kind::Frontend;
};
