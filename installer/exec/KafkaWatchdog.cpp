#include "exec/KafkaWatchdog.h"

#include "core/ServiceStatusTable.h"
#include "util/ShellQuote.h"
#include "ssh/SshSession.h"

#include <QTimer>

KafkaWatchdog::KafkaWatchdog(QList<NodeTarget> backends, QByteArray sshPassword, int intervalMs)
    : m_backends(std::move(backends))
    , m_sshPassword(std::move(sshPassword))
    , m_intervalMs(intervalMs)
{
    m_thread.setObjectName(QStringLiteral("kafka watchdog"));
    moveToThread(&m_thread);
}

KafkaWatchdog::~KafkaWatchdog()
{
    stop();
}

void KafkaWatchdog::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(this, [this] {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_intervalMs);
        QObject::connect(m_timer, &QTimer::timeout, this, &KafkaWatchdog::checkAll);
        m_timer->start();
    }, Qt::QueuedConnection);
}

void KafkaWatchdog::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(this, [this] {
        delete m_timer;
        m_timer = nullptr;
        m_sessions.clear();
        moveToThread(nullptr);
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void KafkaWatchdog::checkAll()
{
    for (const NodeTarget &node : std::as_const(m_backends))
        check(node);
}

void KafkaWatchdog::check(const NodeTarget &node)
{
    std::shared_ptr<SshSession> &session = m_sessions[node.hostname];
    if (!session || !session->isConnected()) {
        session = std::make_shared<SshSession>(node.endpoint, SshCredentials{m_sshPassword, {}});
        if (!session->connect()) {
            const QString problem = QStringLiteral("cannot watch Kafka: %1").arg(session->error());
            if (m_lastProblem.value(node.hostname) != problem)
                Q_EMIT watchProblem(node.hostname, problem);
            m_lastProblem.insert(node.hostname, problem);
            session.reset();
            return;
        }
    }
    ExecOptions options;
    options.capture = true;
    options.timeoutMs = 30000;
    const QString dir = ShellQuote::quote(node.installerDir);
    const ExecResult status = session->exec(ServiceStatusTable::command(dir) + QStringLiteral(" 2>/dev/null"), options);
    if (!status.ok())
        return; // not installed yet: nothing to watch
    for (const ServiceStatus &s : ServiceStatusTable::parse(QString::fromUtf8(status.stdoutData))) {
        // Only a Kafka that is installed and down: starting one the installer has not set up
        // yet would race the installer.
        if (s.name != QLatin1String("kafka") || !s.isStopped())
            continue;
        const ExecResult start = session->exec(QStringLiteral("cd %1 && ./scripts/manage.sh start kafka").arg(dir), options);
        if (start.ok())
            Q_EMIT kafkaRestarted(node.hostname, QStringLiteral("Kafka was %1 on %2; restarted it with ./scripts/manage.sh start kafka, as the guide advises")
                                                     .arg(s.status, node.hostname));
        else
            Q_EMIT watchProblem(node.hostname, QStringLiteral("Kafka is %1 and ./scripts/manage.sh start kafka failed: %2 %3")
                                                   .arg(s.status, start.describe(), QString::fromUtf8(start.stderrData).trimmed()));
    }
}
