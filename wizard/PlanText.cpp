#include "PlanText.h"

#include "plan/PlanWords.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>

namespace {
struct Template {
    const char *source;
    QRegularExpression pattern; // the English text with each %N as a capture
    QList<int> order;           // which %N each capture is
};

QList<Template> templates()
{
    QList<Template> out;
    for (const char *source : PlanWords::kWithArguments) {
        const QString text = QString::fromUtf8(source);
        static const QRegularExpression marker(QStringLiteral("%(\\d)"));
        QString pattern = QStringLiteral("^");
        QList<int> order;
        qsizetype at = 0;
        for (auto it = marker.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            pattern += QRegularExpression::escape(text.mid(at, m.capturedStart() - at)) + QStringLiteral("(.+?)");
            order << m.captured(1).toInt();
            at = m.capturedEnd();
        }
        pattern += QRegularExpression::escape(text.mid(at)) + QLatin1Char('$');
        out.append({source, QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption), order});
    }
    return out;
}
} // namespace

QString PlanText::translated(const QString &english)
{
    // Templates first: a formatted title is never looked up as it stands.
    static const QList<Template> known = templates();
    for (const Template &t : known) {
        const QRegularExpressionMatch m = t.pattern.match(english);
        if (!m.hasMatch())
            continue;
        QString out = QCoreApplication::translate("InstallPlan", t.source);
        // Substituted by number, not in sequence: a translation may reorder the arguments.
        for (int i = 0; i < t.order.size(); ++i)
            out.replace(QLatin1Char('%') + QString::number(t.order.at(i)), m.captured(i + 1));
        return out;
    }
    const QByteArray source = english.toUtf8();
    const QString exact = QCoreApplication::translate("InstallPlan", source.constData());
    return exact;
}
