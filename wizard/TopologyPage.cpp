#include "TopologyPage.h"

#include "ClusterSession.h"
#include "core/ProfileCatalog.h"
#include "TopologyMap.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

TopologyPage::TopologyPage(ClusterSession *session)
    : m_session(session)
{
    setObjectName(QStringLiteral("topologyPage"));
    setTitle(tr("Topology"));
    setSubTitle(tr("The nodes of the cluster, their roles and sites. Scan nodes are installed with the primary backend's env file."));

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("nodeTable"));
    m_table->setHorizontalHeaderLabels({tr("Hostname"), tr("Private IP"), tr("Profile"), tr("Site / AZ"), tr("SSH host"), tr("SSH port"), tr("SSH user"), tr("SSH via (ProxyJump)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setToolTip(tr("Double-click a cell to edit. SSH host, port, user and jump hosts are optional per-node overrides of the Access page's defaults."));
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            pushTable();
    });

    auto *add = new QPushButton(tr("&Add node"));
    add->setObjectName(QStringLiteral("addNodeButton"));
    connect(add, &QPushButton::clicked, this, &TopologyPage::addNode);
    auto *duplicate = new QPushButton(tr("&Duplicate"));
    duplicate->setObjectName(QStringLiteral("duplicateNodeButton"));
    connect(duplicate, &QPushButton::clicked, this, [this] { duplicateNode(m_table->currentRow()); });
    auto *remove = new QPushButton(tr("&Remove"));
    remove->setObjectName(QStringLiteral("removeNodeButton"));
    connect(remove, &QPushButton::clicked, this, [this] { removeNode(m_table->currentRow()); });
    auto *paste = new QPushButton(tr("&Paste IPs..."));
    paste->setObjectName(QStringLiteral("pasteIpsButton"));
    paste->setToolTip(tr("One node per line: IP, optionally followed by hostname, profile and site."));
    connect(paste, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, tr("Paste IPs"), tr("One node per line: IP [HOSTNAME [PROFILE [SITE]]]"), QString(), &ok);
        if (ok)
            pasteNodes(text);
    });
    auto *templates = new QToolButton;
    templates->setObjectName(QStringLiteral("templateButton"));
    templates->setText(tr("&Template"));
    templates->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(templates);
    for (const auto &[label, topology] : {std::pair{tr("3 nodes"), QStringLiteral("3")}, std::pair{tr("4 nodes"), QStringLiteral("4")},
                                          std::pair{tr("7 nodes, stretch"), QStringLiteral("7")}}) {
        menu->addAction(label, this, [this, topology = topology] { m_session->newFromTemplate(topology); });
    }
    templates->setMenu(menu);
    auto *buttons = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{add, duplicate, remove, paste, templates})
        buttons->addWidget(w);
    buttons->addStretch(1);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("topologySummary"));
    m_summary->setWordWrap(true);
    m_findings = new QListWidget;
    m_findings->setObjectName(QStringLiteral("findingsList"));
    m_findings->setToolTip(tr("Select a finding to select its node."));
    m_findings->setWordWrap(true); // each message in full, never cut at the list's edge
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findings->setResizeMode(QListView::Adjust);
    connect(m_findings, &QListWidget::currentRowChanged, this, &TopologyPage::selectDiagnostic);

    m_map = new TopologyMap;
    connect(m_map, &TopologyMap::nodeClicked, this, [this](const QString &hostname) {
        if (rowOf(hostname) >= 0)
            m_table->selectRow(rowOf(hostname));
    });
    m_failSite = new QComboBox;
    m_failSite->setObjectName(QStringLiteral("failSiteCombo"));
    m_failSite->setToolTip(tr("Show what losing one whole site does to quorum, data and users."));
    connect(m_failSite, &QComboBox::currentIndexChanged, this, [this] { m_map->setFailedSite(m_failSite->currentData().toString()); });
    auto *mapBox = new QWidget;
    auto *mapLayout = new QVBoxLayout(mapBox);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    auto *failRow = new QHBoxLayout;
    failRow->addWidget(new QLabel(tr("What if this site fails:")));
    failRow->addWidget(m_failSite, 1);
    mapLayout->addLayout(failRow);
    mapLayout->addWidget(m_map, 1);

    auto *lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(m_findings);
    lower->addWidget(mapBox);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical);
    auto *upper = new QWidget;
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(buttons);
    upperLayout->addWidget(m_table);
    split->addWidget(upper);
    split->addWidget(lower);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    connect(session, &ClusterSession::changed, this, &TopologyPage::refresh);
}

