#pragma once

#include "cli/ProjectCommand.h"

// install: the project's cluster installed phase by phase over SSH; resumes.
class InstallCommand : public ProjectCommand
{
public:
    InstallCommand();

private:
    QList<QCommandLineOption> projectOptions() const override;
    int prepare(const QCommandLineParser &parser) override;
    int executeWithProject(const QCommandLineParser &parser, Opened &opened) override;
    int m_parallel = 8;
    int m_watchSeconds = 15;
    int m_installMinutes = 180;
    int m_livenessSeconds = 60;
    int m_reconnectAttempts = 8;
};
