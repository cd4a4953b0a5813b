#pragma once

#include "cli/Command.h"

#include <QStringList>
#include <memory>
#include <vector>

// Every command, listed once (k0sctl's cmd/root.go): dispatch, the usage, --help, the man page
// and shell completion all come from this list, so they cannot drift apart.
class CommandRegistry
{
public:
    // In the order the usage lists them; "lab serve" is last and not listed (summary empty).
    static std::vector<std::unique_ptr<Command>> all();
    // A fresh command for name ("install", "lab serve"), or null.
    static std::unique_ptr<Command> create(const QString &name);
    static QStringList names();
};
