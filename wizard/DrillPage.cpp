#include "DrillPage.h"

#include "ClusterSession.h"
#include "core/ProfileCatalog.h"
#include "FieldWidth.h"
#include "jobs/DrillJob.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

DrillPage::DrillPage(ClusterSession *session)
    : m_session(session)
{
    setObjectName(QStringLiteral("drillPage"));
    setTitle(tr("Failover drills"));
    setSubTitle(tr("Optional: prove the cluster survives losing a frontend, a backend or a whole site. Whatever is stopped is restored, also "
                   "after a failure or a cancel."));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("drillKindCombo"));
    m_kind->addItem(tr("A frontend"), int(HaDrill::Kind::Frontend));
    m_kind->addItem(tr("A backend"), int(HaDrill::Kind::Backend));
    m_kind->addItem(tr("A whole site (stretch clusters)"), int(HaDrill::Kind::Site));
    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("drillTargetCombo"));
    m_entry = new QLineEdit;
    m_entry->setObjectName(QStringLiteral("drillEntryEdit"));
    m_entry->setPlaceholderText(tr("HOST[:PORT] users go through; empty: the VIP or the FQDN"));
    m_failover = new QSpinBox;
    m_failover->setRange(1, 3600);
    m_failover->setValue(30);
    m_failover->setSuffix(tr(" s"));
    FieldWidth::fit(m_failover);
    m_failover->setToolTip(tr("How long the entry point may take to route around the loss."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Stop:"), m_kind);
    form->addRow(tr("&Which:"), m_target);
    form->addRow(tr("&Entry point:"), m_entry);
    form->addRow(tr("&Failover allowed:"), m_failover);

    m_run = new QPushButton(tr("&Run drill"));
    m_run->setObjectName(QStringLiteral("runDrillButton"));
    m_cancel = new QPushButton(tr("&Cancel drill"));
    m_cancel->setObjectName(QStringLiteral("cancelDrillButton"));
    m_cancel->setEnabled(false);
    connect(m_run, &QPushButton::clicked, this, &DrillPage::runDrill);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_session->drill()->cancel();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    m_timeline = new QListWidget;
    m_timeline->setObjectName(QStringLiteral("drillTimeline"));
    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("drillVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_verdict);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DrillPage::fillTargets);
    connect(session->drill(), &DrillJob::event, this, [this](qint64 ms, const QString &text, bool problem) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 s  %2").arg(double(ms) / 1000.0, 6, 'f', 1).arg(text), m_timeline);
        if (problem)
            item->setForeground(QColor(0xb0, 0x00, 0x20));
        m_timeline->scrollToBottom();
    });
    connect(session->drill(), &DrillJob::finished, this, [this](bool passed, bool restored, const QString &verdict) {
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        m_verdict->setStyleSheet(passed && restored ? QStringLiteral("color: #1b5e20; font-weight: bold;") : QStringLiteral("color: #b00020; font-weight: bold;"));
        m_verdict->setText((passed ? tr("PASS: %1") : tr("FAIL: %1")).arg(verdict)
                           + (restored ? QString() : QLatin1Char(' ') + tr("NOT everything could be restored: see the timeline.")));
        Q_EMIT completeChanged();
    });
}

void DrillPage::initializePage()
{
    fillTargets();
}

void DrillPage::fillTargets()
{
    m_target->clear();
    const Cluster &cluster = m_session->cluster();
    switch (HaDrill::Kind(m_kind->currentData().toInt())) {
    case HaDrill::Kind::Frontend:
        for (const Node &n : cluster.frontends())
            m_target->addItem(n.hostname);
        break;
    case HaDrill::Kind::Backend:
        for (const Node &n : cluster.backends())
            m_target->addItem(n.hostname);
        break;
    case HaDrill::Kind::Site:
        m_target->addItems(cluster.sites());
        break;
    }
    m_run->setEnabled(m_target->count() > 0 && !m_session->drill()->isRunning());
}

void DrillPage::runDrill()
{
    m_timeline->clear();
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(tr("Drill running..."));
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_session->drill()->start(HaDrill::Kind(m_kind->currentData().toInt()), m_target->currentText(), m_entry->text().trimmed(), m_failover->value());
    Q_EMIT completeChanged();
}

bool DrillPage::isComplete() const
{
    return !m_session->drill()->isRunning(); // drills are optional; only a running one holds the page
}
