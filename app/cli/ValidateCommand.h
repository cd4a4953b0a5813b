#pragma once

#include "cli/Command.h"

// validate: the config checked against the HA guide's rules.
class ValidateCommand : public Command
{
public:
    ValidateCommand();

private:
    QList<QCommandLineOption> commandOptions() const override;
    int execute(const QCommandLineParser &parser) override;
};
