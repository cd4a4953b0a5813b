#include "RotationView.h"

#include "StatusTable.h"
#include "jobs/MaintenanceJob.h"

#include <QLabel>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

RotationView::RotationView(MaintenanceJob *job, QWidget *parent)
    : QWidget(parent)
    , m_job(job)
{
    m_table = new StatusTable(QStringLiteral("rotationTable"), {tr("Frontend"), tr("LB node"), tr("State"), tr("Sessions")});
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("rotationNote"));
    m_note->setWordWrap(true);
    auto *refresh = new QPushButton(tr("Ask the &load balancer"));
    refresh->setObjectName(QStringLiteral("refreshRotationButton"));
    connect(refresh, &QPushButton::clicked, job, &MaintenanceJob::refreshRotation);
    connect(job, &MaintenanceJob::rotationChanged, this, &RotationView::showView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("The load balancer's own view:")));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    layout->addWidget(refresh, 0, Qt::AlignLeft);
}

void RotationView::showView()
{
    static const QColor up(0xc8, 0xe6, 0xc9), out(0xff, 0xe0, 0xb2), down(0xff, 0xcd, 0xd2);
    const QList<RotationControl::ServerView> &view = m_job->rotation();
    m_table->setRowCount(int(view.size()));
    for (int row = 0; row < view.size(); ++row) {
        const RotationControl::ServerView &v = view[row];
        const bool maintained = v.status.startsWith(QLatin1String("DRAIN")) || v.status.startsWith(QLatin1String("MAINT"));
        m_table->setRow(row, {v.server, v.lb, v.status, v.sessions < 0 ? QStringLiteral("?") : QString::number(v.sessions)},
                        v.status == QLatin1String("UP") ? up : maintained ? out : down);
    }
    const QString error = m_job->rotationError();
    m_note->setText(error.isEmpty() ? tr("Asked at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))) : error);
}
