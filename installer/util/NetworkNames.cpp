#include "util/NetworkNames.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace {
const QRegularExpression kLabel(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$"));
const QRegularExpression kDottedQuadish(QStringLiteral("^[0-9.]+$"));
} // namespace

QString NetworkNames::ipProblem(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("no IP address given");
    if (text.trimmed() != text)
        return QStringLiteral("'%1' has leading or trailing spaces").arg(elided(text));
    QHostAddress address;
    // QHostAddress accepts shorthand like "10.1" (inet_aton); a node address must be a full dotted quad.
    const bool looksV4 = kDottedQuadish.match(text).hasMatch();
    if (!address.setAddress(text) || (looksV4 && text.count(QLatin1Char('.')) != 3))
        return QStringLiteral("'%1' is not an IPv4 or IPv6 address (expected e.g. 10.0.1.12 or fd00::12)").arg(elided(text));
    if (looksV4) {
        // 010 is octal to inet_aton (libc, ping, the platform's tools) and decimal to others: 010.0.1.12 is 8.0.1.12 there.
        for (const QString &octet : text.split(QLatin1Char('.'))) {
            if (octet.size() > 1 && octet.startsWith(QLatin1Char('0')))
                return QStringLiteral("'%1' has a leading zero in '%2', which libc reads as an octal number (010 is 8); write each part without leading zeros")
                    .arg(elided(text), octet);
        }
    }
    if (!address.scopeId().isEmpty())
        return QStringLiteral("'%1' has a zone index; use a global or unique-local address").arg(elided(text));
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
        return QStringLiteral("'%1' is the unspecified address; give the node's own private IP").arg(elided(text));
    if (address.isMulticast() || address.isBroadcast())
        return QStringLiteral("'%1' is a multicast or broadcast address; give the node's own private IP").arg(elided(text));
    return {};
}

bool NetworkNames::isIpv6(const QString &text)
{
    QHostAddress address;
    return address.setAddress(text) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

QString NetworkNames::elided(const QString &text)
{
    // A value is quoted in a message, never a megabyte of it.
    if (text.size() <= 80)
        return text;
    return QStringLiteral("%1... (%2 characters)").arg(text.left(40)).arg(text.size());
}

QString NetworkNames::hostnameProblem(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("no host name given");
    if (text.size() > 253)
        return QStringLiteral("'%1' is longer than 253 characters").arg(elided(text));
    const QStringList labels = text.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty())
            return QStringLiteral("'%1' has an empty label (two dots in a row, or a leading or trailing dot)").arg(elided(text));
        if (label.size() > 63)
            return QStringLiteral("'%1' has a label longer than 63 characters").arg(elided(text));
        if (!kLabel.match(label).hasMatch())
            return QStringLiteral("'%1' is not a valid host name: use letters, digits and '-', not starting or ending with '-' (RFC 1123)")
                .arg(elided(text));
    }
    return {};
}

QString NetworkNames::fqdnProblem(const QString &text)
{
    const QString problem = hostnameProblem(text);
    if (!problem.isEmpty())
        return problem;
    const QStringList labels = text.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return QStringLiteral("'%1' is not fully qualified (expected e.g. agilesec.example.com)").arg(elided(text));
    static const QRegularExpression numeric(QStringLiteral("^[0-9]+$"));
    if (numeric.match(labels.back()).hasMatch())
        return QStringLiteral("'%1' has a numeric top-level label; an FQDN is a name, not an address").arg(elided(text));
    return {};
}

QString NetworkNames::hostPort(const QString &host, int port)
{
    const QString h = isIpv6(host) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return h + QLatin1Char(':') + QString::number(port);
}
