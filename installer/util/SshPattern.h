#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// OpenSSH's host patterns (ssh_config Host, known_hosts): only * and ? are special ("[host]:2222"
// is literal), case-insensitive; in a list, a matching !pattern vetoes any other match.
namespace SshPattern {
inline bool matches(QStringView pattern, QStringView name)
{
    while (!pattern.isEmpty()) {
        if (pattern.front() == QLatin1Char('*')) {
            pattern = pattern.mid(1);
            for (qsizetype i = 0; i <= name.size(); ++i) {
                if (matches(pattern, name.mid(i)))
                    return true;
            }
            return false;
        }
        if (name.isEmpty() || (pattern.front() != QLatin1Char('?') && pattern.front().toLower() != name.front().toLower()))
            return false;
        pattern = pattern.mid(1);
        name = name.mid(1);
    }
    return name.isEmpty();
}

inline bool matchesList(const QStringList &patterns, const QString &name)
{
    bool positive = false;
    for (const QString &pattern : patterns) {
        const bool negated = pattern.startsWith(QLatin1Char('!'));
        if (matches(negated ? QStringView(pattern).mid(1) : QStringView(pattern), name)) {
            if (negated)
                return false;
            positive = true;
        }
    }
    return positive;
}
} // namespace SshPattern
