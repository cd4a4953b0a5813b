#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// HAProxy's runtime API (the stats socket at level admin), as seed 001 and 003 use it: the
// commands that take a server out of rotation and put it back, and `show stat` read by column
// name, so the columns another HAProxy version adds or moves do not matter.
class HaproxyRuntimeApi
{
public:
    enum class State { Ready, Drain, Maint };
    struct Server {
        QString backend;
        QString name;
        QString status;      // UP, DOWN, DRAIN, MAINT, NOLB, "UP 1/3" (going down), "DOWN 1/2" (going up), ...
        int sessions = 0;    // scur: connections it serves now
        QString checkStatus; // L7OK, L4CON, ...
        // In rotation and steady: not draining, not in maintenance, no check failing.
        bool isUp() const { return status == QLatin1String("UP"); }
    };

    // "set server BACKEND/SERVER state ready|drain|maint"; empty when a name could smuggle a
    // second command (HAProxy splits a line at ';') or has anything a server name never has.
    static QString setStateCommand(const QString &backend, const QString &server, State state);
    static QString showStatCommand() { return QStringLiteral("show stat"); }
    static QString stateName(State state);
    // `show stat`'s CSV: the servers (not the FRONTEND/BACKEND summary rows); *error says what
    // is wrong when the reply is not a stat table (a refusal, a closed socket).
    static QList<Server> parseStat(const QByteArray &csv, QString *error);
    static std::optional<Server> find(const QList<Server> &servers, const QString &backend, const QString &server);
    // A set command answers nothing on success; any text is HAProxy's refusal ("No such server.").
    static QString refusalIn(const QByteArray &reply);
    static bool isSafeName(const QString &name);
};
