#include "config/ConfigDocument.h"

#include "util/BoundedFile.h"

#include <QFile>
#include <QRegularExpression>

namespace {
const QRegularExpression kKeyPattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
const QRegularExpression kUnquotedValue(QStringLiteral("^[A-Za-z0-9._:/@%+,=-]*$"));

bool isSpace(QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); }

struct ParsedAssignment {
    bool ok = false;
    QString error;
    QString indent, key, value, trailing;
    bool quoted = false;
};

// Parses "key=value" forms; error explains what is wrong and what is expected.
ParsedAssignment parseAssignment(const QString &text)
{
    ParsedAssignment r;
    int i = 0;
    while (i < text.size() && isSpace(text[i]))
        ++i;
    r.indent = text.left(i);
    const int eq = text.indexOf(QLatin1Char('='), i);
    if (eq < 0) {
        r.error = QStringLiteral("expected key=\"value\", a comment starting with '#', or a blank line");
        return r;
    }
    const QString rawKey = text.mid(i, eq - i);
    if (rawKey.startsWith(QLatin1String("export ")) || rawKey.startsWith(QLatin1String("export\t"))) {
        r.error = QStringLiteral("'export' is not supported; write key=\"value\"");
        return r;
    }
    if (!rawKey.isEmpty() && isSpace(rawKey.back())) {
        r.error = QStringLiteral("space before '=' in '%1'; write key=\"value\" with no spaces around '='").arg(rawKey.trimmed());
        return r;
    }
    if (!kKeyPattern.match(rawKey).hasMatch()) {
        r.error = QStringLiteral("invalid key name '%1'; expected letters, digits and '_', not starting with a digit").arg(rawKey);
        return r;
    }
    r.key = rawKey;
    int j = eq + 1;
    if (j < text.size() && isSpace(text[j])) {
        r.error = QStringLiteral("space after '=' for %1; write %1=\"value\" with no spaces around '='").arg(r.key);
        return r;
    }
    int rest = j;
    if (j < text.size() && text[j] == QLatin1Char('\'')) {
        r.error = QStringLiteral("single-quoted value for %1; write %1=\"value\" with double quotes").arg(r.key);
        return r;
    }
    if (j < text.size() && text[j] == QLatin1Char('"')) {
        const int close = text.indexOf(QLatin1Char('"'), j + 1);
        if (close < 0) {
            r.error = QStringLiteral("unterminated quote in the value of %1; expected a closing '\"' on the same line").arg(r.key);
            return r;
        }
        r.value = text.mid(j + 1, close - j - 1);
        r.quoted = true;
        for (QChar c : r.value) {
            if (c == QLatin1Char('$') || c == QLatin1Char('`') || c == QLatin1Char('\\')) {
                r.error = QStringLiteral("the value of %1 contains '%2'; shell expansions and escapes are not allowed, write the literal value")
                              .arg(r.key, c);
                return r;
            }
        }
        rest = close + 1;
    } else {
        int k = j;
        while (k < text.size() && !isSpace(text[k]))
            ++k;
        r.value = text.mid(j, k - j);
        r.quoted = false;
        if (!kUnquotedValue.match(r.value).hasMatch()) {
            r.error = QStringLiteral("the unquoted value of %1 contains a character the shell would interpret; write %1=\"value\"")
                          .arg(r.key);
            return r;
        }
        rest = k;
    }
    r.trailing = text.mid(rest);
    const QString afterValue = r.trailing.trimmed();
    if (!afterValue.isEmpty() && !afterValue.startsWith(QLatin1Char('#'))) {
        r.error = QStringLiteral("unexpected text '%1' after the value of %2; quote values that contain spaces, e.g. %2=\"a b\"")
                      .arg(afterValue, r.key);
        return r;
    }
    if (!afterValue.isEmpty() && !r.trailing.isEmpty() && !isSpace(r.trailing.front())) {
        r.error = QStringLiteral("a comment must be separated from the value of %1 by a space").arg(r.key);
        return r;
    }
    r.ok = true;
    return r;
}
} // namespace

