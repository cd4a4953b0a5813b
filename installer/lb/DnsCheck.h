#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

// The guide's DNS validation ("the number of entries should equal the number of your frontend
// nodes"), done with QDnsLookup: the FQDN's A records against the frontends' addresses.
class DnsCheck
{
public:
    struct Result {
        bool ok = false;
        QStringList addresses;  // what DNS answered
        QString message;        // for people: what was found and what is missing or extra
    };
    // Blocks (with its own event loop) up to timeoutMs. nameserver: empty for the system's.
    static Result check(const QString &fqdn, const QStringList &frontendAddresses, const QHostAddress &nameserver = {}, int timeoutMs = 10000);
};
