#pragma once

#include "cli/ProjectCommand.h"
#include "plan/InstallPlan.h"
#include "project/InstallSecrets.h"

// install: the project's cluster installed phase by phase over SSH; resumes.
class InstallCommand : public ProjectCommand
{
public:
    InstallCommand();

private:
    QList<QCommandLineOption> projectOptions() const override;
    int prepare(const QCommandLineParser &parser) override;
    int executeWithProject(const QCommandLineParser &parser, Opened &opened) override;
    int runWithAnsible(const Project &project, const ClusterLoader::Result &loaded, const InstallPlan &plan, const InstallSecrets &secrets,
                       const QString &stagingDir);
    QString m_engine;
    int m_parallel = 8;
    int m_watchSeconds = 15;
    int m_installMinutes = 180;
    int m_livenessSeconds = 60;
    int m_reconnectAttempts = 8;
};
