#include "verify/PreflightRunner.h"

#include "core/ProfileCatalog.h"
#include "util/ShellQuote.h"
#include "ssh/SshSession.h"

#include <QDateTime>
#include "util/FanOut.h"
#include <algorithm>
#include <cmath>

namespace {
using Severity = PreflightFinding::Severity;

PreflightFinding finding(const QString &node, const QString &check, Severity severity, const QString &detail, const QString &hint = {})
{
    return PreflightFinding{node, check, severity, detail, hint};
}

struct NodeResult {
    QList<PreflightFinding> findings;
    bool reached = false;
    double clockOffsetSeconds = 0; // node clock minus ours
    double clockUncertainty = -1;  // half the round trip of the best sample; < 0: not measured
    QHash<QString, QString> pins;  // host keys the user accepted ("host:port" -> fingerprint), jump hosts' too: pin them
};

QHash<QString, QString> keyedLines(const QByteArray &output)
{
    QHash<QString, QString> values;
    for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        if (space > 0)
            values.insert(line.left(space), line.mid(space + 1).trimmed());
    }
    return values;
}

QList<PreflightFinding> sudoFindings(SshSession &session, const QString &host, const InstallSecrets &secrets)
{
    QList<PreflightFinding> findings;
    switch (session.detectSudo()) {
    case SshSession::SudoMode::NoPassword:
        findings << finding(host, QStringLiteral("sudo"), Severity::Ok, PreflightRunner::tr("sudo works without a password"));
        break;
    case SshSession::SudoMode::PasswordRequired:
        if (secrets.sudoPassword.isEmpty()) {
            findings << finding(host, QStringLiteral("sudo"), Severity::Error, PreflightRunner::tr("sudo asks for a password and none was given"),
                                       PreflightRunner::tr("give the sudo password (on the Access page; --sudo-password-file F with the CLI), or allow NOPASSWD for this user"));
        } else if (session.execWithSudo(QStringLiteral("sudo true"), secrets.sudoPassword).ok()) {
            findings << finding(host, QStringLiteral("sudo"), Severity::Ok, PreflightRunner::tr("sudo works with the given password"));
        } else {
            findings << finding(host, QStringLiteral("sudo"), Severity::Error, PreflightRunner::tr("sudo refused the given password"),
                                       PreflightRunner::tr("check the sudo password and that the user is in sudoers"));
        }
        break;
    case SshSession::SudoMode::Unavailable:
        findings << finding(host, QStringLiteral("sudo"), Severity::Error, PreflightRunner::tr("this user cannot use sudo"),
                                   PreflightRunner::tr("add the user to sudoers: the guide runs ./scripts/tune.sh with sudo"));
        break;
    }

    return findings;
}

