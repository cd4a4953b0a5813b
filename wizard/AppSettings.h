#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// What the wizard remembers between runs (QSettings): window geometry, recent projects and
// the chosen language. Never a secret.
class AppSettings
{
public:
    static constexpr int kMaxRecent = 8;
    static QStringList recentProjects(); // most recent first, only files that still exist
    static void addRecentProject(const QString &path);
    static QString language();           // "" = the system's
    static void setLanguage(const QString &code);
    static QByteArray geometry();
    static void setGeometry(const QByteArray &geometry);
};