ConfigDocument ConfigDocument::parse(const QByteArray &data, QList<Diagnostic> *diagnostics)
{
    ConfigDocument doc;
    const QString text = QString::fromUtf8(data);
    if (diagnostics) {
        // bash, which sources this file in the guide's scripts, would read a BOM or a lone CR as
        // part of a name or a value.
        if (data.startsWith("\xEF\xBB\xBF"))
            diagnostics->append(Diagnostic::error(QStringLiteral("the file starts with a UTF-8 byte-order mark (BOM), which bash reads as part of the "
                                                                 "first line; save it as UTF-8 without BOM")));
        else if (text.toUtf8() != data)
            diagnostics->append(Diagnostic::error(QStringLiteral("the file is not valid UTF-8 text")));
        if (data.contains('\r') && !data.contains('\n'))
            diagnostics->append(Diagnostic::error(QStringLiteral("the lines end with CR only (old Mac line endings), so the file reads as one line; "
                                                                 "convert it to LF line endings (for example: tr '\\r' '\\n')")));
    }
    QHash<QString, int> firstLine;
    qsizetype start = 0;
    int number = 0;
    while (start < text.size()) {
        ++number;
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        ConfigLine line;
        line.sourceLine = number;
        if (end < 0) {
            line.text = text.mid(start);
            start = text.size();
        } else {
            line.text = text.mid(start, end - start);
            line.lineEnding = QStringLiteral("\n");
            start = end + 1;
        }
        if (line.text.endsWith(QLatin1Char('\r'))) {
            line.text.chop(1);
            line.lineEnding.prepend(QLatin1Char('\r'));
        }
        const QString trimmed = line.text.trimmed();
        if (trimmed.isEmpty()) {
            line.kind = ConfigLine::Kind::Blank;
        } else if (trimmed.startsWith(QLatin1Char('#'))) {
            line.kind = ConfigLine::Kind::Comment;
            const QString body = trimmed.mid(1).trimmed();
            const ParsedAssignment a = parseAssignment(body);
            if (a.ok) {
                line.kind = ConfigLine::Kind::CommentedAssignment;
                line.key = a.key;
                line.value = a.value;
                line.quoted = a.quoted;
            }
        } else {
            const ParsedAssignment a = parseAssignment(line.text);
            if (!a.ok) {
                if (diagnostics)
                    diagnostics->append(Diagnostic::error(a.error, number, {}, a.key));
                line.kind = ConfigLine::Kind::Comment; // keep the text; it is reported, not interpreted
            } else {
                line.kind = ConfigLine::Kind::Assignment;
                line.key = a.key;
                line.value = a.value;
                line.quoted = a.quoted;
                line.indent = a.indent;
                line.trailing = a.trailing;
                if (firstLine.contains(a.key)) {
                    if (diagnostics)
                        diagnostics->append(Diagnostic::error(
                            QStringLiteral("duplicate key %1 (first set on line %2); keep one of the two lines")
                                .arg(a.key)
                                .arg(firstLine.value(a.key)),
                            number, {}, a.key));
                } else {
                    firstLine.insert(a.key, number);
                }
            }
        }
        doc.m_lines.append(line);
    }
    return doc;
}

ConfigDocument ConfigDocument::load(const QString &path, QList<Diagnostic> *diagnostics, bool *readable)
{
    if (readable)
        *readable = true;
    QByteArray data;
    const QString error = BoundedFile::read(path, BoundedFile::kConfigLimit, &data);
    if (!error.isEmpty()) {
        if (readable)
            *readable = false;
        if (diagnostics) {
            Diagnostic d = Diagnostic::error(error);
            d.file = path.isEmpty() ? QStringLiteral("(no file)") : path;
            diagnostics->append(d);
        }
        return {};
    }
    QList<Diagnostic> local;
    ConfigDocument doc = parse(data, &local);
    for (Diagnostic &d : local)
        d.file = path;
    if (diagnostics)
        diagnostics->append(local);
    return doc;
}

QByteArray ConfigDocument::serialize() const
{
    QString out;
    for (const ConfigLine &line : m_lines)
        out += line.text + line.lineEnding;
    return out.toUtf8();
}

int ConfigDocument::indexOf(const QString &key) const
{
    // The first one wins, as for duplicate keys (which are reported at parse time).
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].kind == ConfigLine::Kind::Assignment && m_lines[i].key == key)
            return i;
    }
    return -1;
}

int ConfigDocument::indexOfCommented(const QString &key) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].kind == ConfigLine::Kind::CommentedAssignment && m_lines[i].key == key)
            return i;
    }
    return -1;
}

