#pragma once

#include <QStringList>

// The libraries the engine runs on, as loaded at run time (not as compiled against): for About,
// and for a bug report to say what was in use.
class LibraryVersions
{
public:
    // "Qt 6.4.2", "libssh 0.10.6", "OpenSSL 3.0.15 3 Sep 2024"
    static QStringList describe();
    // Each library with the licence it is used under.
    static QStringList licences();
};
