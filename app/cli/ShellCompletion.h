#pragma once

#include <QString>

// Shell completion for agilesec-installer, made from the command registry: the commands, and
// each command's options, with file names where an option takes a file or folder.
class ShellCompletion
{
public:
    static QString bash();
    static QString zsh();
};
