#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the installer binary as a user (or CI job) would, for the tests that drive the CLI.
struct CliRun {
    int exitCode = -1; // -1: crashed; -2: killed after the timeout
    QString out;
    QString err;

    static CliRun run(const QStringList &arguments, int timeoutMs = 120000)
    {
        QProcess p;
        p.start(QStringLiteral(AGILESEC_BINARY), arguments);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return CliRun{-2, QString::fromUtf8(p.readAllStandardOutput()),
                          QStringLiteral("(killed: still running after %1 s)\n").arg(timeoutMs / 1000) + QString::fromUtf8(p.readAllStandardError())};
        }
        return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                      QString::fromUtf8(p.readAllStandardError())};
    }

    // For failure messages: the exit code, stderr and the end of stdout (where the failure is),
    // short enough that a CI log shows all of it.
    QByteArray describe() const
    {
        const QStringList lines = out.split(QLatin1Char('\n'));
        return QStringLiteral("exit %1\nstderr:\n%2\nend of stdout:\n%3")
            .arg(exitCode)
            .arg(err, lines.mid(std::max<qsizetype>(0, lines.size() - 30)).join(QLatin1Char('\n')))
            .toUtf8();
    }
};
