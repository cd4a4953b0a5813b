#pragma once

#include "cli/Command.h"

// lab serve: one lab frontend's HTTPS endpoints, started by `lab up` (not listed in the usage).
class LabServeCommand : public Command
{
public:
    LabServeCommand();

private:
    QList<QCommandLineOption> commandOptions() const override;
    int execute(const QCommandLineParser &parser) override;
};
