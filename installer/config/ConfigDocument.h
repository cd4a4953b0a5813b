#pragma once

#include "config/ConfigLine.h"
#include "util/Diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// multi_node_config.conf as a list of lines. Reading then writing an unchanged document
// gives the same bytes; edits touch only the lines concerned.
//
// Accepted syntax (a subset of the shell's, since the platform's scripts source the file):
// blank lines, comments (#...), and key="value" or key=value with an optional trailing
// comment. Keys are shell identifiers; values are literals (no $, `, \ or ").
class ConfigDocument
{
public:
    // Parses data; problems are appended to diagnostics with their line (file set by the caller).
    static ConfigDocument parse(const QByteArray &data, QList<Diagnostic> *diagnostics);
    // Reads and parses a file. A read failure is reported as an error without a line, and
    // *readable (when given) is set to false.
    static ConfigDocument load(const QString &path, QList<Diagnostic> *diagnostics, bool *readable = nullptr);

    QByteArray serialize() const;
    const QList<ConfigLine> &lines() const { return m_lines; }

    bool contains(const QString &key) const { return indexOf(key) >= 0; }
    QString value(const QString &key, const QString &fallback = {}) const;
    int lineOf(const QString &key) const;  // source line of the active assignment, 0 if none
    QStringList keys() const;              // active keys in file order
    bool hasCommented(const QString &key) const { return indexOfCommented(key) >= 0; }
    QString commentedValue(const QString &key) const;

    // Sets key to value: rewrites the active line, else re-enables the first commented-out
    // line for key, else inserts after the last line of keys sharing the prefix before the
    // first '_' (so backend3_node_site lands inside backend3's block), else appends.
    void setValue(const QString &key, const QString &value);
    // Turns an active assignment into a comment (#key="value"); the value is kept so nothing is lost.
    void commentOut(const QString &key);
    // Appends lines at the end, after a blank separator line, in the document's line-ending style.
    void appendBlock(const QList<QPair<QString, QString>> &assignments);
    QString lineEndingStyle() const;

private:
    int indexOf(const QString &key) const;
    int indexOfCommented(const QString &key) const;
    int insertionIndexFor(const QString &key) const;
    static QString renderAssignment(const ConfigLine &line);
    static bool canStayUnquoted(const QString &value);
    void ensureFinalLineEnding();

    QList<ConfigLine> m_lines;
};