// Resources against the profile's needs, the OS, the firewall, the installer and the FQDN:
// one command for the facts (every command costs a login shell on the node).
QList<PreflightFinding> factFindings(SshSession &session, const Cluster &cluster, const NodeTarget &target, const Node *node,
                                     const InstallSecrets &secrets, const QString &installerPackage)
{
    QList<PreflightFinding> findings;
    const QString &host = target.hostname;
    const Profile profile = target.profile;
    const QString installerDir = ShellQuote::quote(target.installerDir);
    const QString installationDir = ShellQuote::quote(node && !node->installationDir.isEmpty() ? node->installationDir : QStringLiteral("/"));
    const QString fqdn = cluster.fqdn();
    ExecOptions capture;
    capture.capture = true;
    capture.timeoutMs = 60000;
    const ExecResult facts = session.exec(
        QStringLiteral("echo \"cores $(nproc 2>/dev/null)\"; free -k 2>/dev/null | awk '/^Mem:/ {print \"memkb\", $2}'; "
                       "d=%1; while [ ! -d \"$d\" ]; do d=$(dirname \"$d\"); done; df -Pk \"$d\" 2>/dev/null | awk 'NR==2 {print \"diskkb\", $4}'; "
                       "echo \"diskpath $d\"; (. /etc/os-release 2>/dev/null; echo \"os ${PRETTY_NAME:-unknown}\"); "
                       "echo \"firewalld $(systemctl is-active firewalld 2>/dev/null || echo inactive-or-absent)\"; "
                       "if [ -x %2/install_analytics.sh ]; then echo 'installer present'; else echo 'installer absent'; fi; "
                       "echo \"resolve $(getent hosts %3 2>/dev/null | awk '{print $1; exit}')\"")
            .arg(installationDir, installerDir, ShellQuote::quote(fqdn.isEmpty() ? QStringLiteral("localhost") : fqdn)),
        capture);
    const QHash<QString, QString> f = keyedLines(facts.stdoutData);
    const HardwareRequirements need = ProfileCatalog::requirements(profile);
    const QString profileName = ProfileCatalog::name(profile);
    if (f.contains(QStringLiteral("cores")) && !f.value(QStringLiteral("cores")).isEmpty())
        findings << PreflightRunner::gradeResource(host, QStringLiteral("cpu"), f.value(QStringLiteral("cores")).toDouble(), need.minimumCores,
                                                          need.productionCores, QStringLiteral("cores"));
    else
        findings << finding(host, QStringLiteral("cpu"), Severity::Warning, PreflightRunner::tr("could not read the CPU count (nproc)"));
    if (f.contains(QStringLiteral("memkb")))
        findings << PreflightRunner::gradeResource(host, QStringLiteral("memory"), f.value(QStringLiteral("memkb")).toDouble() / 1024 / 1024,
                                                          need.minimumMemoryGiB, need.productionMemoryGiB, QStringLiteral("GiB"));
    else
        findings << finding(host, QStringLiteral("memory"), Severity::Warning, PreflightRunner::tr("could not read the memory size (free -k)"));
    if (f.contains(QStringLiteral("diskkb"))) {
        PreflightFinding disk = PreflightRunner::gradeResource(host, QStringLiteral("disk"), f.value(QStringLiteral("diskkb")).toDouble() / 1024 / 1024,
                                                               need.minimumDiskGiB, need.productionDiskGiB, QStringLiteral("GiB free"));
        disk.detail += PreflightRunner::tr(" on %1").arg(f.value(QStringLiteral("diskpath")));
        findings << disk;
    } else {
        findings << finding(host, QStringLiteral("disk"), Severity::Warning, PreflightRunner::tr("could not read the free disk space (df -Pk)"));
    }
    findings << finding(host, QStringLiteral("os"), Severity::Info, f.value(QStringLiteral("os"), QStringLiteral("unknown")));

    const bool frontend = ProfileCatalog::isFrontend(profile);
    if (f.value(QStringLiteral("firewalld")) == QLatin1String("active")) {
        if (frontend) {
            const QString port = QString::number(cluster.frontendPort);
            const ExecResult ports = session.execWithSudo(QStringLiteral("sudo firewall-cmd --list-ports"), secrets.sudoPassword, capture);
            const bool open = ports.ok() && QString::fromUtf8(ports.stdoutData).split(QLatin1Char(' ')).contains(port + QStringLiteral("/tcp"));
            if (open)
                findings << finding(host, QStringLiteral("firewall"), Severity::Ok, PreflightRunner::tr("firewalld is active and admits %1/tcp").arg(port));
            else
                findings << finding(host, QStringLiteral("firewall"), Severity::Warning,
                                           PreflightRunner::tr("firewalld is active and does not list %1/tcp").arg(port),
                                           PreflightRunner::tr("sudo firewall-cmd --permanent --add-port=%1/tcp && sudo firewall-cmd --reload (the guide's step 8), "
                                                          "or admit only the load balancer with a rich rule").arg(port));
        } else {
            findings << finding(host, QStringLiteral("firewall"), Severity::Info,
                                       PreflightRunner::tr("firewalld is active: the cluster's internal ports must be open between the nodes"));
        }
    } else {
        findings << finding(host, QStringLiteral("firewall"), Severity::Ok, PreflightRunner::tr("firewalld is not running"));
    }

    if (f.value(QStringLiteral("installer")) == QLatin1String("present"))
        findings << finding(host, QStringLiteral("installer"), Severity::Ok, PreflightRunner::tr("%1 holds install_analytics.sh").arg(target.installerDir));
    else if (!installerPackage.isEmpty())
        findings << finding(host, QStringLiteral("installer"), Severity::Ok,
                                   PreflightRunner::tr("%1 has no installer yet: the install uploads and unpacks %2 there").arg(target.installerDir, installerPackage));
    else
        findings << finding(host, QStringLiteral("installer"), Severity::Error,
                                   PreflightRunner::tr("%1/install_analytics.sh is missing").arg(target.installerDir),
                                   PreflightRunner::tr("unpack the AgileSec installer package into %1 on the node, or set the node's installerDir in the project").arg(target.installerDir));

    if (!fqdn.isEmpty()) {
        const QString resolved = f.value(QStringLiteral("resolve"));
        if (!resolved.isEmpty())
            findings << finding(host, QStringLiteral("fqdn"), Severity::Ok, PreflightRunner::tr("%1 resolves to %2").arg(fqdn, resolved));
        else
            findings << finding(host, QStringLiteral("fqdn"), Severity::Warning, PreflightRunner::tr("%1 does not resolve on the node").arg(fqdn),
                                       PreflightRunner::tr("add it to DNS (one record per frontend, or the load balancer), or let the install add an "
                                                      "/etc/hosts line: tick \"Add ... to every node's /etc/hosts\" on External access"));
    }

    return findings;
}

