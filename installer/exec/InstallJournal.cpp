#include "exec/InstallJournal.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace {
const QString kFormat = QStringLiteral("agilesec-installer-journal");

std::optional<InstallJournal::State> stateFromName(const QString &name)
{
    for (InstallJournal::State s : {InstallJournal::State::Pending, InstallJournal::State::Running, InstallJournal::State::Done,
                                    InstallJournal::State::Failed, InstallJournal::State::Skipped}) {
        if (InstallJournal::stateName(s) == name)
            return s;
    }
    return std::nullopt;
}
} // namespace

QString InstallJournal::stateName(State state)
{
    switch (state) {
    case State::Pending: return QStringLiteral("pending");
    case State::Running: return QStringLiteral("running");
    case State::Done: return QStringLiteral("done");
    case State::Failed: return QStringLiteral("failed");
    case State::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

QString InstallJournal::commandSha256(const PlanStep &step)
{
    const QByteArray identity = (step.command + QLatin1Char('\n') + step.localPath + QLatin1Char('\n') + step.remotePath).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex());
}

std::optional<InstallJournal> InstallJournal::load(const QString &path, QString *error)
{
    InstallJournal journal;
    journal.m_path = path;
    QFile file(path);
    if (!file.exists())
        return journal;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != kFormat) {
        *error = QStringLiteral("%1: not an install journal (%2); move it away to start afresh")
                     .arg(path, parseError.error != QJsonParseError::NoError ? parseError.errorString() : QStringLiteral("wrong format"));
        return std::nullopt;
    }
    const QJsonObject steps = doc.object().value(QStringLiteral("steps")).toObject();
    for (auto it = steps.begin(); it != steps.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Entry e;
        e.state = stateFromName(o.value(QStringLiteral("state")).toString()).value_or(State::Pending);
        e.commandSha256 = o.value(QStringLiteral("command")).toString();
        e.started = QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
        e.finished = QDateTime::fromString(o.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs);
        e.message = o.value(QStringLiteral("message")).toString();
        journal.m_entries.insert(it.key(), e);
    }
    return journal;
}

bool InstallJournal::isDone(const PlanStep &step) const
{
    const auto it = m_entries.constFind(step.id);
    return it != m_entries.cend() && it->state == State::Done && it->commandSha256 == commandSha256(step);
}

bool InstallJournal::wasRunning(const PlanStep &step) const
{
    const auto it = m_entries.constFind(step.id);
    return it != m_entries.cend() && it->state == State::Running && it->commandSha256 == commandSha256(step);
}

int InstallJournal::count(State state) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) { return e.state == state; }));
}

void InstallJournal::update(const PlanStep &step, State state, const QString &message)
{
    Entry &e = m_entries[step.id];
    e.state = state;
    e.commandSha256 = commandSha256(step);
    e.message = message;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (state == State::Running) {
        e.started = now;
        e.finished = {};
    } else if (state != State::Pending) {
        e.finished = now;
    }
}

QString InstallJournal::record(const PlanStep &step, State state, const QString &message)
{
    update(step, state, message);
    return save();
}

QByteArray InstallJournal::serialize() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

QJsonObject InstallJournal::toJson() const
{
    QJsonObject steps;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QJsonObject o{{QStringLiteral("state"), stateName(it->state)}, {QStringLiteral("command"), it->commandSha256}};
        if (it->started.isValid())
            o.insert(QStringLiteral("started"), it->started.toString(Qt::ISODateWithMs));
        if (it->finished.isValid())
            o.insert(QStringLiteral("finished"), it->finished.toString(Qt::ISODateWithMs));
        if (!it->message.isEmpty())
            o.insert(QStringLiteral("message"), it->message);
        steps.insert(it.key(), o);
    }
    return QJsonObject{{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), 1}, {QStringLiteral("steps"), steps}};
}

QString InstallJournal::save() const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath()); // day-2 journals live in output/day2/
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(m_path, file.errorString());
    file.write(serialize());
    if (!file.commit())
        return QStringLiteral("%1: %2").arg(m_path, file.errorString());
    return {};
}
