#include "VerifyPage.h"

#include "ClusterSession.h"
#include "jobs/VerifyJob.h"
#include "TopologyMap.h"
#include "WrappingItemDelegate.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
const QColor kGood(0xc8, 0xe6, 0xc9);
const QColor kBad(0xff, 0xcd, 0xd2);
} // namespace

VerifyPage::VerifyPage(ClusterSession *session)
    : m_session(session)
{
    setObjectName(QStringLiteral("verifyPage"));
    setTitle(tr("Verify"));
    setSubTitle(tr("Every node's services against its profile, and health as users see it: real TLS, trusting only the cluster's CA."));

    m_services = new QTreeWidget;
    m_services->setObjectName(QStringLiteral("serviceTree"));
    m_services->setHeaderLabels({tr("Node / service"), tr("Expected"), tr("Actual")});
    // The key columns sized to what they hold; Actual takes the rest, never scrolled out.
    m_services->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_services->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_services->header()->setStretchLastSection(true);
    m_health = new QTreeWidget;
    m_health->setObjectName(QStringLiteral("healthTree"));
    m_health->setHeaderLabels({tr("Target"), tr("Check"), tr("Result"), tr("Detail")});
    m_health->setRootIsDecorated(false);
    for (int column = 0; column < 3; ++column)
        m_health->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_health->header()->setStretchLastSection(true);
    WrappingItemDelegate::install(m_health); // a detail in full, on as many lines as it needs
    m_map = new TopologyMap;
    m_map->setObjectName(QStringLiteral("verifyMap"));

    m_refresh = new QPushButton(tr("&Refresh now"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refresh, &QPushButton::clicked, this, &VerifyPage::refresh);
    m_live = new QCheckBox(tr("Refresh every %1 s").arg(kRefreshSeconds));
    m_live->setObjectName(QStringLiteral("liveRefreshCheck"));
    m_live->setChecked(true);
    m_via = new QLineEdit;
    m_via->setObjectName(QStringLiteral("entryPointEdit"));
    m_via->setPlaceholderText(tr("HOST[:PORT]; empty: the VIP or the FQDN"));
    m_via->setMinimumWidth(m_via->fontMetrics().horizontalAdvance(m_via->placeholderText()) + 16);
    m_via->setToolTip(tr("Where users come in, for the health checks through the load balancer or DNS."));
    connect(m_via, &QLineEdit::returnPressed, this, &VerifyPage::refresh);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("verifySummary"));
    m_summary->setWordWrap(true);
    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshSeconds * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_live->isChecked() && !m_session->verify()->isRunning())
            refresh();
    });

    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_map);
    right->addWidget(m_health);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_services);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *top = new QHBoxLayout;
    top->addWidget(m_refresh);
    top->addWidget(m_live);
    auto *viaLabel = new QLabel(tr("&Entry point:"));
    viaLabel->setBuddy(m_via);
    top->addWidget(viaLabel);
    top->addWidget(m_via);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    connect(session->verify(), &VerifyJob::finished, this, &VerifyPage::show);
}

void VerifyPage::initializePage()
{
    m_map->setCluster(m_session->cluster());
    refresh();
    m_timer->start();
}

void VerifyPage::cleanupPage()
{
    m_timer->stop();
}

void VerifyPage::refresh()
{
    m_refresh->setEnabled(false);
    m_summary->setStyleSheet(QString()); // asking is neither good nor bad news
    m_summary->setText(tr("Asking every node for its services, and checking health..."));
    m_session->verify()->start(true, m_via->text().trimmed());
}

void VerifyPage::show()
{
    m_refresh->setEnabled(true);
    // Keep which nodes the user expanded.
    QSet<QString> expanded;
    for (int i = 0; i < m_services->topLevelItemCount(); ++i) {
        if (m_services->topLevelItem(i)->isExpanded())
            expanded << m_services->topLevelItem(i)->text(0);
    }
    const bool first = m_services->topLevelItemCount() == 0;
    m_services->clear();
    const QList<NodeServiceReport> &reports = m_session->verify()->reports();
    for (const NodeServiceReport &r : reports) {
        auto *node = new QTreeWidgetItem(m_services, {r.hostname, QString::number(r.expected.size()), r.summary()});
        node->setBackground(2, r.ok() ? kGood : kBad);
        for (const QString &name : r.expected) {
            QString status = tr("missing");
            for (const ServiceStatus &s : r.actual) {
                if (s.name == name)
                    status = s.status;
            }
            auto *service = new QTreeWidgetItem(node, {name, tr("Running"), status});
            service->setBackground(2, status.compare(QLatin1String("Running"), Qt::CaseInsensitive) == 0 ? kGood : kBad);
        }
        for (const QString &name : r.unexpected())
            new QTreeWidgetItem(node, {name, tr("(not expected)"), tr("listed")});
        node->setExpanded(first ? !r.ok() : expanded.contains(r.hostname));
    }
    m_health->clear();
    for (const ClusterHealth::Check &c : m_session->verify()->health()) {
        auto *item = new QTreeWidgetItem(m_health, {c.target, c.check, c.ok ? tr("OK") : tr("FAILED"), c.detail});
        item->setBackground(2, c.ok ? kGood : kBad);
        item->setToolTip(3, c.detail);
    }
    m_map->setHealth(m_session->verify()->nodeHealth());
    const int healthyNodes = m_session->verify()->nodesRunningAll();
    const int healthFailures = int(m_session->verify()->health().size()) - m_session->verify()->checksPassed();
    const bool ok = healthyNodes == reports.size() && healthFailures == 0 && !reports.isEmpty();
    m_summary->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_summary->setText(tr("%1 of %2 node(s) run every service; %n health check(s) failed. Checked at %3.", nullptr, healthFailures)
                           .arg(healthyNodes)
                           .arg(reports.size())
                           .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    Q_EMIT completeChanged();
}

bool VerifyPage::isComplete() const
{
    // Finishing is allowed with problems (they are reported); not before the first answer.
    return !m_session->verify()->reports().isEmpty();
}