void TopologyPage::initializePage()
{
    refresh();
}

bool TopologyPage::isComplete() const
{
    return m_session->hasCluster() && m_session->result().ok();
}

void TopologyPage::refresh()
{
    if (m_filling)
        return;
    fillTable();
    m_findings->clear();
    const ClusterLoader::Result &r = m_session->result();
    QHash<QString, bool> wrong; // hostname -> false: its map box red
    const QSignalBlocker marking(m_table); // a cell marked red is no edit
    for (const Diagnostic &d : r.diagnostics) {
        // Plain words in the list; where in the file it is, in the tooltip.
        auto *item = new QListWidgetItem((d.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(d.message), m_findings);
        item->setForeground(d.isError() ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x5a, 0x00));
        item->setData(Qt::UserRole, d.node);
        item->setToolTip(d.format());
        const int row = rowOfFinding(d.node);
        if (row >= 0 && d.isError()) {
            if (QTableWidgetItem *cell = m_table->item(row, columnOf(d.key))) {
                cell->setBackground(QColor(0xff, 0xcd, 0xd2));
                cell->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical)); // still seen when its row is selected
                cell->setToolTip(d.message);
                m_table->resizeColumnToContents(cell->column()); // the value beside its icon, not elided
            }
            wrong.insert(m_table->item(row, Hostname)->text(), false);
        }
    }
    const int errors = Diagnostic::count(r.diagnostics, Diagnostic::Severity::Error);
    const int warnings = Diagnostic::count(r.diagnostics, Diagnostic::Severity::Warning);
    m_summary->setText(errors ? tr("%n error(s) to fix before you can go on.", nullptr, errors) + QLatin1Char(' ') + tr("%n warning(s).", nullptr, warnings)
                              : tr("Valid: %1 node(s), %2 site(s). %n warning(s).", nullptr, warnings)
                                    .arg(r.cluster.nodes.size())
                                    .arg(std::max<qsizetype>(1, r.cluster.sites().size())));
    m_summary->setStyleSheet(errors ? QStringLiteral("color: #b00020;") : QString());
    m_map->setCluster(r.cluster);
    m_map->setHealth(wrong);
    const QString selectedSite = m_failSite->currentData().toString();
    m_failSite->blockSignals(true);
    m_failSite->clear();
    m_failSite->addItem(tr("(no failure)"), QString());
    for (const QString &site : r.cluster.sites())
        m_failSite->addItem(site, site);
    m_failSite->setCurrentIndex(std::max(0, m_failSite->findData(selectedSite)));
    m_failSite->blockSignals(false);
    m_map->setFailedSite(m_failSite->currentData().toString());
    Q_EMIT completeChanged();
}

