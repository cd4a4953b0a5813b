#pragma once

#include "cli/ProjectCommand.h"
#include "day2/NodeExpansion.h"

// add-node: a frontend or scan node added to the running cluster as the guide does.
class AddNodeCommand : public ProjectCommand
{
public:
    AddNodeCommand();

private:
    QList<QCommandLineOption> projectOptions() const override;
    int prepare(const QCommandLineParser &parser) override;
    int executeWithProject(const QCommandLineParser &parser, Opened &opened) override;
    void describe(const NodeExpansion::Result &expansion);
    int addNode(const QCommandLineParser &parser, NodeExpansion::Result &expansion, const InstallSecrets &secrets);
    NodeExpansion::Spec m_spec;
};
