#pragma once

#include "lab/LabEnvironment.h"

#include <QStringList>
#include <QTextStream>

// The lab a benchmark runs against, from its "TOPOLOGY STEP_SECONDS WORKDIR" arguments.
// Returns the project path, or an empty string after printing why the lab did not start.
inline QString startBenchLab(const QStringList &args, LabEnvironment::Options *options)
{
    options->topology = args[1];
    options->stepSeconds = args[2];
    options->directory = args[3];
    QString projectPath;
    QStringList progress;
    const QString upError = LabEnvironment::up(*options, &projectPath, &progress);
    if (!upError.isEmpty()) {
        QTextStream(stderr) << upError << '\n';
        return {};
    }
    return projectPath;
}
