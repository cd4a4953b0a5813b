#include "ops/RollingMaintenance.h"

#include "maintain/HaproxyRotation.h"
#include "maintain/MaintenancePlan.h"
#include "maintain/ManualRotation.h"
#include "project/Project.h"
#include "staging/ProjectStaging.h"
#include "verify/EntryPoint.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

QString RollingMaintenance::requestPath(const Project &project)
{
    return QDir(project.outputPath()).filePath(QStringLiteral("day2/maintain-run.json"));
}

QString RollingMaintenance::journalPath(const Project &project, const QString &runId)
{
    return QDir(project.outputPath()).filePath(QStringLiteral("day2/maintain-%1-journal.json").arg(runId));
}

std::optional<MaintenanceRequest> RollingMaintenance::unfinished(const Project &project, QString *error)
{
    QFile file(requestPath(project));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: not a maintenance run (%2)").arg(file.fileName(), parseError.errorString());
        return std::nullopt;
    }
    QString why;
    const std::optional<MaintenanceRequest> request = MaintenanceRequest::fromJson(doc.object(), &why);
    if (!request) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), why);
        return std::nullopt;
    }
    return request->finished ? std::nullopt : request;
}

QString RollingMaintenance::saveRequest(const Project &project, const MaintenanceRequest &request)
{
    const QString path = requestPath(project);
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    file.write(QJsonDocument(request.toJson()).toJson(QJsonDocument::Indented));
    return file.commit() ? QString() : QStringLiteral("%1: %2").arg(path, file.errorString());
}

RollingMaintenance::Prepared RollingMaintenance::prepare(const Project &project, const Cluster &cluster, const MaintenanceRequest &request, bool resume)
{
    Prepared prepared;
    QString error;
    const std::optional<MaintenanceRequest> open = unfinished(project, &error);
    if (!error.isEmpty()) {
        prepared.error = error;
        return prepared;
    }
    if (resume && !open) {
        prepared.error = QStringLiteral("no unfinished maintenance run to resume (%1)").arg(requestPath(project));
        return prepared;
    }
    if (!resume && open) {
        prepared.error = QStringLiteral("an earlier maintenance run (%1 on %2) did not finish: resume it with --resume, which finishes it before anything new starts")
                             .arg(open->describeWork(), open->nodes.join(QStringLiteral(", ")));
        return prepared;
    }
    prepared.request = resume ? *open : request;
    prepared.resumed = resume;
    if (!resume)
        prepared.request.runId = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    const QString backend = project.external.mode == ExternalAccess::Mode::OnPrem ? ProjectStaging::loadBalancerSettings(project).backendName : QString();
    prepared.steps = MaintenancePlan::build(cluster, project.targets(cluster), project.external, backend, prepared.request, &prepared.error);
    return prepared;
}

std::unique_ptr<RotationControl> RollingMaintenance::rotationFor(const Project &project, const Cluster &cluster, const InstallSecrets &secrets,
                                                                 std::function<bool(const QString &)> confirm)
{
    const ExternalAccess &external = project.external;
    if (external.mode != ExternalAccess::Mode::OnPrem)
        return std::make_unique<ManualRotation>(cluster, external, std::move(confirm));
    std::vector<std::unique_ptr<RuntimeApiChannel>> channels;
    for (const ExternalAccess::LbNode &lb : external.lbNodes)
        channels.push_back(std::make_unique<RuntimeApiChannel>(lb.hostname, external.haproxyStatsSocket, external.haproxyRuntimeApi == QLatin1String("local"),
                                                               project.endpointFor(lb), secrets.sshPassword, secrets.sudoPassword));
    return std::make_unique<HaproxyRotation>(std::move(channels), ProjectStaging::loadBalancerSettings(project).backendName);
}

MaintenanceRun::Result RollingMaintenance::run(const Project &project, const Cluster &cluster, const InstallSecrets &secrets, Prepared &prepared,
                                               RotationControl &rotation, MaintenanceRun::Options options)
{
    MaintenanceRun::Result result;
    QString error = saveRequest(project, prepared.request);
    std::optional<InstallJournal> journal = error.isEmpty() ? InstallJournal::load(journalPath(project, prepared.request.runId), &error) : std::nullopt;
    if (!journal) {
        result.verdict = QStringLiteral("nothing done: %1").arg(error);
        return result;
    }
    if (options.entryHost.isEmpty()) {
        const EntryPoint entry = EntryPoint::resolve(cluster, project.external, {}, project.hostsTarget);
        options.entryHost = entry.host;
        options.entryPort = entry.port;
    }
    MaintenanceRun run(cluster, project.targets(cluster), secrets, rotation, prepared.request, prepared.steps, *journal, std::move(options));
    result = run.run();
    if (result.ok) {
        prepared.request.finished = true;
        if (const QString saved = saveRequest(project, prepared.request); !saved.isEmpty())
            result.verdict += QStringLiteral(" (but %1)").arg(saved);
    }
    return result;
}