// The round trip to every node in another site, measured from this node (each pair once).
QList<PreflightFinding> latencyFindings(SshSession &session, const Cluster &cluster, const NodeTarget &target, const Node *node,
                                        const QList<NodeTarget> &all)
{
    QList<PreflightFinding> findings;
    const QString &host = target.hostname;
    ExecOptions capture;
    capture.capture = true;
    capture.timeoutMs = 60000;
    if (node && cluster.isStretch()) {
        for (const NodeTarget &other : all) {
            const Node *peer = cluster.findByHostname(other.hostname);
            if (!peer || peer->site == node->site || peer->site.isEmpty() || node->site.isEmpty() || other.hostname <= host)
                continue;
            const int port = other.endpoint.port > 0 && other.endpoint.host == peer->privateIp ? other.endpoint.port : 22;
            const QString ip = ShellQuote::quote(peer->privateIp);
            // Without ping: the fastest of 5 TCP connects. With bash 5 they are timed in the shell
            // itself ($EPOCHREALTIME), so a busy node's fork time is not counted as network time;
            // older bash times a subshell.
            const QString script = QStringLiteral(
                "export LC_ALL=C; "
                "if command -v ping >/dev/null 2>&1; then ping -c 3 -i 0.2 -q -W 2 %1 2>/dev/null | awk -F/ '/^rtt|^round-trip/ {print \"ping\", $5}'; "
                "elif [ -n \"$EPOCHREALTIME\" ]; then for i in 1 2 3 4 5; do s=$EPOCHREALTIME; "
                "if exec 3<>/dev/tcp/%1/%2; then e=$EPOCHREALTIME; exec 3>&-; echo \"$s $e\"; fi; done 2>/dev/null "
                "| awk '{d = ($2 - $1) * 1000; if (m == \"\" || d < m) m = d} END {if (m != \"\") print \"tcp\", m}'; "
                "else for i in 1 2 3 4 5; do TIMEFORMAT=%3R; t=$( { time { ( exec 3<>/dev/tcp/%1/%2 ) 2>/dev/null; }; } 2>&1 ) && echo \"$t\"; done "
                "| grep -E '^[0-9.]+$' | sort -n | head -1 | awk '{print \"tcp\", $1 * 1000}'; fi")
                                       .arg(ip)
                                       .arg(port);
            const ExecResult rtt = session.exec(QStringLiteral("bash -c ") + ShellQuote::quote(script), capture);
            const QHash<QString, QString> r = keyedLines(rtt.stdoutData);
            if (r.contains(QStringLiteral("ping")) || r.contains(QStringLiteral("tcp"))) {
                const bool ping = r.contains(QStringLiteral("ping"));
                PreflightFinding graded = PreflightRunner::gradeLatency(host, other.hostname, r.value(ping ? QStringLiteral("ping") : QStringLiteral("tcp")).toDouble());
                graded.detail += ping ? PreflightRunner::tr(" (ping)") : PreflightRunner::tr(" (TCP connect to port %1)").arg(port);
                findings << graded;
            } else {
                findings << finding(host, QStringLiteral("latency"), Severity::Warning,
                                           PreflightRunner::tr("could not measure the round trip to %1 (%2)").arg(other.hostname, peer->privateIp),
                                           PreflightRunner::tr("check that the sites can reach each other; install ping on the node to measure"));
            }
        }
    }
    return findings;
}

