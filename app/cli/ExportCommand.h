#pragma once

#include "cli/ProjectCommand.h"
#include "export/BundleExporter.h"

// export: the air-gapped bundle.
class ExportCommand : public ProjectCommand
{
public:
    ExportCommand();

private:
    QList<QCommandLineOption> projectOptions() const override;
    int prepare(const QCommandLineParser &parser) override;
    int executeWithProject(const QCommandLineParser &parser, Opened &opened) override;
    BundleExporter::Options m_options;
};
