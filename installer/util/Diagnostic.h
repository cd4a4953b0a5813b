#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One validation finding. Errors block; warnings inform.
class Diagnostic
{
public:
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString message;
    QString file;  // empty when the cluster did not come from a file
    int line = 0;  // 1-based; 0 when no single line is concerned
    QString node;  // hostname (or block prefix) concerned, if any
    QString key;   // config key concerned, if any

    static Diagnostic error(const QString &message, int line = 0, const QString &node = {}, const QString &key = {});
    static Diagnostic warning(const QString &message, int line = 0, const QString &node = {}, const QString &key = {});

    bool isError() const { return severity == Severity::Error; }
    // "FILE:LINE: error: message", "FILE: warning: message" or "error: message".
    QString format() const;

    static bool hasErrors(const QList<Diagnostic> &diagnostics);
    static int count(const QList<Diagnostic> &diagnostics, Severity severity);
    // The errors' messages (located: as format() prints them, with file and line).
    static QStringList errorMessages(const QList<Diagnostic> &diagnostics, bool located = false);
};
