#include "core/NodeServiceReport.h"

#include "core/ProfileCatalog.h"

#include <QJsonArray>

NodeServiceReport NodeServiceReport::compare(const QString &hostname, Profile profile, const QList<ServiceStatus> &actual)
{
    NodeServiceReport r;
    r.hostname = hostname;
    r.profile = profile;
    r.expected = ProfileCatalog::serviceNames(profile);
    r.actual = actual;
    return r;
}

QStringList NodeServiceReport::missing() const
{
    QStringList out;
    for (const QString &name : expected) {
        if (std::none_of(actual.begin(), actual.end(), [&](const ServiceStatus &s) { return s.name == name; }))
            out << name;
    }
    return out;
}

QStringList NodeServiceReport::notRunning() const
{
    QStringList out;
    for (const ServiceStatus &s : actual) {
        if (expected.contains(s.name) && !s.isRunning())
            out << s.name;
    }
    return out;
}

QStringList NodeServiceReport::unexpected() const
{
    QStringList out;
    for (const ServiceStatus &s : actual) {
        if (!expected.contains(s.name))
            out << s.name;
    }
    return out;
}

QString NodeServiceReport::summary() const
{
    if (!error.isEmpty())
        return error;
    const QStringList miss = missing(), down = notRunning();
    const qsizetype running = expected.size() - miss.size() - down.size();
    QString text = QStringLiteral("%1/%2 services Running").arg(running).arg(expected.size());
    if (!down.isEmpty())
        text += QStringLiteral("; not running: %1").arg(down.join(QStringLiteral(", ")));
    if (!miss.isEmpty())
        text += QStringLiteral("; missing: %1").arg(miss.join(QStringLiteral(", ")));
    const QStringList extra = unexpected();
    if (!extra.isEmpty())
        text += QStringLiteral("; not expected for the profile: %1").arg(extra.join(QStringLiteral(", ")));
    return text;
}

QJsonObject NodeServiceReport::toJson() const
{
    QJsonArray services;
    for (const QString &name : expected) {
        QString status = QStringLiteral("missing");
        for (const ServiceStatus &s : actual) {
            if (s.name == name)
                status = s.status;
        }
        services.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("expected"), QStringLiteral("Running")}, {QStringLiteral("actual"), status}});
    }
    for (const QString &name : unexpected())
        services.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("expected"), QStringLiteral("absent")}, {QStringLiteral("actual"), QStringLiteral("listed")}});
    QJsonObject o{{QStringLiteral("node"), hostname}, {QStringLiteral("profile"), ProfileCatalog::name(profile)}, {QStringLiteral("ok"), ok()},
                  {QStringLiteral("summary"), summary()}, {QStringLiteral("services"), services}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}
