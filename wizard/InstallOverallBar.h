#pragma once

#include "exec/NodeProgress.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;

// The whole install at a glance: the plan's steps done of all (every node's step counters of
// every phase added up) and an estimate of the time left from the pace so far.
class InstallOverallBar : public QWidget
{
    Q_OBJECT
public:
    explicit InstallOverallBar(QWidget *parent = nullptr);
    void start(int planSteps); // the clock starts with the install
    // rows: the latest progress per (phase, node), as the install page keeps it.
    void show(const QHash<QString, NodeProgress> &rows);
    void finish(bool ok);
    int doneSteps() const { return m_done; }

private:
    QProgressBar *m_bar;
    QLabel *m_eta;
    QElapsedTimer m_clock;
    int m_total = 0;
    int m_done = 0;
};
