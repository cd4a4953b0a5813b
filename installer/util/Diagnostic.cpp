#include "util/Diagnostic.h"

Diagnostic Diagnostic::error(const QString &message, int line, const QString &node, const QString &key)
{
    return Diagnostic{Severity::Error, message, QString(), line, node, key};
}

Diagnostic Diagnostic::warning(const QString &message, int line, const QString &node, const QString &key)
{
    return Diagnostic{Severity::Warning, message, QString(), line, node, key};
}

QString Diagnostic::format() const
{
    QString location;
    if (!file.isEmpty()) {
        location = file;
        if (line > 0)
            location += QLatin1Char(':') + QString::number(line);
        location += QStringLiteral(": ");
    } else if (line > 0) {
        location = QStringLiteral("line %1: ").arg(line);
    }
    const QString kind = isError() ? QStringLiteral("error") : QStringLiteral("warning");
    return location + kind + QStringLiteral(": ") + message;
}

bool Diagnostic::hasErrors(const QList<Diagnostic> &diagnostics)
{
    return count(diagnostics, Severity::Error) > 0;
}

int Diagnostic::count(const QList<Diagnostic> &diagnostics, Severity severity)
{
    int n = 0;
    for (const Diagnostic &d : diagnostics)
        n += d.severity == severity ? 1 : 0;
    return n;
}

QStringList Diagnostic::errorMessages(const QList<Diagnostic> &diagnostics, bool located)
{
    QStringList messages;
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            messages << (located ? d.format() : d.message);
    }
    return messages;
}
