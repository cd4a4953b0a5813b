#include "cli/PreflightCommand.h"

#include "ops/HostKeyPinning.h"
#include "verify/PreflightRunner.h"

#include <QJsonArray>
#include <QHash>
#include <array>
#include <QJsonDocument>
#include <QJsonObject>

PreflightCommand::PreflightCommand()
    : ProjectCommand({QStringLiteral("preflight"),
             QStringLiteral("Check every node before installing: access, sudo, resources, firewall, DNS, clocks, latency"),
             QStringLiteral("preflight --project P [--json]"),
             QStringLiteral("Checks every node in parallel and changes nothing on them: SSH and the host key, sudo, CPU, memory and disk against "
                              "the guide's requirements for the node's profile (below minimum: error; below production: warning), the OS, "
                              "firewalld and the frontend port, the installer directory, whether the external FQDN resolves, clock skew, and "
                              "for stretch clusters the round trip between sites graded by the guide's table. Each problem comes with a fix. "
                              "Exit 1 when there is an error.")},
      Access{true, {{QStringLiteral("sudo-password"), QStringLiteral("the sudo password")}, {QStringLiteral("ssh-password"), QStringLiteral("the SSH password")}}, false})
{
}

QList<QCommandLineOption> PreflightCommand::projectOptions() const
{
    return {QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print the findings as JSON.")),
            QCommandLineOption(QStringLiteral("verbose"), QStringLiteral("Also list what is fine, not only the summary, warnings and errors."))};
}

int PreflightCommand::executeWithProject(const QCommandLineParser &parser, Opened &opened)
{
    Project &project = opened.project;
    InstallSecrets secrets;
    if (!readSecrets(parser, project, &secrets))
        return Failed;
    QList<NodeTarget> targets = project.targets(opened.loaded.cluster);
    hostKeyChoices().applyTo(targets);
    QHash<QString, QString> pins;
    const QList<PreflightFinding> findings = PreflightRunner::run(opened.loaded.cluster, targets, secrets, project.planOptions().installerPackage, &pins);
    const QString warning = HostKeyPinning::pin(&project, pins);
    if (!warning.isEmpty())
        warn(warning);
    const auto count = [&](PreflightFinding::Severity severity) {
        return int(std::count_if(findings.begin(), findings.end(), [&](const PreflightFinding &f) { return f.severity == severity; }));
    };
    const int errors = count(PreflightFinding::Severity::Error);
    const int warnings = count(PreflightFinding::Severity::Warning);
    // Per node, in the order the nodes were given: what is fine, what to look at, what blocks.
    QStringList nodes;
    QHash<QString, std::array<int, 3>> counts; // ok (and info), warnings, errors
    for (const PreflightFinding &f : findings) {
        if (!counts.contains(f.node))
            nodes << f.node;
        std::array<int, 3> &c = counts[f.node];
        ++c[f.severity == PreflightFinding::Severity::Error ? 2 : f.severity == PreflightFinding::Severity::Warning ? 1 : 0];
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list, summary;
        for (const PreflightFinding &f : findings)
            list.append(f.toJson());
        for (const QString &node : std::as_const(nodes))
            summary.append(QJsonObject{{QStringLiteral("node"), node}, {QStringLiteral("ok"), counts[node][0]},
                                       {QStringLiteral("warnings"), counts[node][1]}, {QStringLiteral("errors"), counts[node][2]}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("errors"), errors}, {QStringLiteral("warnings"), warnings}, {QStringLiteral("nodes"), summary},
                                           {QStringLiteral("findings"), list}})
                     .toJson(QJsonDocument::Indented);
        return errors ? Failed : Ok;
    }
    for (const QString &node : std::as_const(nodes))
        out() << QStringLiteral("%1 %2 ok, %3 warning(s), %4 error(s)\n").arg(node, -16).arg(counts[node][0]).arg(counts[node][1]).arg(counts[node][2]);
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    if (verbose || errors || warnings)
        out() << '\n';
    for (const PreflightFinding &f : findings) {
        const bool problem = f.severity == PreflightFinding::Severity::Error || f.severity == PreflightFinding::Severity::Warning;
        if (!problem && !verbose)
            continue;
        out() << QStringLiteral("%1 %2 %3 %4\n").arg(PreflightFinding::severityName(f.severity).toUpper(), -8).arg(f.node, -16).arg(f.check, -10).arg(f.detail);
        if (!f.hint.isEmpty())
            out() << QStringLiteral("%1 fix: %2\n").arg(QString(), 36).arg(f.hint);
    }
    out() << errors << " error(s), " << warnings << " warning(s)" << (errors ? ": fix the errors before installing" : "")
          << (verbose ? "\n" : " (--verbose lists what is fine too)\n");
    return errors ? Failed : Ok;
}
