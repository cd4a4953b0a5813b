#pragma once

#include "core/Profile.h"
#include "core/ServiceStatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One node's services against what its profile should run: the verification the guide asks
// for after each node (9 for backends, 6 for ADDITIONAL_FRONTEND, 3 for COORDINATOR, ...).
class NodeServiceReport
{
public:
    QString hostname;
    Profile profile = Profile::FullBackend;
    QStringList expected;          // service names, in the guide's order
    QList<ServiceStatus> actual;   // as manage.sh printed them
    QString error;                 // could not ask (connection, not installed, ...)

    static NodeServiceReport compare(const QString &hostname, Profile profile, const QList<ServiceStatus> &actual);

    QStringList missing() const;    // expected, not listed
    QStringList notRunning() const; // expected, listed, not Running
    QStringList unexpected() const; // listed, not expected for the profile
    bool ok() const { return error.isEmpty() && missing().isEmpty() && notRunning().isEmpty(); }
    // "9/9 services Running" or what is wrong, for a person.
    QString summary() const;
    QJsonObject toJson() const;
};