void TopologyPage::addRow(int row, const QString &hostname, const QString &ip, const QString &profile, const QString &site, const NodeAccess &access)
{
    m_table->insertRow(row);
    m_table->setItem(row, Hostname, new QTableWidgetItem(hostname));
    m_table->setItem(row, PrivateIp, new QTableWidgetItem(ip));
    m_table->setItem(row, Site, new QTableWidgetItem(site));
    m_table->setItem(row, SshHost, new QTableWidgetItem(access.host));
    m_table->setItem(row, SshPort, new QTableWidgetItem(access.port > 0 ? QString::number(access.port) : QString()));
    m_table->setItem(row, SshUser, new QTableWidgetItem(access.user));
    auto *jump = new QTableWidgetItem(access.proxyJump);
    jump->setToolTip(tr("Jump hosts as ssh -J takes them: [user@]host[:port], nearest first, separated by commas; \"none\" for a direct "
                        "connection. Empty: the Access page's."));
    m_table->setItem(row, SshJump, jump);
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("profileCombo%1").arg(row));
    for (Profile p : ProfileCatalog::all())
        combo->addItem(ProfileCatalog::name(p));
    combo->setCurrentText(profile);
    connect(combo, &QComboBox::currentTextChanged, this, [this] {
        if (!m_filling)
            pushTable();
    });
    m_table->setCellWidget(row, ProfileColumn, combo);
}

void TopologyPage::fillTable()
{
    m_filling = true;
    const int current = m_table->currentRow();
    m_table->setRowCount(0);
    const Project &project = m_session->project();
    int row = 0;
    for (const Node &node : m_session->cluster().nodes) {
        const NodeAccess a = project.nodes.value(node.hostname);
        addRow(row++, node.hostname, node.privateIp, node.profile ? ProfileCatalog::name(*node.profile) : QString(), node.site, a);
    }
    m_table->resizeColumnsToContents();
    if (current >= 0 && current < m_table->rowCount())
        m_table->selectRow(current);
    m_filling = false;
}

void TopologyPage::pushTable()
{
    QList<Node> nodes;
    QHash<QString, NodeAccess> access;
    const QList<Node> &before = m_session->cluster().nodes;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [&](int column) { return m_table->item(row, column) ? m_table->item(row, column)->text().trimmed() : QString(); };
        Node node;
        // Keep the block a row came from, so edits rewrite that block in place.
        if (row < before.size())
            node = before.at(row);
        node.hostname = text(Hostname);
        node.privateIp = text(PrivateIp);
        node.site = text(Site);
        node.profile = ProfileCatalog::fromName(static_cast<QComboBox *>(m_table->cellWidget(row, ProfileColumn))->currentText());
        if (node.profile && *node.profile == Profile::Scan)
            node.blockPrefix.clear();
        // What the table does not show (key file, directories) stays as the project had it.
        NodeAccess a = m_session->project().nodes.value(row < before.size() ? before.at(row).hostname : node.hostname);
        a.host = text(SshHost);
        a.port = text(SshPort).toInt();
        a.user = text(SshUser);
        a.proxyJump = text(SshJump);
        if (a != NodeAccess{})
            access.insert(node.hostname, a);
        nodes << node;
    }
    m_filling = true; // the session's change comes back while this table is already right
    m_session->setNodes(nodes, access);
    m_filling = false;
    refresh();
}

QString TopologyPage::nextFreeAddress() const
{
    // After the highest IPv4 address in use, the first free one: usually the next machine of
    // the same subnet. A node without an IP could not be kept in the config at all.
    QSet<quint32> used;
    quint32 highest = 0;
    for (const Node &node : m_session->cluster().nodes) {
        const QHostAddress address(node.privateIp);
        bool ok = false;
        const quint32 v4 = address.toIPv4Address(&ok);
        if (ok) {
            used.insert(v4);
            highest = std::max(highest, v4);
        }
    }
    if (highest == 0)
        return {};
    quint32 candidate = highest + 1;
    while (used.contains(candidate) || (candidate & 0xff) == 0 || (candidate & 0xff) == 0xff)
        ++candidate;
    return QHostAddress(candidate).toString();
}

void TopologyPage::addNode()
{
    int n = 1;
    while (m_session->cluster().findByHostname(QStringLiteral("frontend-%1").arg(n)))
        ++n;
    const QString hostname = QStringLiteral("frontend-%1").arg(n);
    m_filling = true;
    addRow(m_table->rowCount(), hostname, nextFreeAddress(), ProfileCatalog::name(Profile::AdditionalFrontend), m_session->cluster().sites().value(0), {});
    m_filling = false;
    pushTable();
    // A re-enabled template block keeps its place in the config, so find the row by name.
    const int row = rowOf(hostname);
    if (row >= 0) {
        m_table->setCurrentCell(row, PrivateIp);
        m_table->editItem(m_table->item(row, PrivateIp));
    }
}

