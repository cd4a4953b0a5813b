#pragma once

#include "cli/Command.h"
#include "ops/ClusterImport.h"
#include "project/HostKeyChoices.h"
#include "project/InstallSecrets.h"

// import-cluster: a running cluster made into a project, from backend-1 over SSH or from files.
class ImportClusterCommand : public Command
{
public:
    ImportClusterCommand();

private:
    QList<QCommandLineOption> commandOptions() const override;
    int execute(const QCommandLineParser &parser) override;
    bool readAccess(const QCommandLineParser &parser, Project *project);
    bool readNodeAccess(const QString &spec, Project *project);
    int fromNode(const QCommandLineParser &parser, Project *project, const InstallSecrets &secrets, ClusterImport::Outcome *outcome);
    void printStatus(Project *project, const Cluster &cluster, const InstallSecrets &secrets);
    HostKeyChoices m_hostKeys;
};
