#pragma once

#include "cli/Command.h"

// import: a bundle checked against its SHA256SUMS and made into a project.
class ImportCommand : public Command
{
public:
    ImportCommand();

private:
    QList<QCommandLineOption> commandOptions() const override;
    int execute(const QCommandLineParser &parser) override;
};
