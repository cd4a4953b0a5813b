#pragma once

#include <QHash>
#include <QObject>
#include <QTextStream>

class InstallExecutor;
struct NodeProgress;

// Prints an install's events as lines a person can follow in a terminal (and a script can
// grep): phases, each node's steps and output, Kafka restarts, failures and the summary.
class ProgressPrinter : public QObject
{
    Q_OBJECT
public:
    ProgressPrinter(InstallExecutor *executor, bool showOutput, QTextStream &out, QTextStream &err);
    // The lines themselves, for installs not run by the executor (install --engine ansible).
    static QString phaseLine(int index, int phases, const QString &title);
    static QString phaseEndLine(int index, bool ok);
    static QString stepStartLine(const NodeProgress &progress);
    static QString stepEndLine(const QString &hostname, const QString &title, bool ok, bool alreadyDone, const QString &message);

private:
    static QString stamp(); // HH:mm:ss, local time
    QTextStream &m_out;
    QTextStream &m_err;
    QHash<QString, QString> m_lastStep; // per node, so each step is announced once
};
