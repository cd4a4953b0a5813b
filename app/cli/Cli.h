#pragma once

#include "cli/Command.h"

#include <QStringList>

// The headless face of the binary: every command the GUI relies on, for automation, CI and
// tests. Exit codes: 0 success, 1 invalid input or failed work, 2 usage error.
class Cli
{
public:
    // arguments[0] is the program, arguments[1] the command. With the process's stdio, or io.
    static int run(const QStringList &arguments);
    static int run(const QStringList &arguments, CommandIo io);
    static bool isCommand(const QString &word);
    static QString usage();
};
