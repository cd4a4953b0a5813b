#include "verify/ClusterVerifier.h"

#include "core/ServiceStatusTable.h"
#include "util/ShellQuote.h"
#include "ssh/SshSession.h"

#include "util/FanOut.h"

NodeServiceReport ClusterVerifier::verifyNode(const NodeTarget &target, const QByteArray &sshPassword)
{
    NodeServiceReport report = NodeServiceReport::compare(target.hostname, target.profile, {});
    SshSession session(target.endpoint, SshCredentials{sshPassword, {}});
    if (!session.connect()) {
        report.error = QStringLiteral("cannot connect: %1").arg(session.error());
        return report;
    }
    ExecOptions options;
    options.capture = true;
    options.timeoutMs = 60000;
    const ExecResult r = session.exec(ServiceStatusTable::command(ShellQuote::quote(target.installerDir)), options);
    if (!r.ok()) {
        const QString why = QString::fromUtf8(r.stderrData).trimmed();
        report.error = QStringLiteral("manage.sh status failed (%1)%2").arg(r.describe(), why.isEmpty() ? QString() : QStringLiteral(": ") + why);
        return report;
    }
    report.actual = ServiceStatusTable::parse(QString::fromUtf8(r.stdoutData));
    return report;
}

QList<NodeServiceReport> ClusterVerifier::verify(const QList<NodeTarget> &targets, const QByteArray &sshPassword)
{
    const std::function<NodeServiceReport(const NodeTarget &)> one = [&](const NodeTarget &t) { return verifyNode(t, sshPassword); };
    return FanOut::map(targets, one);
}
