#pragma once

#include "plan/PlanStep.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>

// What happened to every step of an install, persisted (atomically) as each step changes, so
// a crashed or interrupted install resumes without redoing finished steps. A step counts as
// done only while its command is unchanged: editing the cluster re-runs what it affects.
class InstallJournal
{
public:
    enum class State { Pending, Running, Done, Failed, Skipped };
    struct Entry {
        State state = State::Pending;
        QString commandSha256;
        QDateTime started;
        QDateTime finished;
        QString message;
    };

    // A missing file is an empty journal; an unreadable or foreign one is an error.
    static std::optional<InstallJournal> load(const QString &path, QString *error);

    QString path() const { return m_path; }
    bool isDone(const PlanStep &step) const;
    // The step was running, with this command, when the journal was last written: the
    // installer stopped (or lost the node) before it ended.
    bool wasRunning(const PlanStep &step) const;
    Entry entry(const QString &stepId) const { return m_entries.value(stepId); }
    int count(State state) const;
    // Records the step's new state and saves the whole journal; returns what failed, if anything.
    QString record(const PlanStep &step, State state, const QString &message = {});
    // Records the step's new state in memory only (the caller saves, e.g. with AsyncFileWriter).
    void update(const PlanStep &step, State state, const QString &message = {});
    QString save() const;
    QByteArray serialize() const;
    QJsonObject toJson() const;

    static QString stateName(State state);
    static QString commandSha256(const PlanStep &step);

private:
    QString m_path;
    QHash<QString, Entry> m_entries;
};
