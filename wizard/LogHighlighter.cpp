#include "LogHighlighter.h"

#include <QRegularExpression>

LogHighlighter::LogHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void LogHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression failure(QStringLiteral("\\b(FAILED|ERROR|Error|error|FATAL|fatal|refused|Refused|cannot|not found|Fehler|gescheitert|abgelehnt|erreur|échoué|refusé|impossible)\\b"),
                                                  QRegularExpression::UseUnicodePropertiesOption); // é is a letter
    static const QRegularExpression warning(QStringLiteral("\\b(WARNING|Warning|warning|WARN)\\b"));
    static const QRegularExpression stamp(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d  "));
    QTextCharFormat format;
    if (failure.match(text).hasMatch()) {
        format.setForeground(QColor(0xb0, 0x00, 0x20));
        format.setFontWeight(QFont::Bold);
    } else if (warning.match(text).hasMatch()) {
        format.setForeground(QColor(0x9a, 0x5b, 0x00));
    }
    if (format.isValid())
        setFormat(0, int(text.size()), format);
    if (const QRegularExpressionMatch m = stamp.match(text); m.hasMatch()) {
        QTextCharFormat time = format;
        time.setForeground(QColor(0x80, 0x80, 0x80));
        time.setFontWeight(QFont::Normal);
        setFormat(0, 8, time);
    }
}
