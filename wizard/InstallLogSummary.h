#pragma once

#include <QStringList>

// One line for a node's row on the Install page from its log: while it runs, the installer's
// last progress line ("[14/20] Starting kafka"), not a row of a status table printed after
// it; once done, what the node ended with ("9/9 services Running"), read from the last
// `manage.sh status` table in its log.
class InstallLogSummary
{
public:
    static QString line(const QStringList &log, bool done);
    // From the last SERVICE ... STATUS table: services Running, and services listed (-1, -1: none).
    static std::pair<int, int> services(const QStringList &log);
    // The Install page keeps each line as "HH:mm:ss  text" (when it arrived): the text.
    static QString text(const QString &entry);
    static QString stamped(const QString &line); // the line as the page keeps it, stamped now
};
