#pragma once

#include "exec/ExecutorSettings.h"
#include "plan/InstallPlan.h"
#include "project/InstallSecrets.h"
#include "project/NodeTarget.h"

#include <QList>
#include <QString>
#include <QTextStream>

class Project;

// Runs a plan from the terminal (install, add-node): the executor from ops/PlanRun, its progress
// printed as it happens, Ctrl-C aborting the running steps (a second Ctrl-C ends the program),
// the summary and, on failure, each failed node with its log.
class PlanRunPrinter
{
public:
    PlanRunPrinter(QTextStream &out, QTextStream &err);
    // True when every step succeeded. command names the command in messages ("install").
    bool run(const QString &command, Project *project, const InstallPlan &plan, const QList<NodeTarget> &targets, const InstallSecrets &secrets,
             const ExecutorSettings &settings, bool verbose);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};
