#pragma once

#include "project/NodeTarget.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QThread>
#include <memory>

class QTimer;
class SshSession;

// The guide: while backends install in parallel, Kafka's KRaft quorum re-elects and Kafka may
// stop on a backend; restart it with ./scripts/manage.sh start kafka. This watches the given
// backends every interval over its own sessions (in its own thread, so it never shares a
// session with a node's installer), restarts a stopped Kafka and reports that it did.
class KafkaWatchdog : public QObject
{
    Q_OBJECT
public:
    KafkaWatchdog(QList<NodeTarget> backends, QByteArray sshPassword, int intervalMs);
    ~KafkaWatchdog() override;
    void start();
    void stop(); // blocks until the thread has ended

Q_SIGNALS:
    void kafkaRestarted(const QString &hostname, const QString &message);
    void watchProblem(const QString &hostname, const QString &message);

private:
    void checkAll();
    void check(const NodeTarget &node);

    QList<NodeTarget> m_backends;
    QByteArray m_sshPassword;
    int m_intervalMs;
    QThread m_thread;
    QTimer *m_timer = nullptr;                                  // lives in m_thread
    QHash<QString, std::shared_ptr<SshSession>> m_sessions;     // used in m_thread only
    QHash<QString, QString> m_lastProblem;
};
