#pragma once

#include <QString>

// agilesec-installer(1), made from the command registry (the same names, synopses,
// descriptions and options as --help), so the manual cannot drift from the program.
class ManPage
{
public:
    static QString render(const QString &version, const QString &date);
    // Text for groff: backslashes and hyphens escaped, no line starting with a control character.
    static QString escape(const QString &text);
};
