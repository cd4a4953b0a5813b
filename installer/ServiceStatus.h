#pragma once

#include <QString>

// One row of `./scripts/manage.sh status`.
struct ServiceStatus {
    QString name;        // e.g. "kafka"
    QString description; // e.g. "Kafka Server"
    QString status;      // e.g. "Running", "Stopped"

    bool isRunning() const { return status.compare(QLatin1String("Running"), Qt::CaseInsensitive) == 0; }
};
