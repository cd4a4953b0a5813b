#pragma once

#include <QByteArray>
#include <QCommandLineParser>
#include <QList>
#include <QString>

// A password given on the command line only by where it is: --NAME-file F or --NAME-env VAR,
// else the file the project names. The password itself never appears in arguments.
class SecretOptions
{
public:
    // --NAME-file and --NAME-env for a secret described as what ("the sudo password").
    static QList<QCommandLineOption> options(const QString &name, const QString &what);
    // Reads it; an empty result with no error means none was given. projectFile is already
    // resolved (absolute) or empty.
    static bool read(const QCommandLineParser &parser, const QString &name, const QString &projectFile, QByteArray *secret, QString *error);
    // The SSH and sudo passwords (and the admin password when withAdmin), each from its options
    // or the project's secret files; the options must have been added.
    static bool readAccess(const QCommandLineParser &parser, const class Project &project, struct InstallSecrets *secrets, QString *error,
                           bool withAdmin = false);
    // The whole file less one trailing newline; false (error set) when unreadable or empty.
    static bool readFile(const QString &path, QByteArray *secret, QString *error);
};
