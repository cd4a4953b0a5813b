#include "ops/LoadBalancerPush.h"

#include "project/Project.h"
#include "util/ShellQuote.h"
#include "ssh/SshSession.h"
#include "exec/StepRunner.h"

#include <QFileInfo>

QList<PlanStep> LoadBalancerPush::steps(const ExternalAccess &external, int lbIndex)
{
    const ExternalAccess::LbNode &node = external.lbNodes.at(lbIndex);
    const QString staging = QStringLiteral("/tmp/agilesec-lb");
    const QString haproxyDir = QFileInfo(external.haproxyConfigPath).path();
    const auto upload = [&](const QString &slug, const QString &title, const QString &local, const QString &remoteName) {
        PlanStep s;
        s.id = node.hostname + QLatin1Char('/') + slug;
        s.title = title;
        s.kind = PlanStep::Kind::Upload;
        s.localPath = local;
        s.remotePath = staging + QLatin1Char('/') + remoteName;
        s.command = QStringLiteral("scp %1 %2:%3").arg(local, node.address, s.remotePath);
        return s;
    };
    const auto run = [&](const QString &slug, const QString &title, const QString &command) {
        PlanStep s;
        s.id = node.hostname + QLatin1Char('/') + slug;
        s.title = title;
        s.kind = PlanStep::Kind::Run;
        s.command = command;
        s.usesSudo = true;
        return s;
    };
    const QString newHaproxy = ShellQuote::quote(staging + QStringLiteral("/haproxy.cfg"));
    const QString newKeepalived = ShellQuote::quote(staging + QStringLiteral("/keepalived.conf"));
    PlanStep keepalived = upload(QStringLiteral("upload-keepalived"), QStringLiteral("Copy this node's keepalived.conf"),
                                 QStringLiteral("lb/keepalived-%1.conf").arg(node.hostname), QStringLiteral("keepalived.conf"));
    keepalived.privateFile = true; // its VRRP password
    return {
        upload(QStringLiteral("upload-haproxy"), QStringLiteral("Copy haproxy.cfg to the LB node"), QStringLiteral("lb/haproxy.cfg"), QStringLiteral("haproxy.cfg")),
        upload(QStringLiteral("upload-ca"), QStringLiteral("Copy the AgileSec CA (for the health checks)"), QStringLiteral("lb/agilesec-rootca-cert.pem"),
               QStringLiteral("agilesec-rootca-cert.pem")),
        keepalived,
        run(QStringLiteral("install-haproxy"), QStringLiteral("Check haproxy.cfg with haproxy -c, then put it in place and reload"),
            QStringLiteral("sudo mkdir -p %1 && sudo install -m 0644 %2 %3 && sudo haproxy -c -f %4 && sudo install -m 0644 %4 %5 && sudo sh -c %6")
                .arg(ShellQuote::quote(haproxyDir), ShellQuote::quote(staging + QStringLiteral("/agilesec-rootca-cert.pem")),
                     ShellQuote::quote(haproxyDir + QStringLiteral("/agilesec-rootca-cert.pem")), newHaproxy, ShellQuote::quote(external.haproxyConfigPath),
                     ShellQuote::quote(external.haproxyReload))),
        run(QStringLiteral("install-keepalived"), QStringLiteral("Check keepalived.conf with keepalived -t, then put it in place and restart"),
            QStringLiteral("sudo keepalived -t -f %1 && sudo mkdir -p %2 && sudo install -m 0600 %1 %3 && sudo sh -c %4 && rm -rf %5")
                .arg(newKeepalived, ShellQuote::quote(QFileInfo(external.keepalivedConfigPath).path()), ShellQuote::quote(external.keepalivedConfigPath),
                     ShellQuote::quote(external.keepalivedReload), ShellQuote::quote(staging))),
    };
}

QList<LoadBalancerPush::NodeResult> LoadBalancerPush::push(const Project &project, const QByteArray &sudoPassword, const QByteArray &sshPassword,
                                                           const std::function<void(const QString &)> &onLine)
{
    QList<NodeResult> results;
    const ExternalAccess &external = project.external;
    QList<int> order;
    for (int i = int(external.lbNodes.size()) - 1; i >= 0; --i)
        order << i; // BACKUPs first, the MASTER (index 0) last
    for (int index : order) {
        const ExternalAccess::LbNode &lb = external.lbNodes[index];
        NodeResult result{lb.hostname, false, {}};
        SshSession session(project.endpointFor(lb), SshCredentials{sshPassword, {}});
        if (!session.connect()) {
            result.message = QStringLiteral("cannot connect: %1").arg(session.error());
            results << result;
            continue;
        }
        StepContext context;
        context.stagingDir = project.outputPath();
        context.sudoPassword = sudoPassword;
        context.timeoutMs = 120000;
        context.onLine = [&](const QString &line) {
            if (onLine)
                onLine(lb.hostname + QStringLiteral(": ") + line);
        };
        result.ok = true;
        for (const PlanStep &step : steps(external, index)) {
            if (onLine)
                onLine(QStringLiteral("%1: %2").arg(lb.hostname, step.title));
            const StepOutcome outcome = StepRunner::run(session, step, context);
            if (!outcome.ok) {
                result.ok = false;
                result.message = QStringLiteral("%1: %2 (nothing after it was changed)").arg(step.title, outcome.message);
                break;
            }
        }
        if (result.ok)
            result.message = QStringLiteral("haproxy.cfg and keepalived.conf checked, in place, services reloaded");
        results << result;
    }
    return results;
}
