#include "cli/VerifyCommand.h"

#include "cli/SecretOptions.h"
#include "core/ProfileCatalog.h"
#include "ops/AccessCheck.h"
#include "pki/ClusterPki.h"
#include "verify/ClusterVerifier.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

VerifyCommand::VerifyCommand()
    : ProjectCommand({QStringLiteral("verify"),
             QStringLiteral("Compare every node's services with its profile (manage.sh status)"),
             QStringLiteral("verify --project P [--node NAME]... [--health [--via HOST[:PORT]]] [--steps] [--json]"),
             QStringLiteral("Reads ./scripts/manage.sh status on every node in parallel and compares it with the services the node's profile "
                              "runs (9 on a backend, 6 on an ADDITIONAL_FRONTEND, 3 on a COORDINATOR, 2 on a scan node, ...). Changes nothing. "
                              "Exit 1 when a service is missing or not Running.")},
      Access{false, {{QStringLiteral("ssh-password"), QStringLiteral("the SSH password")}}, false})
{
}

QList<QCommandLineOption> VerifyCommand::projectOptions() const
{
    return {QCommandLineOption(QStringLiteral("node"), QStringLiteral("Only this node (repeatable)."), QStringLiteral("NAME")),
            QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print the reports as JSON.")),
            QCommandLineOption(QStringLiteral("health"),
                               QStringLiteral("Also check health from here over real TLS, trusting only the cluster's CA: each frontend's "
                                              "/health-check, /signin and ingestion route, the web certificate, and the entry point.")),
            QCommandLineOption(QStringLiteral("via"), QStringLiteral("With --health: the entry point HOST[:PORT] (default: the VIP or the FQDN)."),
                               QStringLiteral("HOST")),
            QCommandLineOption(QStringLiteral("ca-cert"), QStringLiteral("With --health: the CA to trust (default: the project's)."), QStringLiteral("F")),
            QCommandLineOption(QStringLiteral("steps"),
                               QStringLiteral("Also list what each node kept of the installer's detached steps (the last run of each): done with "
                                              "its exit status, still running, or lost, with a failed step's last lines. Does not change the exit code."))};
}

int VerifyCommand::executeWithProject(const QCommandLineParser &parser, Opened &opened)
{
    const Project &project = opened.project;
    QString error;
    QByteArray sshPassword;
    if (!SecretOptions::read(parser, QStringLiteral("ssh-password"), project.resolve(project.sshPasswordFile), &sshPassword, &error))
        return fail(error, Failed);
    const QList<NodeTarget> targets = AccessCheck::select(project.targets(opened.loaded.cluster), parser.values(QStringLiteral("node")), &error);
    if (!error.isEmpty())
        return fail(error, Usage);
    const QList<NodeServiceReport> reports = ClusterVerifier::verify(targets, sshPassword);
    bool allOk = std::all_of(reports.begin(), reports.end(), [](const NodeServiceReport &r) { return r.ok(); });
    QList<ClusterHealth::Check> health;
    const bool withHealth = parser.isSet(QStringLiteral("health"));
    if (withHealth) {
        const QString caPath = parser.isSet(QStringLiteral("ca-cert")) ? parser.value(QStringLiteral("ca-cert"))
                                                                        : QDir(project.outputPath()).filePath(ClusterPki::caCertPath());
        QFile caFile(caPath);
        const QByteArray ca = caFile.open(QIODevice::ReadOnly) ? caFile.readAll() : QByteArray();
        if (ca.isEmpty())
            return fail(QStringLiteral("--health needs the cluster's CA certificate: %1 is missing (give --ca-cert F)").arg(caPath), Failed);
        health = ClusterHealth::run(opened.loaded.cluster, project.external, ca, parser.value(QStringLiteral("via")), project.hostsTarget);
        allOk = allOk && std::all_of(health.begin(), health.end(), [](const ClusterHealth::Check &c) { return c.ok; });
    }
    const QList<NodeStepsReport> steps = parser.isSet(QStringLiteral("steps")) ? ClusterVerifier::steps(targets, sshPassword) : QList<NodeStepsReport>();
    if (!parser.isSet(QStringLiteral("json"))) {
        printText(reports, health, allOk);
        printSteps(steps);
        return allOk ? Ok : Failed;
    }
    QJsonArray nodes;
    for (const NodeServiceReport &r : reports)
        nodes.append(r.toJson());
    QJsonArray checks;
    for (const ClusterHealth::Check &c : std::as_const(health))
        checks.append(c.toJson());
    QJsonObject o{{QStringLiteral("ok"), allOk}, {QStringLiteral("nodes"), nodes}};
    if (withHealth)
        o.insert(QStringLiteral("health"), checks);
    if (parser.isSet(QStringLiteral("steps")))
        o.insert(QStringLiteral("steps"), stepsJson(steps));
    out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    return allOk ? Ok : Failed;
}

