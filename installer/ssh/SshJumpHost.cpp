#include "ssh/SshJumpHost.h"

#include <QRegularExpression>

namespace {
// Names and users a shell, ssh_config or an option parser cannot misread: no leading "-", no
// spaces, quotes, "%" tokens or control characters.
const QRegularExpression kName(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.\\-]*$"));
const QRegularExpression kV6(QStringLiteral("^[0-9A-Fa-f:.]+(%[A-Za-z0-9_.\\-]+)?$"));
} // namespace

QString SshJumpHost::toString() const
{
    const QString address = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return (user.isEmpty() ? QString() : user + QLatin1Char('@')) + address + (port > 0 ? QLatin1Char(':') + QString::number(port) : QString());
}

QString SshJumpHost::joinList(const QList<SshJumpHost> &hops)
{
    QStringList parts;
    for (const SshJumpHost &hop : hops)
        parts << hop.toString();
    return parts.join(QLatin1Char(','));
}

QList<SshJumpHost> SshJumpHost::parseList(const QString &spec, QString *error)
{
    QList<SshJumpHost> hops;
    if (spec.isEmpty() || spec == QLatin1String("none"))
        return hops;
    const QStringList parts = spec.split(QLatin1Char(','));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString text = parts.at(i);
        const auto fail = [&](const QString &why) {
            *error = QStringLiteral("jump host %1 of %2 (\"%3\"): %4; expected [user@]host[:port], hops separated by commas")
                         .arg(i + 1)
                         .arg(parts.size())
                         .arg(parts.at(i), why);
            return QList<SshJumpHost>{};
        };
        if (text.startsWith(QLatin1String("ssh://")))
            text = text.mid(6);
        SshJumpHost hop;
        const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
        if (at >= 0) {
            hop.user = text.left(at);
            text = text.mid(at + 1);
            if (!kName.match(hop.user).hasMatch())
                return fail(QStringLiteral("the user name is empty or holds characters a user name cannot have"));
        }
        QString portText;
        if (text.startsWith(QLatin1Char('['))) {
            const qsizetype close = text.indexOf(QLatin1Char(']'));
            if (close < 0)
                return fail(QStringLiteral("an IPv6 address opened with \"[\" is not closed"));
            hop.host = text.mid(1, close - 1);
            const QString rest = text.mid(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
                return fail(QStringLiteral("only \":port\" may follow \"]\""));
            portText = rest.mid(1);
            if (rest == QLatin1String(":"))
                return fail(QStringLiteral("the port after \":\" is missing"));
            if (!kV6.match(hop.host).hasMatch())
                return fail(QStringLiteral("not an IPv6 address inside [ ]"));
        } else {
            const qsizetype colon = text.indexOf(QLatin1Char(':'));
            hop.host = colon < 0 ? text : text.left(colon);
            if (colon >= 0 && (portText = text.mid(colon + 1)).isEmpty())
                return fail(QStringLiteral("the port after \":\" is missing"));
            if (!kName.match(hop.host).hasMatch())
                return fail(hop.host.isEmpty() ? QStringLiteral("the host is empty") : QStringLiteral("the host holds characters a host name cannot have"));
        }
        if (!portText.isEmpty()) {
            bool ok = false;
            hop.port = portText.toInt(&ok);
            if (!ok || hop.port < 1 || hop.port > 65535)
                return fail(QStringLiteral("the port must be a number from 1 to 65535"));
        }
        hops << hop;
    }
    return hops;
}
