#include "AddNodePage.h"

#include "ClusterSession.h"
#include "day2/NodeExpansion.h"
#include "core/ProfileCatalog.h"
#include "PlanText.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

AddNodePage::AddNodePage(ClusterSession *session)
    : m_session(session)
{
    setObjectName(QStringLiteral("addNodePage"));
    setTitle(tr("Add a node"));
    setSubTitle(tr("Add a frontend or a scan node to the running cluster, as the guide does. Nothing is changed until you install."));

    m_hostname = new QLineEdit;
    m_hostname->setObjectName(QStringLiteral("newNodeHostnameEdit"));
    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("newNodeAddressEdit"));
    m_address->setPlaceholderText(tr("private IP, e.g. 10.0.2.23"));
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("newNodeRoleCombo"));
    m_role->addItem(tr("Additional frontend (ADDITIONAL_FRONTEND)"), int(Profile::AdditionalFrontend));
    m_role->addItem(tr("Scan node (HAProxy and Scheduler only)"), int(Profile::Scan));
    m_site = new QLineEdit;
    m_site->setObjectName(QStringLiteral("newNodeSiteEdit"));
    m_site->setPlaceholderText(tr("optional: site / availability zone"));
    m_sshHost = new QLineEdit;
    m_sshHost->setObjectName(QStringLiteral("newNodeSshHostEdit"));
    m_sshHost->setPlaceholderText(tr("optional: connect here instead of the IP"));
    m_sshPort = new QSpinBox;
    m_sshPort->setObjectName(QStringLiteral("newNodeSshPortSpin"));
    m_sshPort->setRange(0, 65535);
    m_sshPort->setSpecialValueText(tr("default"));
    m_sshUser = new QLineEdit;
    m_sshUser->setObjectName(QStringLiteral("newNodeSshUserEdit"));
    m_sshUser->setPlaceholderText(tr("optional: the project's user"));
    m_show = new QPushButton(tr("&Show what changes"));
    m_show->setObjectName(QStringLiteral("showChangesButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Hostname:"), m_hostname);
    form->addRow(tr("Private IP:"), m_address);
    form->addRow(tr("Site:"), m_site);
    auto *ssh = new QHBoxLayout;
    ssh->addWidget(m_sshHost, 2);
    ssh->addWidget(new QLabel(tr("port")));
    ssh->addWidget(m_sshPort);
    ssh->addWidget(new QLabel(tr("user")));
    ssh->addWidget(m_sshUser, 1);
    form->addRow(tr("SSH:"), ssh);
    form->addRow(QString(), m_show);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("addNodeMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_changes = new QTreeWidget;
    m_changes->setObjectName(QStringLiteral("changesTree"));
    m_changes->setHeaderLabels({tr("Node / file"), tr("Applied"), tr("Why")});
    m_changes->header()->setStretchLastSection(true);
    m_changes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_diff = new QPlainTextEdit;
    m_diff->setObjectName(QStringLiteral("changeDiffView"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_changes);
    split->addWidget(m_diff);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_show, &QPushButton::clicked, this, &AddNodePage::showChanges);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AddNodePage::roleChanged);
    for (QLineEdit *edit : {m_hostname, m_address, m_site, m_sshHost, m_sshUser}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_shownIsCurrent = false;
            Q_EMIT completeChanged();
        });
    }
    connect(m_sshPort, &QSpinBox::valueChanged, this, [this] {
        m_shownIsCurrent = false;
        Q_EMIT completeChanged();
    });
    connect(m_changes, &QTreeWidget::currentItemChanged, this, &AddNodePage::showSelectedChange);
}

void AddNodePage::initializePage()
{
    if (m_hostname->text().isEmpty())
        roleChanged();
    if (m_address->text().isEmpty())
        m_address->setText(m_session->suggestAddress());
}

void AddNodePage::roleChanged()
{
    const bool frontend = Profile(m_role->currentData().toInt()) == Profile::AdditionalFrontend;
    m_hostname->setText(m_session->suggestHostname(frontend ? QStringLiteral("frontend") : QStringLiteral("scan")));
    m_shownIsCurrent = false;
    Q_EMIT completeChanged();
}

void AddNodePage::showChanges()
{
    NodeExpansion::Spec spec;
    spec.hostname = m_hostname->text().trimmed();
    spec.privateIp = m_address->text().trimmed();
    spec.profile = Profile(m_role->currentData().toInt());
    spec.site = m_site->text().trimmed();
    spec.access.host = m_sshHost->text().trimmed();
    spec.access.port = m_sshPort->value();
    spec.access.user = m_sshUser->text().trimmed();
    const QString error = m_session->prepareExpansion(spec);
    m_changes->clear();
    m_diff->clear();
    m_shownIsCurrent = error.isEmpty();
    if (!error.isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->setText(error);
        Q_EMIT completeChanged();
        return;
    }
    const NodeExpansion::Result &r = m_session->expansion();
    QTreeWidgetItem *nodeItem = nullptr;
    for (const NodeExpansion::Change &c : r.changes) {
        if (!nodeItem || nodeItem->text(0) != c.hostname) {
            nodeItem = new QTreeWidgetItem(m_changes, {c.hostname});
            nodeItem->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(nodeItem, {c.what, c.applied ? tr("yes") : tr("no"), c.note});
        item->setData(0, Qt::UserRole, c.diff);
        item->setToolTip(2, c.note);
        if (!c.applied)
            item->setForeground(1, QColor(0x80, 0x80, 0x80));
    }
    QStringList phases;
    for (const PlanPhase &phase : r.plan.phases)
        phases << QStringLiteral("%1. %2").arg(phase.index + 1).arg(PlanText::translated(phase.title));
    QString text = tr("Nodes touched: %1; steps: %2; phases: %3:")
                       .arg(r.plan.nodeCount())
                       .arg(r.plan.stepCount())
                       .arg(r.plan.phases.size())
                   + QLatin1Char(' ') + phases.join(QStringLiteral("; "));
    if (r.resuming)
        text.prepend(tr("%1 is already in the project: an earlier addition resumes where it stopped. ").arg(spec.hostname));
    if (!r.loadBalancerChange.isEmpty())
        text += QLatin1Char('\n') + tr("Load balancer: %1 is written with the other generated files.").arg(r.loadBalancerChange.first().relativePath);
    m_message->setStyleSheet(QString());
    m_message->setText(text);
    if (QTreeWidgetItem *first = m_changes->topLevelItem(0); first && first->childCount() > 0)
        m_changes->setCurrentItem(first->child(0));
    Q_EMIT completeChanged();
}

void AddNodePage::showSelectedChange()
{
    const QTreeWidgetItem *item = m_changes->currentItem();
    m_diff->setPlainText(item ? item->data(0, Qt::UserRole).toString() : QString());
}

bool AddNodePage::isComplete() const
{
    return m_shownIsCurrent && m_session->hasExpansion();
}
