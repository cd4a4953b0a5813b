#include "InstallLogSummary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTime>

namespace {
constexpr qsizetype kLookBack = 300; // lines read from the end: enough for a table, cheap at 10 paints a second

bool isTableHeader(const QString &entry)
{
    const QString line = InstallLogSummary::text(entry);
    return line.startsWith(QLatin1String("SERVICE")) && line.contains(QLatin1String("STATUS"));
}
} // namespace

std::pair<int, int> InstallLogSummary::services(const QStringList &log)
{
    const qsizetype stop = std::max<qsizetype>(0, log.size() - kLookBack);
    qsizetype header = -1;
    for (qsizetype i = log.size() - 1; i >= stop && header < 0; --i)
        header = isTableHeader(log.at(i)) ? i : -1;
    if (header < 0)
        return {-1, -1};
    int running = 0, listed = 0;
    for (qsizetype i = header + 1; i < log.size(); ++i) {
        const QString row = text(log.at(i)).trimmed();
        if (row.startsWith(QLatin1Char('-')))
            continue; // the dashes under the header
        const QStringList cells = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cells.size() < 2)
            break;
        ++listed;
        running += cells.constLast() == QLatin1String("Running") ? 1 : 0;
    }
    return {running, listed};
}

QString InstallLogSummary::line(const QStringList &log, bool done)
{
    if (log.isEmpty())
        return {};
    if (done) {
        const auto [running, listed] = services(log);
        if (listed > 0)
            return QCoreApplication::translate("InstallLogSummary", "%1/%2 services Running").arg(running).arg(listed);
    }
    static const QRegularExpression progress(QStringLiteral("^\\[\\d+/\\d+\\]"));
    const qsizetype stop = std::max<qsizetype>(0, log.size() - kLookBack);
    bool afterTable = false;
    for (qsizetype i = log.size() - 1; i >= stop; --i) {
        if (progress.match(text(log.at(i))).hasMatch())
            return text(log.at(i));
        afterTable = afterTable || isTableHeader(log.at(i));
    }
    return afterTable ? QString() : text(log.constLast());
}

QString InstallLogSummary::text(const QString &entry)
{
    const auto digit = [&](int i) { return entry.at(i).isDigit(); };
    const bool stamped = entry.size() >= 10 && digit(0) && digit(1) && entry.at(2) == QLatin1Char(':') && digit(3) && digit(4)
                         && entry.at(5) == QLatin1Char(':') && digit(6) && digit(7) && entry.at(8) == QLatin1Char(' ') && entry.at(9) == QLatin1Char(' ');
    return stamped ? entry.mid(10) : entry;
}

QString InstallLogSummary::stamped(const QString &line)
{
    return QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) + QStringLiteral("  ") + line;
}
