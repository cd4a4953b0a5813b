#pragma once

#include <QString>

// One row of `./scripts/manage.sh status`.
struct ServiceStatus {
    QString name;        // e.g. "kafka"
    QString description; // e.g. "Kafka Server"
    QString status;      // e.g. "Running", "Stopped"

    bool isRunning() const { return status.compare(QLatin1String("Running"), Qt::CaseInsensitive) == 0; }
    // Installed and down: what a restart helps. "Not installed" (a node mid-install) is not.
    bool isStopped() const
    {
        for (const char *word : {"Stopped", "Exited", "Failed", "Dead", "Inactive"}) {
            if (status.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};