// The node's clock NTP-style: our time before and after `date +%s.%N` on the node, its reading
// against the midpoint, the sample with the shortest round trip kept (a busy node's shell start
// or a slow link then costs accuracy, reported as the uncertainty, not a false offset).
void measureClock(SshSession &session, NodeResult *result)
{
    ExecOptions capture;
    capture.capture = true;
    capture.timeoutMs = 30000;
    for (int sample = 0; sample < 5; ++sample) {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const ExecResult clock = session.exec(QStringLiteral("date +%s.%N"), capture);
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        bool ok = false;
        const double remote = QString::fromLatin1(clock.stdoutData).trimmed().toDouble(&ok);
        if (!clock.ok() || !ok)
            continue;
        const double halfTrip = double(after - before) / 2000.0;
        if (result->clockUncertainty < 0 || halfTrip < result->clockUncertainty) {
            result->clockUncertainty = halfTrip;
            result->clockOffsetSeconds = remote - double(before + after) / 2000.0;
        }
    }
}

NodeResult probe(const Cluster &cluster, const NodeTarget &target, const QList<NodeTarget> &all, const InstallSecrets &secrets,
                 const QString &installerPackage)
{
    NodeResult result;
    const QString &host = target.hostname;
    const Node *node = cluster.findByHostname(host);
    SshSession session(target.endpoint, SshCredentials{secrets.sshPassword, {}});
    if (!session.connect()) {
        const QString error = session.error();
        QString hint = PreflightRunner::tr("check that the node is up, the address and port are right, and the SSH user and key/password work "
                                      "(Test connections on the Access page; check-access with the CLI)");
        if (session.hostKeyRefusal() == SshSession::HostKeyRefusal::Unknown)
            hint = PreflightRunner::tr("compare the fingerprint with the node's (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on its console), then "
                                  "accept it (Test connections on the Access page asks; check-access --accept-host-key HOST:PORT=SHA256:... with the CLI)");
        result.findings << finding(host, QStringLiteral("ssh"), Severity::Error, error, hint);
        return result;
    }
    result.reached = true;
    if (session.shouldPin())
        result.pins.insert(session.hostKeyId(), session.serverFingerprint());
    for (const auto &jump : session.acceptedJumpPins())
        result.pins.insert(jump.first, jump.second);
    result.findings << finding(host, QStringLiteral("ssh"), Severity::Ok, PreflightRunner::tr("%1, host key %2").arg(session.description(), session.serverFingerprint()));

    result.findings << sudoFindings(session, host, secrets);
    result.findings << factFindings(session, cluster, target, node, secrets, installerPackage);
    measureClock(session, &result);
    if (result.clockUncertainty >= 0)
        result.findings << finding(host, QStringLiteral("clock"), Severity::Info,
                                   PreflightRunner::tr("clock %1 ms from this machine's (%2 ms)")
                                       .arg(result.clockOffsetSeconds * 1000, 0, 'f', 0)
                                       .arg(QStringLiteral("+/-") + QString::number(result.clockUncertainty * 1000, 'f', 0)));
    result.findings << latencyFindings(session, cluster, target, node, all);
    return result;
}
} // namespace

PreflightFinding PreflightRunner::gradeResource(const QString &node, const QString &check, double have, int minimum, int production, const QString &unit)
{
    const QString value = QString::number(have, 'f', unit == QLatin1String("cores") ? 0 : 1);
    const QString shownUnit = unit == QLatin1String("cores") ? PreflightRunner::tr("cores")
                              : unit == QLatin1String("GiB") ? PreflightRunner::tr("GiB")
                              : unit == QLatin1String("GiB free") ? PreflightRunner::tr("GiB free")
                                                                  : unit;
    if (have + 1e-9 < minimum)
        return finding(node, check, Severity::Error, PreflightRunner::tr("%1 %2, below the minimum of %3").arg(value, shownUnit).arg(minimum),
                       PreflightRunner::tr("give the node at least %1 %2 (%3 for production)").arg(minimum).arg(shownUnit).arg(production));
    if (have + 1e-9 < production)
        return finding(node, check, Severity::Warning, PreflightRunner::tr("%1 %2: enough to install, below the %3 recommended for production").arg(value, shownUnit).arg(production),
                       PreflightRunner::tr("use %1 %2 for production").arg(production).arg(shownUnit));
    return finding(node, check, Severity::Ok, PreflightRunner::tr("%1 %2 (production: %3)").arg(value, shownUnit).arg(production));
}

