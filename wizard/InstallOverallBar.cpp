#include "InstallOverallBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

InstallOverallBar::InstallOverallBar(QWidget *parent)
    : QWidget(parent)
{
    m_bar = new QProgressBar;
    m_bar->setObjectName(QStringLiteral("overallProgress"));
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_eta = new QLabel;
    m_eta->setObjectName(QStringLiteral("overallEta"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("All nodes:")));
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_eta);
}

void InstallOverallBar::start(int planSteps)
{
    m_total = std::max(1, planSteps);
    m_done = 0;
    m_bar->setRange(0, m_total);
    m_bar->setValue(0);
    m_bar->setFormat(tr("%v of %m steps"));
    m_eta->setText(tr("estimating the time left..."));
    m_clock.start();
}

void InstallOverallBar::show(const QHash<QString, NodeProgress> &rows)
{
    int done = 0;
    for (const NodeProgress &p : rows) {
        using S = NodeProgress::State;
        // A finished or skipped row counts all its steps; a running or failed one those before its current step.
        done += p.state == S::Done || p.state == S::Skipped ? p.stepCount : std::max(0, p.stepIndex - 1);
    }
    m_done = std::min(done, m_total);
    m_bar->setValue(m_done);
    const qint64 elapsed = m_clock.isValid() ? m_clock.elapsed() : 0;
    // The pace is a guess until a few steps are behind us.
    if (m_done * 20 >= m_total && elapsed > 3000) {
        const qint64 leftSeconds = elapsed * (m_total - m_done) / std::max(1, m_done) / 1000;
        m_eta->setText(leftSeconds >= 60 ? tr("about %1 min left").arg((leftSeconds + 30) / 60) : tr("under a minute left"));
    }
}

void InstallOverallBar::finish(bool ok)
{
    const qint64 seconds = m_clock.isValid() ? m_clock.elapsed() / 1000 : 0;
    if (ok)
        m_bar->setValue(m_total);
    m_eta->setText(ok ? tr("done in %1 min %2 s").arg(seconds / 60).arg(seconds % 60) : tr("stopped after %1 min %2 s").arg(seconds / 60).arg(seconds % 60));
}