QString ConfigDocument::value(const QString &key, const QString &fallback) const
{
    const int i = indexOf(key);
    return i < 0 ? fallback : m_lines[i].value;
}

int ConfigDocument::lineOf(const QString &key) const
{
    const int i = indexOf(key);
    return i < 0 ? 0 : m_lines[i].sourceLine;
}

QStringList ConfigDocument::keys() const
{
    QStringList result;
    for (const ConfigLine &line : m_lines) {
        if (line.kind == ConfigLine::Kind::Assignment && !result.contains(line.key))
            result << line.key;
    }
    return result;
}

QString ConfigDocument::commentedValue(const QString &key) const
{
    const int i = indexOfCommented(key);
    return i < 0 ? QString() : m_lines[i].value;
}

bool ConfigDocument::canStayUnquoted(const QString &value)
{
    return !value.isEmpty() && kUnquotedValue.match(value).hasMatch();
}

QString ConfigDocument::renderAssignment(const ConfigLine &line)
{
    const QString value = line.quoted ? QLatin1Char('"') + line.value + QLatin1Char('"') : line.value;
    return line.indent + line.key + QLatin1Char('=') + value + line.trailing;
}

QString ConfigDocument::lineEndingStyle() const
{
    for (const ConfigLine &line : m_lines) {
        if (!line.lineEnding.isEmpty())
            return line.lineEnding;
    }
    return QStringLiteral("\n");
}

void ConfigDocument::ensureFinalLineEnding()
{
    if (!m_lines.isEmpty() && m_lines.back().lineEnding.isEmpty())
        m_lines.back().lineEnding = lineEndingStyle();
}

int ConfigDocument::insertionIndexFor(const QString &key) const
{
    const int underscore = key.indexOf(QLatin1Char('_'));
    if (underscore <= 0)
        return -1;
    const QString prefix = key.left(underscore + 1);
    int last = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].kind == ConfigLine::Kind::Assignment && m_lines[i].key.startsWith(prefix))
            last = i;
    }
    return last < 0 ? -1 : last + 1;
}

void ConfigDocument::setValue(const QString &key, const QString &value)
{
    int i = indexOf(key);
    if (i >= 0) {
        ConfigLine &line = m_lines[i];
        if (line.value == value)
            return;
        line.value = value;
        if (!line.quoted && !canStayUnquoted(value))
            line.quoted = true;
        line.text = renderAssignment(line);
        return;
    }
    i = indexOfCommented(key);
    if (i >= 0) {
        ConfigLine &line = m_lines[i];
        line.kind = ConfigLine::Kind::Assignment;
        line.value = value;
        line.quoted = line.quoted || !canStayUnquoted(value);
        line.indent.clear();
        line.trailing.clear();
        line.text = renderAssignment(line);
        return;
    }
    ConfigLine line;
    line.kind = ConfigLine::Kind::Assignment;
    line.key = key;
    line.value = value;
    line.text = renderAssignment(line);
    line.lineEnding = lineEndingStyle();
    const int at = insertionIndexFor(key);
    if (at >= 0 && at < m_lines.size()) {
        m_lines.insert(at, line);
        return;
    }
    ensureFinalLineEnding();
    m_lines.append(line);
}

void ConfigDocument::commentOut(const QString &key)
{
    const int i = indexOf(key);
    if (i < 0)
        return;
    ConfigLine &line = m_lines[i];
    line.kind = ConfigLine::Kind::CommentedAssignment;
    line.text = QLatin1Char('#') + line.key + QStringLiteral("=\"") + line.value + QLatin1Char('"');
    line.indent.clear();
    line.trailing.clear();
    line.quoted = true;
}

void ConfigDocument::appendBlock(const QList<QPair<QString, QString>> &assignments)
{
    if (assignments.isEmpty())
        return;
    ensureFinalLineEnding();
    const QString eol = lineEndingStyle();
    if (!m_lines.isEmpty() && m_lines.back().kind != ConfigLine::Kind::Blank) {
        ConfigLine blank;
        blank.lineEnding = eol;
        m_lines.append(blank);
    }
    for (const auto &[key, value] : assignments) {
        ConfigLine line;
        line.kind = ConfigLine::Kind::Assignment;
        line.key = key;
        line.value = value;
        line.text = renderAssignment(line);
        line.lineEnding = eol;
        m_lines.append(line);
    }
}
