#pragma once

#include "cli/ProjectCommand.h"
#include "day2/StretchConversion.h"

// convert-stretch: the guide's stretch cluster with a coordinator, checked before it is written.
class ConvertStretchCommand : public ProjectCommand
{
public:
    ConvertStretchCommand();

private:
    QList<QCommandLineOption> projectOptions() const override;
    int prepare(const QCommandLineParser &parser) override;
    int executeWithProject(const QCommandLineParser &parser, Opened &opened) override;
    void describe(const StretchConversion::Result &result);
    StretchConversion::Spec m_spec;
};
