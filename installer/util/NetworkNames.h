#pragma once

#include <QString>

// Syntax checks for the names and addresses a user types.
class NetworkNames
{
public:
    // Empty when text is a usable unicast IPv4/IPv6 address; otherwise why it is not.
    static QString ipProblem(const QString &text);
    static bool isIpv6(const QString &text);
    // RFC 1123 host name (one or more labels). Empty when valid; otherwise why not.
    static QString hostnameProblem(const QString &text);
    // A fully qualified name: a valid host name with at least two labels and a non-numeric top label.
    static QString fqdnProblem(const QString &text);
    // host:port with brackets for IPv6, as Kafka, MongoDB and OpenSearch expect.
    static QString hostPort(const QString &host, int port);
    // text as a message quotes it: whole up to 80 characters, else its start and its length.
    static QString elided(const QString &text);
};
