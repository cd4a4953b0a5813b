#pragma once

#include <QHash>
#include <QObject>
#include <QTextStream>

class InstallExecutor;

// Prints an install's events as lines a person can follow in a terminal (and a script can
// grep): phases, each node's steps and output, Kafka restarts, failures and the summary.
class ProgressPrinter : public QObject
{
    Q_OBJECT
public:
    ProgressPrinter(InstallExecutor *executor, bool showOutput, QTextStream &out, QTextStream &err);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QHash<QString, QString> m_lastStep; // per node, so each step is announced once
};