int TopologyPage::rowOf(const QString &hostname) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Hostname) && m_table->item(row, Hostname)->text() == hostname)
            return row;
    }
    return -1;
}

void TopologyPage::duplicateNode(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    const auto text = [&](int column) { return m_table->item(row, column)->text(); };
    const QString profile = static_cast<QComboBox *>(m_table->cellWidget(row, ProfileColumn))->currentText();
    // A copy of a primary would make two primaries: the copy is the additional kind.
    QString copyProfile = profile;
    if (profile == ProfileCatalog::name(Profile::PrimaryFullBackend))
        copyProfile = ProfileCatalog::name(Profile::FullBackend);
    else if (profile == ProfileCatalog::name(Profile::PrimaryFrontend))
        copyProfile = ProfileCatalog::name(Profile::AdditionalFrontend);
    m_filling = true;
    NodeAccess copied = m_session->project().nodes.value(text(Hostname));
    copied.host.clear(); // the copy is another machine
    addRow(m_table->rowCount(), text(Hostname) + QStringLiteral("-copy"), nextFreeAddress(), copyProfile, text(Site), copied);
    m_filling = false;
    pushTable();
}

void TopologyPage::removeNode(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_filling = true;
    m_table->removeRow(row);
    m_filling = false;
    // The removed node's block is commented out in the config (values kept), not deleted.
    QList<Node> nodes;
    QHash<QString, NodeAccess> access = m_session->project().nodes;
    const QList<Node> &before = m_session->cluster().nodes;
    for (int i = 0; i < before.size(); ++i) {
        if (i != row)
            nodes << before.at(i);
    }
    access.remove(before.value(row).hostname);
    m_session->setNodes(nodes, access);
}

void TopologyPage::pasteNodes(const QString &text)
{
    int row = 0;
    m_filling = true;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.isEmpty())
            continue;
        if (row >= m_table->rowCount())
            addRow(row, QStringLiteral("node-%1").arg(row + 1), fields.at(0), ProfileCatalog::name(Profile::AdditionalFrontend), QString(), {});
        m_table->item(row, PrivateIp)->setText(fields.at(0));
        if (fields.size() > 1)
            m_table->item(row, Hostname)->setText(fields.at(1));
        if (fields.size() > 2)
            static_cast<QComboBox *>(m_table->cellWidget(row, ProfileColumn))->setCurrentText(fields.at(2).toUpper());
        if (fields.size() > 3)
            m_table->item(row, Site)->setText(fields.at(3));
        ++row;
    }
    m_filling = false;
    pushTable();
}

void TopologyPage::selectDiagnostic()
{
    QListWidgetItem *item = m_findings->currentItem();
    if (item && rowOfFinding(item->data(Qt::UserRole).toString()) >= 0)
        m_table->selectRow(rowOfFinding(item->data(Qt::UserRole).toString()));
}

int TopologyPage::rowOfFinding(const QString &node) const
{
    for (const Node &n : m_session->cluster().nodes) {
        if (!node.isEmpty() && (n.hostname == node || n.blockPrefix == node))
            return rowOf(n.hostname);
    }
    return -1;
}

int TopologyPage::columnOf(const QString &key)
{
    // The config's keys end in what they set: backend1_node_ip, frontend2_node_hostname, ...
    if (key.endsWith(QLatin1String("_ip")))
        return PrivateIp;
    if (key.endsWith(QLatin1String("_profile")) || key.endsWith(QLatin1String("_type")))
        return ProfileColumn;
    if (key.contains(QLatin1String("site")) || key.endsWith(QLatin1String("_az")))
        return Site;
    return Hostname;
}
