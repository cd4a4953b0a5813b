#pragma once

#include <QString>

// POSIX shell quoting for remote command lines: safe words stay readable, anything else is
// single-quoted so no character is interpreted by the remote shell.
class ShellQuote
{
public:
    static QString quote(const QString &word);
};
