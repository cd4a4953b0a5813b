#include "AppSettings.h"

#include <QFileInfo>
#include <QSettings>

QStringList AppSettings::recentProjects()
{
    QStringList existing;
    for (const QString &path : QSettings().value(QStringLiteral("recentProjects")).toStringList()) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

void AppSettings::addRecentProject(const QString &path)
{
    QSettings settings;
    QStringList list = settings.value(QStringLiteral("recentProjects")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    settings.setValue(QStringLiteral("recentProjects"), list);
}

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
}

QByteArray AppSettings::geometry()
{
    return QSettings().value(QStringLiteral("geometry")).toByteArray();
}

void AppSettings::setGeometry(const QByteArray &geometry)
{
    QSettings().setValue(QStringLiteral("geometry"), geometry);
}
