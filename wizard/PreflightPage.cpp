#include "PreflightPage.h"

#include "ClusterSession.h"
#include "jobs/PreflightJob.h"
#include "WrappingItemDelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
using Severity = PreflightFinding::Severity;
constexpr int kSeverityRole = Qt::UserRole + 1;

QColor colorOf(Severity severity)
{
    switch (severity) {
    case Severity::Ok: return QColor(0xc8, 0xe6, 0xc9);
    case Severity::Info: return QColor(0xe3, 0xf2, 0xfd);
    case Severity::Warning: return QColor(0xff, 0xec, 0xb3);
    case Severity::Error: return QColor(0xff, 0xcd, 0xd2);
    }
    return {};
}
} // namespace

PreflightPage::PreflightPage(ClusterSession *session)
    : m_session(session)
{
    setObjectName(QStringLiteral("preflightPage"));
    setTitle(tr("Preflight"));
    setSubTitle(tr("Every node checked in parallel against the guide's requirements. Nothing is changed on the nodes."));
    m_rerun = new QPushButton(tr("&Run again"));
    m_rerun->setObjectName(QStringLiteral("rerunPreflightButton"));
    connect(m_rerun, &QPushButton::clicked, this, &PreflightPage::run);
    // Passed checks are most of the rows; the problems come first, the rest on request.
    m_showPassed = new QCheckBox(tr("Show passed checks"));
    m_showPassed->setObjectName(QStringLiteral("showPassedCheckBox"));
    connect(m_showPassed, &QCheckBox::toggled, this, &PreflightPage::applyFilter);
    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("preflightProgress"));
    m_busy->setMaximumWidth(260);
    m_busy->setFormat(tr("%v of %m nodes checked"));
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("preflightTree"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Node / check"), tr("Result"), tr("Found"), tr("How to fix")});
    // Node/check and result always in full; Found as wide as set, the fix the rest.
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    WrappingItemDelegate::install(m_tree); // a finding and its fix in full
    m_tree->setAlternatingRowColors(false);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("preflightSummary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_rerun);
    bar->addWidget(m_showPassed);
    bar->addStretch(1);
    bar->addWidget(m_busy);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    connect(session->preflight(), &PreflightJob::nodeChecked, this, &PreflightPage::nodeChecked);
    connect(session->preflight(), &PreflightJob::finished, this, &PreflightPage::show);
}

QString PreflightPage::checkName(const QString &check)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("ssh"), QT_TR_NOOP("SSH")},           {QStringLiteral("sudo"), QT_TR_NOOP("sudo")},
        {QStringLiteral("cpu"), QT_TR_NOOP("CPU")},           {QStringLiteral("memory"), QT_TR_NOOP("Memory")},
        {QStringLiteral("disk"), QT_TR_NOOP("Disk")},         {QStringLiteral("os"), QT_TR_NOOP("Operating system")},
        {QStringLiteral("firewall"), QT_TR_NOOP("Firewall")}, {QStringLiteral("installer"), QT_TR_NOOP("Installer")},
        {QStringLiteral("fqdn"), QT_TR_NOOP("FQDN")},         {QStringLiteral("clock"), QT_TR_NOOP("Clock")},
        {QStringLiteral("latency"), QT_TR_NOOP("Latency")},
    };
    const auto it = names.constFind(check);
    return it == names.constEnd() ? check : tr(it.value());
}

QString PreflightPage::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Ok: return tr("ok");
    case Severity::Info: return tr("info");
    case Severity::Warning: return tr("warning");
    case Severity::Error: return tr("error");
    }
    return {};
}

void PreflightPage::initializePage()
{
    if (!m_session->preflight()->hasRun())
        run();
    else
        show();
}

void PreflightPage::run()
{
    m_rerun->setEnabled(false);
    m_tree->clear();
    // A row per node from the first second, each "checking..." until it answers.
    for (const Node &node : m_session->cluster().nodes) {
        QTreeWidgetItem *group = groupFor(node.hostname);
        group->setText(2, tr("checking..."));
    }
    m_busy->setRange(0, int(m_session->cluster().nodes.size()));
    m_busy->setValue(0);
    m_busy->setVisible(true);
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("Checking %n node(s)...", nullptr, int(m_session->cluster().nodes.size())));
    m_session->preflight()->start();
    Q_EMIT completeChanged();
}

