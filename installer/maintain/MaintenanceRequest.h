#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// What a rolling maintenance was asked to do, kept beside its journal so `maintain --resume`
// goes on with exactly the same nodes, work and limits.
struct MaintenanceRequest {
    enum class Work { Run, RestartServices, Reboot };

    QString runId;            // this run's identity: a later run never takes over its node-side results
    QStringList nodes;        // in the order they are worked on
    Work work = Work::RestartServices;
    QString command;          // Work::Run: the shell command, run in the node's installer directory
    bool commandUsesSudo = false;
    int maxOut = 1;           // frontends out of rotation at once; backends always one at a time
    int drainSeconds = 30;    // how long open sessions may take to end before maintenance mode
    int servicesSeconds = 600; // how long the node's services may take to come back
    int upSeconds = 60;       // how long the LB may take to report it UP again
    int rebootSeconds = 900;  // Work::Reboot: how long the node may take to come back over SSH
    bool finished = false;    // every node done

    static QString workName(Work work);
    static std::optional<Work> workFromName(const QString &name);
    // "run 'tune.sh -r'", "restart services", "reboot"
    QString describeWork() const;
    QJsonObject toJson() const;
    // Validated: each field with what is wrong and what is expected.
    static std::optional<MaintenanceRequest> fromJson(const QJsonObject &o, QString *error);
};
