#include "core/ServiceStatusTable.h"

#include <QRegularExpression>
#include <QStringList>

QString ServiceStatusTable::command(const QString &quotedInstallerDir)
{
    return QStringLiteral("cd %1 && ./scripts/manage.sh status").arg(quotedInstallerDir);
}

QList<ServiceStatus> ServiceStatusTable::parse(const QString &output)
{
    QList<ServiceStatus> rows;
    const QStringList lines = output.split(QLatin1Char('\n'));
    // Column starts from the dashed rule; without one, split on runs of whitespace.
    QList<qsizetype> starts;
    qsizetype first = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (!line.isEmpty() && line.startsWith(QLatin1Char('-')) && QString(line).remove(QLatin1Char('-')).trimmed().isEmpty()) {
            const QString raw = lines[i];
            for (qsizetype c = 0; c < raw.size(); ++c) {
                if (raw[c] == QLatin1Char('-') && (c == 0 || raw[c - 1] == QLatin1Char(' ')))
                    starts << c;
            }
            first = i + 1;
            break;
        }
    }
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (qsizetype i = first; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1String("SERVICE")))
            continue;
        ServiceStatus row;
        if (starts.size() >= 3 && line.size() > starts[2]) {
            row.name = line.mid(starts[0], starts[1] - starts[0]).trimmed();
            row.description = line.mid(starts[1], starts[2] - starts[1]).trimmed();
            row.status = line.mid(starts[2]).trimmed();
        } else {
            const QStringList fields = line.trimmed().split(spaces);
            if (fields.size() < 2)
                continue;
            row.name = fields.first();
            row.status = fields.last();
            row.description = fields.mid(1, fields.size() - 2).join(QLatin1Char(' '));
        }
        if (!row.name.isEmpty() && !row.name.contains(QLatin1Char(' ')))
            rows << row;
    }
    return rows;
}
