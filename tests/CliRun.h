#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <algorithm>

// The one way the tests run a program: the installer binary as a user (or CI job) would, or a
// real tool that checks our output (openssl, haproxy, shellcheck, ssh...).
struct CliRun {
    int exitCode = -1; // -1: crashed; -2: killed after the timeout
    QString out;       // with merged channels: everything
    QString err;

    struct Options {
        int timeoutMs = 120000;
        QString workingDirectory;
        QByteArray input;           // written to stdin, which is then closed
        bool mergeChannels = false; // stderr into out, in order
        bool withoutDisplay = false; // as on a headless machine: no DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM
    };

    static CliRun program(const QString &program, const QStringList &arguments, const Options &options)
    {
        QProcess p;
        if (options.mergeChannels)
            p.setProcessChannelMode(QProcess::MergedChannels);
        if (!options.workingDirectory.isEmpty())
            p.setWorkingDirectory(options.workingDirectory);
        if (options.withoutDisplay) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
                env.remove(QLatin1String(name));
            p.setProcessEnvironment(env);
        }
        p.start(program, arguments);
        if (!options.input.isEmpty())
            p.write(options.input);
        p.closeWriteChannel();
        if (!p.waitForFinished(options.timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return CliRun{-2, QString::fromUtf8(p.readAllStandardOutput()),
                          QStringLiteral("(killed: still running after %1 s)\n").arg(options.timeoutMs / 1000)
                              + (options.mergeChannels ? QString() : QString::fromUtf8(p.readAllStandardError()))};
        }
        return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                      options.mergeChannels ? QString() : QString::fromUtf8(p.readAllStandardError())};
    }

    static CliRun program(const QString &program, const QStringList &arguments)
    {
        return CliRun::program(program, arguments, Options());
    }

    // The installer binary.
    static CliRun run(const QStringList &arguments, int timeoutMs = 120000)
    {
        Options options;
        options.timeoutMs = timeoutMs;
        return program(QStringLiteral(AGILESEC_BINARY), arguments, options);
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
