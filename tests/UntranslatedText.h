#pragma once

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QTranslator>
#include <QTreeWidget>

// Finds English left on a page rendered in another language, two ways:
//  - every tr() lookup of our own contexts is recorded (this translator answers nothing, so the
//    real ones still do) and checked against the language's catalogue;
//  - every visible text of the page (labels, buttons, group titles, placeholders, list, table
//    and tree cells and headers) is scanned for English words, for what never went through tr().
class UntranslatedText : public QTranslator
{
public:
    explicit UntranslatedText(const QString &language)
    {
        m_loaded = m_catalogue.load(QStringLiteral(":/i18n/agilesec_%1.qm").arg(language));
    }
    bool loaded() const { return m_loaded; }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        const QString ctx = QString::fromLatin1(context);
        // Qt's own classes (QWizard, QLineEdit's menu) are Qt's catalogue's, not ours.
        const bool qts = ctx.size() > 1 && ctx.at(0) == QLatin1Char('Q') && ctx.at(1).isUpper();
        const QString text = QString::fromUtf8(source);
        if (!qts && text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2}")))
            && m_catalogue.translate(context, source, disambiguation, n).isEmpty()) {
            QMutexLocker lock(&m_mutex);
            m_missing.insert(ctx + QStringLiteral(": ") + text);
        }
        return {};
    }
    QStringList missing() const
    {
        QMutexLocker lock(&m_mutex);
        return QStringList(m_missing.begin(), m_missing.end());
    }

    // English words no German or French sentence of ours has; product and command names aside.
    static QStringList englishIn(QWidget *root)
    {
        // Lowercase, as words inside a sentence; not a path's part ("nodes/").
        static const QRegularExpression english(
            QStringLiteral("(?<![/\\w.-])(the|and|with|is|are|to|of|for|from|this|every|cannot|which|not|was|has|been|yet|node|nodes|jump|host|hosts|failed|refused|lost|missing|connect|connection)(?![/\\w.-])"));
        QStringList found;
        const auto check = [&](const QString &where, const QString &text) {
            const QString plain = QString(text).remove(QRegularExpression(QStringLiteral("<[^>]*>"))).remove(QLatin1Char('&'));
            if (english.match(plain).hasMatch())
                found << where + QStringLiteral(": ") + plain;
        };
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(root))
                continue;
            const QString name = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
            if (auto *label = qobject_cast<QLabel *>(w))
                check(name, label->text());
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                check(name, button->text());
            else if (auto *box = qobject_cast<QGroupBox *>(w))
                check(name, box->title());
            else if (auto *edit = qobject_cast<QLineEdit *>(w))
                check(name, edit->placeholderText());
            else if (auto *combo = qobject_cast<QComboBox *>(w))
                for (int i = 0; i < combo->count(); ++i)
                    check(name, combo->itemText(i));
            else if (auto *list = qobject_cast<QListWidget *>(w))
                for (int i = 0; i < list->count(); ++i)
                    check(name, list->item(i)->text());
            else if (auto *table = qobject_cast<QTableWidget *>(w)) {
                for (int c = 0; c < table->columnCount(); ++c) {
                    if (table->horizontalHeaderItem(c))
                        check(name, table->horizontalHeaderItem(c)->text());
                    for (int r = 0; r < table->rowCount(); ++r)
                        if (table->item(r, c))
                            check(name, table->item(r, c)->text());
                }
            } else if (auto *tree = qobject_cast<QTreeWidget *>(w)) {
                for (int c = 0; c < tree->columnCount(); ++c)
                    check(name, tree->headerItem()->text(c));
                for (QTreeWidgetItemIterator it(tree); *it; ++it)
                    for (int c = 0; c < tree->columnCount(); ++c)
                        check(name, (*it)->text(c));
            }
        }
        return found;
    }

private:
    QTranslator m_catalogue;
    bool m_loaded = false;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_missing;
};
