#include "maintain/MaintenanceRequest.h"

#include <QJsonArray>

QString MaintenanceRequest::workName(Work work)
{
    switch (work) {
    case Work::Run:
        return QStringLiteral("run");
    case Work::RestartServices:
        return QStringLiteral("restart-services");
    case Work::Reboot:
        return QStringLiteral("reboot");
    }
    return {};
}

std::optional<MaintenanceRequest::Work> MaintenanceRequest::workFromName(const QString &name)
{
    for (Work w : {Work::Run, Work::RestartServices, Work::Reboot}) {
        if (workName(w) == name)
            return w;
    }
    return std::nullopt;
}

QString MaintenanceRequest::describeWork() const
{
    switch (work) {
    case Work::Run:
        return QStringLiteral("run '%1'").arg(command);
    case Work::RestartServices:
        return QStringLiteral("restart every service");
    case Work::Reboot:
        return QStringLiteral("reboot");
    }
    return {};
}

QJsonObject MaintenanceRequest::toJson() const
{
    return QJsonObject{{QStringLiteral("runId"), runId},
                       {QStringLiteral("nodes"), QJsonArray::fromStringList(nodes)},
                       {QStringLiteral("work"), workName(work)},
                       {QStringLiteral("command"), command},
                       {QStringLiteral("commandUsesSudo"), commandUsesSudo},
                       {QStringLiteral("maxOut"), maxOut},
                       {QStringLiteral("drainSeconds"), drainSeconds},
                       {QStringLiteral("servicesSeconds"), servicesSeconds},
                       {QStringLiteral("upSeconds"), upSeconds},
                       {QStringLiteral("rebootSeconds"), rebootSeconds},
                       {QStringLiteral("finished"), finished}};
}

std::optional<MaintenanceRequest> MaintenanceRequest::fromJson(const QJsonObject &o, QString *error)
{
    MaintenanceRequest r;
    r.runId = o.value(QStringLiteral("runId")).toString();
    if (r.runId.isEmpty()) {
        *error = QStringLiteral("runId: missing; expected the run's id");
        return std::nullopt;
    }
    const QJsonArray nodes = o.value(QStringLiteral("nodes")).toArray();
    for (const QJsonValue &v : nodes) {
        if (!v.isString() || v.toString().isEmpty()) {
            *error = QStringLiteral("nodes: expected an array of hostnames");
            return std::nullopt;
        }
        r.nodes << v.toString();
    }
    const std::optional<Work> work = workFromName(o.value(QStringLiteral("work")).toString());
    if (r.nodes.isEmpty() || !work) {
        *error = r.nodes.isEmpty() ? QStringLiteral("nodes: empty; expected the hostnames worked on")
                                   : QStringLiteral("work: \"%1\" is not one of run, restart-services, reboot").arg(o.value(QStringLiteral("work")).toString());
        return std::nullopt;
    }
    r.work = *work;
    r.command = o.value(QStringLiteral("command")).toString();
    if (r.work == Work::Run && r.command.trimmed().isEmpty()) {
        *error = QStringLiteral("command: empty; the work 'run' needs the command");
        return std::nullopt;
    }
    r.commandUsesSudo = o.value(QStringLiteral("commandUsesSudo")).toBool();
    const auto number = [&](const char *key, int *field, int low, int high) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < low || v.toInt() > high) {
            *error = QStringLiteral("%1: expected a whole number from %2 to %3").arg(QLatin1String(key)).arg(low).arg(high);
            return false;
        }
        *field = v.toInt();
        return true;
    };
    if (!number("maxOut", &r.maxOut, 1, 100) || !number("drainSeconds", &r.drainSeconds, 0, 86400) || !number("servicesSeconds", &r.servicesSeconds, 1, 86400)
        || !number("upSeconds", &r.upSeconds, 1, 3600) || !number("rebootSeconds", &r.rebootSeconds, 30, 86400))
        return std::nullopt;
    r.finished = o.value(QStringLiteral("finished")).toBool();
    return r;
}
