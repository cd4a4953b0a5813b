#include "cli/SecretOptions.h"

#include "project/InstallSecrets.h"
#include "project/Project.h"
#include "util/SecretFile.h"

#include <QFile>

QList<QCommandLineOption> SecretOptions::options(const QString &name, const QString &what)
{
    return {QCommandLineOption(name + QStringLiteral("-file"), QStringLiteral("File holding %1 (default: the project's).").arg(what), QStringLiteral("F")),
            QCommandLineOption(name + QStringLiteral("-env"), QStringLiteral("Environment variable holding %1.").arg(what), QStringLiteral("VAR"))};
}

bool SecretOptions::readFile(const QString &path, QByteArray *secret, QString *error)
{
    return SecretFile::read(path, secret, error);
}

bool SecretOptions::read(const QCommandLineParser &parser, const QString &name, const QString &projectFile, QByteArray *secret, QString *error)
{
    const QString fileOption = name + QStringLiteral("-file");
    const QString envOption = name + QStringLiteral("-env");
    if (parser.isSet(envOption)) {
        const QString var = parser.value(envOption);
        if (!qEnvironmentVariableIsSet(var.toLocal8Bit().constData()) || qEnvironmentVariableIsEmpty(var.toLocal8Bit().constData())) {
            *error = QStringLiteral("--%1 %2: the environment variable is not set or empty").arg(envOption, var);
            return false;
        }
        *secret = qgetenv(var.toLocal8Bit().constData());
        return true;
    }
    if (parser.isSet(fileOption))
        return readFile(parser.value(fileOption), secret, error);
    if (!projectFile.isEmpty())
        return readFile(projectFile, secret, error);
    secret->clear();
    return true;
}

bool SecretOptions::readAccess(const QCommandLineParser &parser, const Project &project, InstallSecrets *secrets, QString *error, bool withAdmin)
{
    return (!withAdmin || read(parser, QStringLiteral("admin-password"), project.resolve(project.adminPasswordFile), &secrets->adminPassword, error))
        && read(parser, QStringLiteral("sudo-password"), project.resolve(project.sudoPasswordFile), &secrets->sudoPassword, error)
        && read(parser, QStringLiteral("ssh-password"), project.resolve(project.sshPasswordFile), &secrets->sshPassword, error);
}
