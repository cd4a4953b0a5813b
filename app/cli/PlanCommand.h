#pragma once

#include "cli/Command.h"

// plan: the ordered install phases with every remote command.
class PlanCommand : public Command
{
public:
    PlanCommand();

private:
    QList<QCommandLineOption> commandOptions() const override;
    int execute(const QCommandLineParser &parser) override;
};
