#include "verify/ClusterVerifier.h"

#include "core/ServiceStatusTable.h"
#include "util/ShellQuote.h"
#include "ssh/SshSession.h"

#include "util/FanOut.h"

#include <optional>

namespace {
// One read-only command on the node, its output captured; *error says why there is none.
std::optional<ExecResult> ask(const NodeTarget &target, const QByteArray &sshPassword, const QString &command, QString *error)
{
    SshSession session(target.endpoint, SshCredentials{sshPassword, {}});
    if (!session.connect()) {
        *error = ClusterVerifier::tr("cannot connect: %1").arg(session.error());
        return std::nullopt;
    }
    ExecOptions options;
    options.capture = true;
    options.timeoutMs = 60000;
    return session.exec(command, options);
}
} // namespace

NodeServiceReport ClusterVerifier::verifyNode(const NodeTarget &target, const QByteArray &sshPassword)
{
    NodeServiceReport report = NodeServiceReport::compare(target.hostname, target.profile, {});
    const std::optional<ExecResult> r = ask(target, sshPassword, ServiceStatusTable::command(ShellQuote::quote(target.installerDir)), &report.error);
    if (!r)
        return report;
    if (!r->ok()) {
        const QString why = QString::fromUtf8(r->stderrData).trimmed();
        report.error = ClusterVerifier::tr("manage.sh status failed (%1)%2").arg(r->describe(), why.isEmpty() ? QString() : QStringLiteral(": ") + why);
        return report;
    }
    report.actual = ServiceStatusTable::parse(QString::fromUtf8(r->stdoutData));
    return report;
}

QList<NodeStepsReport> ClusterVerifier::steps(const QList<NodeTarget> &targets, const QByteArray &sshPassword)
{
    const std::function<NodeStepsReport(const NodeTarget &)> one = [&](const NodeTarget &t) {
        NodeStepsReport report{t.hostname, DetachedStep::stateRootFor(t.installerDir), {}, {}};
        const std::optional<ExecResult> r = ask(t, sshPassword, DetachedStep::listScript(report.stateRoot), &report.error);
        if (r && !r->ok())
            report.error = ClusterVerifier::tr("cannot list the steps (%1)").arg(r->describe());
        else if (r)
            report.steps = DetachedStep::parseList(r->stdoutData);
        return report;
    };
    return FanOut::map(targets, one);
}

QList<NodeServiceReport> ClusterVerifier::verify(const QList<NodeTarget> &targets, const QByteArray &sshPassword)
{
    const std::function<NodeServiceReport(const NodeTarget &)> one = [&](const NodeTarget &t) { return verifyNode(t, sshPassword); };
    return FanOut::map(targets, one);
}