QTreeWidgetItem *PreflightPage::groupFor(const QString &node)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == node)
            return m_tree->topLevelItem(i);
    }
    auto *group = new QTreeWidgetItem(m_tree);
    group->setData(0, Qt::UserRole, node);
    group->setText(0, node == PreflightFinding::kAllNodes ? tr("All nodes") : node);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(false);
    group->setExpanded(true);
    return group;
}

void PreflightPage::nodeChecked(const QString &hostname)
{
    const auto &checked = m_session->preflight()->checkedNodes();
    fill(groupFor(hostname), checked.value(hostname));
    m_busy->setValue(int(checked.size()));
    applyFilter();
}

void PreflightPage::fill(QTreeWidgetItem *group, const QList<PreflightFinding> &findings)
{
    qDeleteAll(group->takeChildren());
    int errors = 0, warnings = 0, passed = 0;
    Severity worst = Severity::Ok;
    for (const PreflightFinding &f : findings) {
        auto *item = new QTreeWidgetItem(group, {checkName(f.check), severityName(f.severity), f.detail, f.hint});
        item->setData(0, kSeverityRole, int(f.severity));
        item->setBackground(1, colorOf(f.severity));
        for (int column = 0; column < 4; ++column)
            item->setToolTip(column, item->text(column));
        errors += f.severity == Severity::Error;
        warnings += f.severity == Severity::Warning;
        passed += f.severity == Severity::Ok;
        if (int(f.severity) > int(worst))
            worst = f.severity;
    }
    QStringList parts;
    if (errors)
        parts << tr("%n error(s)", nullptr, errors);
    if (warnings)
        parts << tr("%n warning(s)", nullptr, warnings);
    parts << tr("%n passed", nullptr, passed);
    group->setText(1, severityName(worst == Severity::Info ? Severity::Ok : worst));
    group->setBackground(1, colorOf(worst == Severity::Info ? Severity::Ok : worst));
    group->setText(2, parts.join(QStringLiteral(", ")));
    group->setData(0, kSeverityRole, int(worst));
}

void PreflightPage::show()
{
    m_rerun->setEnabled(true);
    m_busy->setVisible(false);
    const QList<PreflightFinding> &findings = m_session->preflight()->findings();
    // The final list, grouped in the nodes' order, the cluster-wide checks (clock skew) last.
    QStringList order;
    QHash<QString, QList<PreflightFinding>> byNode;
    for (const PreflightFinding &f : findings) {
        if (!byNode.contains(f.node))
            order << f.node;
        byNode[f.node] << f;
    }
    m_tree->clear();
    for (const QString &node : std::as_const(order))
        fill(groupFor(node), byNode.value(node));
    const int errors = int(std::count_if(findings.begin(), findings.end(), [](const PreflightFinding &f) { return f.severity == Severity::Error; }));
    const int warnings = int(std::count_if(findings.begin(), findings.end(), [](const PreflightFinding &f) { return f.severity == Severity::Warning; }));
    const int passed = int(std::count_if(findings.begin(), findings.end(), [](const PreflightFinding &f) { return f.severity == Severity::Ok; }));
    m_showPassed->setText(tr("Show passed checks (%n)", nullptr, passed));
    applyFilter();
    m_tree->header()->resizeSection(2, 420);
    // Warnings are amber, never green: something is left to read.
    m_summary->setStyleSheet(errors ? QStringLiteral("color: #b00020;") : warnings ? QStringLiteral("color: #8a4b00;") : QStringLiteral("color: #1b5e20;"));
    m_summary->setText(errors ? tr("%n error(s) block the install: fix them (see How to fix), then Run again.", nullptr, errors)
                       : warnings ? tr("No errors; %n warning(s) to read before installing.", nullptr, warnings)
                                  : tr("Every check passed."));
    Q_EMIT completeChanged();
}

void PreflightPage::applyFilter()
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        for (int c = 0; c < group->childCount(); ++c)
            group->child(c)->setHidden(!m_showPassed->isChecked() && group->child(c)->data(0, kSeverityRole).toInt() == int(Severity::Ok));
    }
}

bool PreflightPage::isComplete() const
{
    return !m_session->preflight()->isRunning() && m_session->preflight()->passed();
}
