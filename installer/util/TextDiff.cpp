#include "util/TextDiff.h"

#include <QList>
#include <QStringList>
#include <vector>

namespace {
QStringList linesOf(const QByteArray &text)
{
    QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

struct Edit {
    char op; // ' ', '-', '+'
    QString line;
    int a; // 0-based line in before (for ' ' and '-'), else the next one
    int b;
};
} // namespace

QString TextDiff::unified(const QByteArray &before, const QByteArray &after, const QString &beforeName, const QString &afterName, int context)
{
    if (before == after)
        return {};
    const QStringList a = linesOf(before), b = linesOf(after);
    const qsizetype n = a.size(), m = b.size();
    // Longest common subsequence table; config and env files are a few hundred lines at most.
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a[i] == b[j] ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                                     : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    QList<Edit> edits;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            edits << Edit{' ', a[i], int(i), int(j)};
            ++i, ++j;
        } else if (i < n && (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
            edits << Edit{'-', a[i], int(i), int(j)}; // removals first, as diff -u prints them
            ++i;
        } else {
            edits << Edit{'+', b[j], int(i), int(j)};
            ++j;
        }
    }
    if (before.endsWith('\n') != after.endsWith('\n'))
        edits << Edit{'+', QStringLiteral("\\ newline at end of file changed"), int(n), int(m)};

    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeName, afterName);
    qsizetype k = 0;
    while (k < edits.size()) {
        if (edits[k].op == ' ') {
            ++k;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that is at most 2*context unchanged lines away.
        qsizetype start = k;
        while (start > 0 && edits[start - 1].op == ' ' && k - start < context)
            --start;
        qsizetype end = k;
        qsizetype quiet = 0;
        for (qsizetype x = k; x < edits.size(); ++x) {
            if (edits[x].op == ' ') {
                if (++quiet > 2 * context)
                    break;
            } else {
                quiet = 0;
                end = x;
            }
        }
        qsizetype stop = end + 1;
        while (stop < edits.size() && edits[stop].op == ' ' && stop - end <= context)
            ++stop;
        int aCount = 0, bCount = 0;
        for (qsizetype x = start; x < stop; ++x) {
            aCount += edits[x].op != '+';
            bCount += edits[x].op != '-';
        }
        const int aStart = edits[start].a + (aCount ? 1 : 0), bStart = edits[start].b + (bCount ? 1 : 0);
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(aStart).arg(aCount).arg(bStart).arg(bCount);
        for (qsizetype x = start; x < stop; ++x)
            out += QLatin1Char(edits[x].op) + edits[x].line + QLatin1Char('\n');
        k = stop;
    }
    return out;
}

void TextDiff::count(const QString &unifiedDiff, int *added, int *removed)
{
    *added = *removed = 0;
    for (const QString &line : unifiedDiff.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("+++")) || line.startsWith(QLatin1String("---")))
            continue;
        if (line.startsWith(QLatin1Char('+')))
            ++*added;
        else if (line.startsWith(QLatin1Char('-')))
            ++*removed;
    }
}
