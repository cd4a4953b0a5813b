#pragma once

#include "cli/Command.h"

// lab up|down|status|serve: the local lab of simulated nodes (Linux).
class LabCommand : public Command
{
public:
    LabCommand();

private:
    QList<QCommandLineOption> commandOptions() const override;
    int execute(const QCommandLineParser &parser) override;
    int up(const QCommandLineParser &parser);
    int down(const QCommandLineParser &parser);
    int status(const QCommandLineParser &parser);
};
