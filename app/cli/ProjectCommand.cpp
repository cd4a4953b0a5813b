#include "cli/ProjectCommand.h"

#include "cli/SecretOptions.h"

QList<QCommandLineOption> ProjectCommand::commandOptions() const
{
    QList<QCommandLineOption> list{QCommandLineOption(QStringLiteral("project"), QStringLiteral("The project file."), QStringLiteral("P"))};
    list += projectOptions();
    if (m_access.hostKeyChoices)
        list += hostKeyOptions();
    for (const auto &[secret, what] : m_access.secrets)
        list += SecretOptions::options(secret, what);
    return list;
}

int ProjectCommand::execute(const QCommandLineParser &parser)
{
    m_hostKeys = HostKeyChoices();
    if (m_access.hostKeyChoices && !readHostKeyChoices(parser, &m_hostKeys))
        return Usage;
    const int early = prepare(parser);
    if (early >= 0)
        return early;
    if (!parser.isSet(QStringLiteral("project")))
        return fail(QStringLiteral("--project P is required"), Usage);
    QString error;
    std::optional<Project> project = Project::load(parser.value(QStringLiteral("project")), &error);
    if (!project)
        return fail(error, Failed);
    ClusterLoader::Result loaded = project->loadCluster();
    if (!report(loaded.diagnostics) && !(m_access.opensInvalidCluster && !loaded.cluster.nodes.isEmpty()))
        return fail(QStringLiteral("nothing done: fix the cluster's errors first"), Failed);
    Opened opened{std::move(*project), std::move(loaded)};
    return executeWithProject(parser, opened);
}

bool ProjectCommand::readSecrets(const QCommandLineParser &parser, const Project &project, InstallSecrets *secrets, bool withAdmin)
{
    QString error;
    if (SecretOptions::readAccess(parser, project, secrets, &error, withAdmin))
        return true;
    fail(error, Failed);
    return false;
}
