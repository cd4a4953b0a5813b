#pragma once

#include "cli/ProjectCommand.h"
#include "core/NodeServiceReport.h"
#include "verify/ClusterHealth.h"
#include "verify/NodeStepsReport.h"

#include <QJsonArray>

// verify: every node's services against its profile, and health over real TLS.
class VerifyCommand : public ProjectCommand
{
public:
    VerifyCommand();

private:
    QList<QCommandLineOption> projectOptions() const override;
    int executeWithProject(const QCommandLineParser &parser, Opened &opened) override;
    void printText(const QList<NodeServiceReport> &reports, const QList<ClusterHealth::Check> &health, bool allOk);
    void printSteps(const QList<NodeStepsReport> &reports);
    static QJsonArray stepsJson(const QList<NodeStepsReport> &reports);
};