void VerifyCommand::printText(const QList<NodeServiceReport> &reports, const QList<ClusterHealth::Check> &health, bool allOk)
{
    for (const NodeServiceReport &r : reports) {
        out() << (r.ok() ? "OK    " : "FAIL  ") << r.hostname << " (" << ProfileCatalog::name(r.profile) << "): " << r.summary() << '\n';
        if (!r.error.isEmpty())
            continue;
        for (const QString &service : r.expected) {
            QString status = QStringLiteral("missing");
            for (const ServiceStatus &s : r.actual) {
                if (s.name == service)
                    status = s.status;
            }
            out() << QStringLiteral("        %1 %2\n").arg(service, -24).arg(status);
        }
    }
    for (const ClusterHealth::Check &c : health)
        out() << (c.ok ? "OK    " : "FAIL  ") << c.target << ' ' << c.check << ": " << c.detail << '\n';
    out() << (allOk ? (health.isEmpty() ? "all nodes run the services their profiles need\n" : "all nodes run the services their profiles need, and answer over TLS\n")
                    : "some nodes are not as expected (see FAIL above)\n");
}

void VerifyCommand::printSteps(const QList<NodeStepsReport> &reports)
{
    for (const NodeStepsReport &r : reports) {
        out() << "steps kept on " << r.hostname << " (" << r.stateRoot << "):";
        if (!r.error.isEmpty()) {
            out() << ' ' << r.error << '\n';
            continue;
        }
        out() << (r.steps.isEmpty() ? " none\n" : "\n");
        for (const DetachedStep::Record &s : r.steps) {
            const QString when = QDateTime::fromSecsSinceEpoch(s.changedEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            const QString how = s.state == QLatin1String("done") ? (s.exitStatus == 0 ? QStringLiteral("done") : QStringLiteral("FAILED exit %1").arg(s.exitStatus))
                                                                 : s.state;
            out() << QStringLiteral("  %1 %2 %3\n").arg(how, -14).arg(when, s.name);
            for (const QString &line : s.lastLines)
                out() << "      | " << line << '\n';
        }
    }
}

QJsonArray VerifyCommand::stepsJson(const QList<NodeStepsReport> &reports)
{
    QJsonArray nodes;
    for (const NodeStepsReport &r : reports) {
        QJsonArray steps;
        for (const DetachedStep::Record &s : r.steps)
            steps.append(QJsonObject{{QStringLiteral("step"), s.name}, {QStringLiteral("state"), s.state}, {QStringLiteral("exitStatus"), s.exitStatus},
                                     {QStringLiteral("changed"), QDateTime::fromSecsSinceEpoch(s.changedEpoch).toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("lastLines"), QJsonArray::fromStringList(s.lastLines)}});
        nodes.append(QJsonObject{{QStringLiteral("node"), r.hostname}, {QStringLiteral("directory"), r.stateRoot}, {QStringLiteral("error"), r.error},
                                 {QStringLiteral("steps"), steps}});
    }
    return nodes;
}
