#pragma once

#include <QSyntaxHighlighter>

// Colours a node's log on the Install page as a person scans it: what failed in red, warnings
// in amber, and the time each line arrived in grey. Line by line, so a long log costs only the
// lines added.
class LogHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit LogHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};
