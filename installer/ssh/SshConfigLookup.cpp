#include "ssh/SshConfigLookup.h"

#include "util/SshPattern.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
struct Reader {
    QString host;
    QString user;
    SshConfigLookup::Settings settings;
    bool haveIdentitiesOnly = false;
    bool haveAgent = false;
    bool haveKnownHosts = false;
    bool haveProxy = false;
    int depth = 0;

    // ~ and the tokens OpenSSH expands in these paths, in one pass: "%%h" is a literal "%h".
    QString expand(const QString &path) const
    {
        QString out = path.startsWith(QLatin1String("~/")) ? QDir::homePath() : QString();
        for (qsizetype i = out.isEmpty() ? 0 : 1; i < path.size(); ++i) {
            if (path.at(i) != QLatin1Char('%') || i + 1 == path.size()) {
                out += path.at(i);
                continue;
            }
            const QChar token = path.at(++i);
            if (token == QLatin1Char('d'))
                out += QDir::homePath();
            else if (token == QLatin1Char('h'))
                out += host;
            else if (token == QLatin1Char('u') || token == QLatin1Char('r'))
                out += user;
            else if (token == QLatin1Char('%'))
                out += QLatin1Char('%');
            else
                out += QLatin1Char('%') + token; // not one we know: kept as written
        }
        return out;
    }

    void read(const QString &path)
    {
        QFile file(path);
        if (depth > 8 || !file.open(QIODevice::ReadOnly))
            return;
        ++depth;
        static const QRegularExpression split(QStringLiteral("^\\s*(\\S+?)\\s*(?:=\\s*|\\s+)(.*?)\\s*$"));
        bool active = true; // before the first Host line every setting applies
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
                continue;
            const QRegularExpressionMatch m = split.match(line);
            if (!m.hasMatch())
                continue;
            const QString key = m.captured(1).toLower();
            QString value = m.captured(2);
            if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
                value = value.mid(1, value.size() - 2);
            if (key == QLatin1String("host")) {
                active = SshConfigLookup::hostMatches(value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts), host);
            } else if (key == QLatin1String("match")) {
                active = value.trimmed().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
            } else if (!active) {
                continue;
            } else if (key == QLatin1String("include")) {
                for (const QString &pattern : value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
                    include(expand(pattern));
            } else if (key == QLatin1String("identitiesonly") && !haveIdentitiesOnly) {
                haveIdentitiesOnly = true;
                settings.identitiesOnly = value.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
            } else if (key == QLatin1String("identityfile")) {
                settings.identityFiles << expand(value);
            } else if (key == QLatin1String("userknownhostsfile") && !haveKnownHosts) {
                haveKnownHosts = true;
                for (const QString &file : value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
                    settings.userKnownHostsFiles << (file == QLatin1String("none") ? file : expand(file));
            } else if ((key == QLatin1String("proxyjump") || key == QLatin1String("proxycommand")) && !haveProxy) {
                haveProxy = true;
                if (key == QLatin1String("proxyjump"))
                    settings.proxyJump = value;
            } else if (key == QLatin1String("identityagent") && !haveAgent) {
                haveAgent = true;
                settings.identityAgent = value == QLatin1String("SSH_AUTH_SOCK") ? QString() : (value == QLatin1String("none") ? value : expand(value));
            }
        }
        --depth;
    }

    void include(const QString &pattern)
    {
        const QString absolute = QDir::isAbsolutePath(pattern) ? pattern : QDir::home().filePath(QStringLiteral(".ssh/") + pattern);
        const QFileInfo info(absolute);
        const QStringList names = QDir(info.path()).entryList({info.fileName()}, QDir::Files, QDir::Name);
        for (const QString &name : names)
            read(QDir(info.path()).filePath(name));
    }
};
} // namespace

bool SshConfigLookup::hostMatches(const QStringList &patterns, const QString &host)
{
    return SshPattern::matchesList(patterns, host);
}

SshConfigLookup::Settings SshConfigLookup::lookup(const QString &configFile, const QString &host, const QString &user)
{
    Reader reader;
    reader.host = host;
    reader.user = user;
    if (configFile != QLatin1String("none"))
        reader.read(configFile.isEmpty() ? QDir::home().filePath(QStringLiteral(".ssh/config")) : configFile);
    return reader.settings;
}
