#pragma once

#include "lab/LabEnvironment.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTextStream>

#include <sys/resource.h>
#include <unistd.h>

// The lab a benchmark runs against, from its "TOPOLOGY STEP_SECONDS WORKDIR" arguments.
// Returns the project path, or an empty string after printing why the lab did not start.
inline QString startBenchLab(const QStringList &args, LabEnvironment::Options *options)
{
    options->topology = args[1];
    options->stepSeconds = args[2];
    options->directory = args[3];
    QString projectPath;
    QStringList progress;
    const QString upError = LabEnvironment::up(*options, &projectPath, &progress);
    if (!upError.isEmpty()) {
        QTextStream(stderr) << upError << '\n';
        return {};
    }
    return projectPath;
}

// The lab's nodes share this machine's cores with the installer; a real cluster's nodes have
// their own. For a benchmark of the installer's side (the GUI's stalls), the lab's processes
// (every process whose command line names the lab directory: sshd, the web servers, HAProxy)
// run at nice 10; what they start later (sessions, simulated installers) inherits it. Never this
// process: its command line names the work directory the lab is in, and on Linux setpriority on
// a pid lowers that thread alone, the GUI thread, which then ran at the lab's nice among the lab
// (perf sched: prio 130, and the threads it started after it inherited that too).
// Returns how many processes were lowered.
inline int lowerLabPriority(const QString &labDirectory)
{
    int lowered = 0;
    const QByteArray mark = QDir(labDirectory).absolutePath().toUtf8();
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const int pid = entry.toInt(&isPid);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!isPid || pid == int(getpid()) || !cmdline.open(QIODevice::ReadOnly) || !cmdline.readAll().contains(mark))
            continue;
        lowered += setpriority(PRIO_PROCESS, id_t(pid), 10) == 0 ? 1 : 0;
    }
    return lowered;
}
