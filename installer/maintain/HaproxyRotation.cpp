#include "maintain/HaproxyRotation.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QThread>

HaproxyRotation::HaproxyRotation(std::vector<std::unique_ptr<RuntimeApiChannel>> channels, QString backendName)
    : m_channels(std::move(channels))
    , m_backend(std::move(backendName))
{
}

QString HaproxyRotation::describe() const
{
    QStringList lbs;
    for (const auto &c : m_channels)
        lbs << c->lbHostname();
    return QStringLiteral("HAProxy's runtime API on %1 (backend %2)").arg(lbs.join(QStringLiteral(", ")), m_backend);
}

QString HaproxyRotation::setState(const Node &frontend, HaproxyRuntimeApi::State state)
{
    const QString command = HaproxyRuntimeApi::setStateCommand(m_backend, frontend.hostname, state);
    if (command.isEmpty())
        return QStringLiteral("%1 is not a name HAProxy's runtime API takes").arg(frontend.hostname);
    for (const auto &channel : m_channels) {
        QString error;
        const QByteArray reply = channel->send(command, &error);
        if (!error.isEmpty())
            return error;
        const QString refusal = HaproxyRuntimeApi::refusalIn(reply);
        if (!refusal.isEmpty())
            return QStringLiteral("%1 refused '%2': %3").arg(channel->lbHostname(), command, refusal);
    }
    return {};
}

QList<std::pair<QString, HaproxyRuntimeApi::Server>> HaproxyRotation::rows(const Node &frontend, QString *error)
{
    QList<std::pair<QString, HaproxyRuntimeApi::Server>> found;
    for (const auto &channel : m_channels) {
        const QByteArray reply = channel->send(HaproxyRuntimeApi::showStatCommand(), error);
        if (!error->isEmpty())
            return {};
        const QList<HaproxyRuntimeApi::Server> servers = HaproxyRuntimeApi::parseStat(reply, error);
        if (!error->isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(channel->lbHostname(), *error);
            return {};
        }
        const std::optional<HaproxyRuntimeApi::Server> row = HaproxyRuntimeApi::find(servers, m_backend, frontend.hostname);
        if (!row) {
            *error = QStringLiteral("%1 has no server %2 in backend %3 (is haproxy.cfg current? lb --push)").arg(channel->lbHostname(), frontend.hostname, m_backend);
            return {};
        }
        found << std::pair{channel->lbHostname(), *row};
    }
    return found;
}

QString HaproxyRotation::takeOut(const Node &frontend, int drainSeconds, const Report &report)
{
    QString error = setState(frontend, HaproxyRuntimeApi::State::Drain);
    if (!error.isEmpty())
        return error;
    report(QStringLiteral("%1: DRAIN on every LB node: no new connections, the %2 s drain begins").arg(frontend.hostname).arg(drainSeconds), false);
    QElapsedTimer clock;
    clock.start();
    int sessions = 0;
    do {
        sessions = 0;
        for (const auto &[lb, row] : rows(frontend, &error))
            sessions += row.sessions;
        if (!error.isEmpty())
            return error;
        if (sessions > 0)
            QThread::msleep(500);
    } while (sessions > 0 && clock.elapsed() < qint64(drainSeconds) * 1000);
    report(sessions == 0 ? QStringLiteral("%1: drained, no sessions left after %2 s").arg(frontend.hostname).arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                         : QStringLiteral("%1: %2 session(s) still open after the %3 s drain; they are left to end by themselves").arg(frontend.hostname).arg(sessions).arg(drainSeconds),
           false);
    if (!(error = setState(frontend, HaproxyRuntimeApi::State::Maint)).isEmpty())
        return error;
    for (const auto &[lb, row] : rows(frontend, &error)) {
        if (!row.status.startsWith(QLatin1String("MAINT")))
            return QStringLiteral("%1 shows %2 as %3 after 'maint'").arg(lb, frontend.hostname, row.status);
    }
    if (!error.isEmpty())
        return error;
    report(QStringLiteral("%1: MAINT on every LB node: out of rotation").arg(frontend.hostname), false);
    return {};
}

QString HaproxyRotation::putBack(const Node &frontend, int upSeconds, const Report &report)
{
    QString error = setState(frontend, HaproxyRuntimeApi::State::Ready);
    if (!error.isEmpty())
        return error;
    QElapsedTimer clock;
    clock.start();
    QString waiting;
    while (clock.elapsed() < qint64(upSeconds) * 1000) {
        waiting = notInRotation(frontend);
        if (waiting.isEmpty()) {
            report(QStringLiteral("%1: ready, UP on every LB node after %2 s: back in rotation").arg(frontend.hostname).arg(clock.elapsed() / 1000.0, 0, 'f', 1), false);
            return {};
        }
        QThread::msleep(300);
    }
    return QStringLiteral("%1 was set ready but is not UP on every LB node after %2 s (%3)").arg(frontend.hostname).arg(upSeconds).arg(waiting);
}

QString HaproxyRotation::notInRotation(const Node &frontend)
{
    QString error;
    QStringList notUp;
    for (const auto &[lb, row] : rows(frontend, &error)) {
        if (!row.isUp())
            notUp << QStringLiteral("%1 on %2%3").arg(row.status, lb, row.checkStatus.isEmpty() ? QString() : QStringLiteral(", check ") + row.checkStatus);
    }
    return !error.isEmpty() ? error : notUp.join(QStringLiteral("; "));
}

QList<RotationControl::ServerView> HaproxyRotation::view(QString *error)
{
    QList<ServerView> all;
    for (const auto &channel : m_channels) {
        const QByteArray reply = channel->send(HaproxyRuntimeApi::showStatCommand(), error);
        const QList<HaproxyRuntimeApi::Server> servers = error->isEmpty() ? HaproxyRuntimeApi::parseStat(reply, error) : QList<HaproxyRuntimeApi::Server>{};
        if (!error->isEmpty())
            return {};
        for (const HaproxyRuntimeApi::Server &s : servers) {
            if (s.backend == m_backend)
                all << ServerView{channel->lbHostname(), s.name, s.status, s.sessions};
        }
    }
    return all;
}
