#include "lb/HaproxyRuntimeApi.h"

#include <QRegularExpression>

bool HaproxyRuntimeApi::isSafeName(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_.:-]{1,128}$"));
    return allowed.match(name).hasMatch();
}

QString HaproxyRuntimeApi::stateName(State state)
{
    switch (state) {
    case State::Ready:
        return QStringLiteral("ready");
    case State::Drain:
        return QStringLiteral("drain");
    case State::Maint:
        return QStringLiteral("maint");
    }
    return {};
}

QString HaproxyRuntimeApi::setStateCommand(const QString &backend, const QString &server, State state)
{
    if (!isSafeName(backend) || !isSafeName(server))
        return {};
    return QStringLiteral("set server %1/%2 state %3").arg(backend, server, stateName(state));
}

QList<HaproxyRuntimeApi::Server> HaproxyRuntimeApi::parseStat(const QByteArray &csv, QString *error)
{
    QList<Server> servers;
    const QList<QByteArray> lines = csv.split('\n');
    if (lines.isEmpty() || !lines.first().startsWith("# pxname,svname,")) {
        const QString text = QString::fromUtf8(csv.left(200)).trimmed();
        *error = text.isEmpty() ? QStringLiteral("the runtime API answered nothing") : QStringLiteral("not a stat table: %1").arg(text);
        return servers;
    }
    const QList<QByteArray> header = lines.first().mid(2).split(',');
    const int pxname = int(header.indexOf("pxname")), svname = int(header.indexOf("svname")), scur = int(header.indexOf("scur"));
    const int status = int(header.indexOf("status")), check = int(header.indexOf("check_status"));
    if (svname < 0 || scur < 0 || status < 0) {
        *error = QStringLiteral("the stat table has no svname, scur or status column");
        return servers;
    }
    const int needed = std::max({pxname, svname, scur, status, check});
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i).split(',');
        if (cells.size() <= needed)
            continue; // the empty last line
        const QString name = QString::fromUtf8(cells.at(svname));
        if (name == QLatin1String("FRONTEND") || name == QLatin1String("BACKEND"))
            continue;
        Server s;
        s.backend = QString::fromUtf8(cells.at(pxname));
        s.name = name;
        s.status = QString::fromUtf8(cells.at(status));
        s.sessions = cells.at(scur).toInt();
        s.checkStatus = check >= 0 ? QString::fromUtf8(cells.at(check)).remove(QLatin1Char('*')).trimmed() : QString();
        servers << s;
    }
    return servers;
}

std::optional<HaproxyRuntimeApi::Server> HaproxyRuntimeApi::find(const QList<Server> &servers, const QString &backend, const QString &server)
{
    for (const Server &s : servers) {
        if (s.backend == backend && s.name == server)
            return s;
    }
    return std::nullopt;
}

QString HaproxyRuntimeApi::refusalIn(const QByteArray &reply)
{
    return QString::fromUtf8(reply).trimmed();
}
