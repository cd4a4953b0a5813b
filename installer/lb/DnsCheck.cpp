#include "lb/DnsCheck.h"

#include <QDnsLookup>
#include <QEventLoop>
#include <QSet>
#include <QTimer>

DnsCheck::Result DnsCheck::check(const QString &fqdn, const QStringList &frontendAddresses, const QHostAddress &nameserver, int timeoutMs)
{
    Result result;
    QDnsLookup lookup(QDnsLookup::A, fqdn);
    if (!nameserver.isNull())
        lookup.setNameserver(nameserver);
    QEventLoop loop;
    QObject::connect(&lookup, &QDnsLookup::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    lookup.lookup();
    loop.exec();
    if (!lookup.isFinished()) {
        lookup.abort();
        result.message = QStringLiteral("%1: no DNS answer within %2 s").arg(fqdn).arg(timeoutMs / 1000);
        return result;
    }
    if (lookup.error() != QDnsLookup::NoError) {
        result.message = QStringLiteral("%1: %2").arg(fqdn, lookup.errorString());
        return result;
    }
    for (const QDnsHostAddressRecord &r : lookup.hostAddressRecords())
        result.addresses << r.value().toString();
    const QSet<QString> got(result.addresses.begin(), result.addresses.end());
    const QSet<QString> want(frontendAddresses.begin(), frontendAddresses.end());
    QStringList missing = QSet<QString>(want).subtract(got).values();
    QStringList extra = QSet<QString>(got).subtract(want).values();
    missing.sort();
    extra.sort();
    result.ok = missing.isEmpty() && extra.isEmpty();
    result.message = QStringLiteral("%1: %2 A record(s) for %3 frontend(s)").arg(fqdn).arg(result.addresses.size()).arg(frontendAddresses.size());
    if (!missing.isEmpty())
        result.message += QStringLiteral("; missing: %1 (not propagated yet, or no record)").arg(missing.join(QStringLiteral(", ")));
    if (!extra.isEmpty())
        result.message += QStringLiteral("; not a frontend: %1").arg(extra.join(QStringLiteral(", ")));
    return result;
}
