#pragma once

#include "core/ServiceStatus.h"

#include <QList>
#include <QString>

// Reads the table `./scripts/manage.sh status` prints (SERVICE, DESCRIPTION, STATUS; a dashed
// rule under the header gives the columns, as in the guide).
class ServiceStatusTable
{
public:
    static QList<ServiceStatus> parse(const QString &output);
    // The shell command that prints the table on a node whose installer is in installerDir
    // (already quoted for the shell).
    static QString command(const QString &quotedInstallerDir);
};