PreflightFinding PreflightRunner::gradeLatency(const QString &from, const QString &to, double rttMs)
{
    const QString detail = PreflightRunner::tr("round trip to %1: %2 ms").arg(to).arg(rttMs, 0, 'f', 1);
    if (rttMs < 5)
        return finding(from, QStringLiteral("latency"), Severity::Ok, detail + PreflightRunner::tr(", ideal (< 5 ms)"));
    if (rttMs <= 20)
        return finding(from, QStringLiteral("latency"), Severity::Ok, detail + PreflightRunner::tr(", recommended range (5-20 ms)"));
    if (rttMs <= 50)
        return finding(from, QStringLiteral("latency"), Severity::Warning, detail + PreflightRunner::tr(", degraded (20-50 ms)"),
                       PreflightRunner::tr("writes and Kafka rebalancing slow down; prefer sites with under 20 ms between them"));
    return finding(from, QStringLiteral("latency"), Severity::Error, detail + PreflightRunner::tr(", not recommended (> 50 ms)"),
                   PreflightRunner::tr("quorum coordination becomes fragile: place the sites closer (under 20 ms) or do not stretch the cluster"));
}

PreflightFinding PreflightRunner::gradeClockSkew(double skewSeconds, const QString &earliest, const QString &latest)
{
    return gradeClockSkew(skewSeconds, 0, earliest, latest);
}

PreflightFinding PreflightRunner::gradeClockSkew(double skewSeconds, double uncertaintySeconds, const QString &earliest, const QString &latest)
{
    QString detail = PreflightRunner::tr("largest clock difference %1 s").arg(skewSeconds, 0, 'f', 2);
    if (uncertaintySeconds > 0)
        detail += QStringLiteral(" %1 %2 s").arg(QStringLiteral("+/-")).arg(uncertaintySeconds, 0, 'f', 2);
    detail += PreflightRunner::tr(" (%1 behind %2)").arg(earliest, latest);
    const QString hint = PreflightRunner::tr("enable time synchronisation (chronyd) on every node");
    // Graded by what is certain: a difference within the measurement's uncertainty is no finding.
    const double certain = std::max(0.0, skewSeconds - uncertaintySeconds);
    if (certain > 30)
        return finding(PreflightFinding::kAllNodes, QStringLiteral("clock"), Severity::Error, detail, hint);
    if (certain > 1)
        return finding(PreflightFinding::kAllNodes, QStringLiteral("clock"), Severity::Warning, detail, hint);
    return finding(PreflightFinding::kAllNodes, QStringLiteral("clock"), Severity::Ok, detail);
}

QList<PreflightFinding> PreflightRunner::run(const Cluster &cluster, const QList<NodeTarget> &targets, const InstallSecrets &secrets,
                                             const QString &installerPackage, QHash<QString, QString> *acceptedHostKeys, const NodeDone &nodeDone)
{
    const std::function<NodeResult(const NodeTarget &)> one = [&](const NodeTarget &t) {
        NodeResult result = probe(cluster, t, targets, secrets, installerPackage);
        if (nodeDone)
            nodeDone(t.hostname, result.findings);
        return result;
    };
    const QList<NodeResult> results = FanOut::map(targets, one);
    QList<PreflightFinding> findings;
    const NodeResult *earliest = nullptr, *latest = nullptr;
    QString earliestName, latestName;
    for (qsizetype i = 0; i < results.size(); ++i) {
        findings += results[i].findings;
        if (acceptedHostKeys)
            acceptedHostKeys->insert(results[i].pins);
        if (!results[i].reached || results[i].clockUncertainty < 0)
            continue;
        if (!earliest || results[i].clockOffsetSeconds < earliest->clockOffsetSeconds) {
            earliest = &results[i];
            earliestName = targets[i].hostname;
        }
        if (!latest || results[i].clockOffsetSeconds > latest->clockOffsetSeconds) {
            latest = &results[i];
            latestName = targets[i].hostname;
        }
    }
    if (earliest && earliest != latest)
        findings << gradeClockSkew(latest->clockOffsetSeconds - earliest->clockOffsetSeconds, latest->clockUncertainty + earliest->clockUncertainty,
                                   earliestName, latestName);
    return findings;
}
