#include "ExternalAccessPage.h"

#include "ClusterSession.h"
#include "FieldWidth.h"
#include "util/NetworkNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QLineEdit *lineEdit(const QString &name, const QString &placeholder = {})
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}
} // namespace

ExternalAccessPage::ExternalAccessPage(ClusterSession *session)
    : m_session(session)
{
    setObjectName(QStringLiteral("externalAccessPage"));
    setTitle(tr("External access"));
    setSubTitle(tr("The name users and sensors reach the platform by, and what sends them to the frontends."));

    m_hostname = lineEdit(QStringLiteral("analyticsHostnameEdit"), QStringLiteral("agilesec"));
    m_domain = lineEdit(QStringLiteral("analyticsDomainEdit"), QStringLiteral("example.com"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("frontendPortSpin"));
    m_port->setRange(1, 65535);
    m_mode = new QComboBox;
    m_mode->setObjectName(QStringLiteral("externalModeCombo"));
    m_mode->addItem(tr("None: /etc/hosts entries or your own DNS"), int(ExternalAccess::Mode::None));
    m_mode->addItem(tr("DNS multi-value records (Route 53)"), int(ExternalAccess::Mode::Dns));
    m_mode->addItem(tr("L4 load balancer (AWS NLB)"), int(ExternalAccess::Mode::L4));
    m_mode->addItem(tr("L7 load balancer (Azure Application Gateway)"), int(ExternalAccess::Mode::L7));
    m_mode->addItem(tr("On-prem HAProxy + Keepalived with a virtual IP"), int(ExternalAccess::Mode::OnPrem));

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("externalModeStack"));
    for (QWidget *fields : {noneFields(), dnsFields(), l4Fields(), l7Fields(), onPremFields()}) // in the mode combo's order
        m_stack->addWidget(fields);

    auto *form = new QFormLayout;
    form->addRow(tr("Analytics &hostname:"), m_hostname);
    form->addRow(tr("Analytics &domain:"), m_domain);
    form->addRow(tr("&Frontend port:"), m_port);
    form->addRow(tr("DNS / &load balancer:"), m_mode);
    m_entry = new QLabel;
    m_entry->setObjectName(QStringLiteral("entryPointLabel"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("externalProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_stack); // as tall as the chosen mode's fields: no gaps between them
    layout->addWidget(m_entry);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connectFields();
}

QWidget *ExternalAccessPage::noneFields()
{
    // None: the guide's /etc/hosts fallback.
    auto *none = new QWidget;
    auto *noneForm = new QFormLayout(none);
    m_etcHosts = new QCheckBox(tr("Add \"<ip> <fqdn>\" to every node's /etc/hosts (the guide's fallback when DNS does not resolve the FQDN)"));
    m_etcHosts->setObjectName(QStringLiteral("etcHostsCheck"));
    m_hostsTarget = lineEdit(QStringLiteral("hostsTargetEdit"), tr("empty: the first frontend"));
    noneForm->addRow(m_etcHosts);
    noneForm->addRow(tr("Backends resolve the FQDN to:"), m_hostsTarget);
    return none;
}

QWidget *ExternalAccessPage::dnsFields()
{
    // DNS multi-value records (Route 53).
    auto *dns = new QWidget;
    auto *dnsForm = new QFormLayout(dns);
    m_zone = lineEdit(QStringLiteral("hostedZoneEdit"), QStringLiteral("Z0123456789ABC"));
    m_ttl = new QSpinBox;
    m_ttl->setRange(1, 86400);
    dnsForm->addRow(tr("Hosted zone ID:"), m_zone);
    dnsForm->addRow(tr("TTL (s):"), m_ttl);
    m_route53HealthChecks = new QCheckBox(tr("An HTTPS health check on /health-check per record (public addresses only)"));
    m_route53HealthChecks->setObjectName(QStringLiteral("route53HealthChecksCheck"));
    m_route53HealthChecks->setToolTip(tr("Without one, DNS keeps answering with a frontend that is down. Route 53's checkers cannot reach "
                                         "private addresses; those records get none."));
    dnsForm->addRow(QString(), m_route53HealthChecks);
    return dns;
}

QWidget *ExternalAccessPage::l4Fields()
{
    // An L4 load balancer (AWS NLB).
    auto *l4 = new QWidget;
    auto *l4Form = new QFormLayout(l4);
    m_awsVpc = lineEdit(QStringLiteral("awsVpcEdit"), QStringLiteral("vpc-..."));
    m_awsSubnets = lineEdit(QStringLiteral("awsSubnetsEdit"), QStringLiteral("subnet-a,subnet-b"));
    m_awsSg = lineEdit(QStringLiteral("awsSgEdit"), QStringLiteral("sg-..."));
    m_awsFrontendSg = lineEdit(QStringLiteral("awsFrontendSgEdit"), QStringLiteral("sg-..."));
    m_l4Cidr = lineEdit(QStringLiteral("l4CidrEdit"), QStringLiteral("10.0.0.0/24"));
    l4Form->addRow(tr("VPC:"), m_awsVpc);
    l4Form->addRow(tr("Subnets:"), m_awsSubnets);
    l4Form->addRow(tr("LB security group:"), m_awsSg);
    l4Form->addRow(tr("Frontend security group:"), m_awsFrontendSg);
    l4Form->addRow(tr("LB subnet CIDR (firewall):"), m_l4Cidr);
    return l4;
}

QWidget *ExternalAccessPage::l7Fields()
{
    // An L7 load balancer (Azure Application Gateway).
    auto *l7 = new QWidget;
    auto *l7Form = new QFormLayout(l7);
    m_azureGroup = lineEdit(QStringLiteral("azureGroupEdit"));
    m_azureLocation = lineEdit(QStringLiteral("azureLocationEdit"), QStringLiteral("westeurope"));
    m_azureVnet = lineEdit(QStringLiteral("azureVnetEdit"));
    m_azureSubnet = lineEdit(QStringLiteral("azureSubnetEdit"));
    m_azureNsg = lineEdit(QStringLiteral("azureNsgEdit"));
    m_azureGateway = lineEdit(QStringLiteral("azureGatewayEdit"));
    m_l7Cidr = lineEdit(QStringLiteral("l7CidrEdit"), QStringLiteral("10.0.1.0/24"));
    l7Form->addRow(tr("Resource group:"), m_azureGroup);
    l7Form->addRow(tr("Location:"), m_azureLocation);
    l7Form->addRow(tr("Virtual network:"), m_azureVnet);
    l7Form->addRow(tr("Gateway subnet:"), m_azureSubnet);
    l7Form->addRow(tr("Network security group:"), m_azureNsg);
    l7Form->addRow(tr("Gateway name:"), m_azureGateway);
    l7Form->addRow(tr("Gateway subnet CIDR (firewall):"), m_l7Cidr);
    return l7;
}

QWidget *ExternalAccessPage::onPremFields()
{
    // On-prem HAProxy + Keepalived with a virtual IP.
    auto *onprem = new QWidget;
    auto *onpremForm = new QFormLayout(onprem);
    m_vip = lineEdit(QStringLiteral("vipEdit"), QStringLiteral("10.0.0.100"));
    FieldWidth::fit(m_vip, QStringLiteral("0000:0000:0000:0000::0000"));
    m_lbNodes = new QTableWidget(0, 3);
    m_lbNodes->setObjectName(QStringLiteral("lbNodeTable"));
    m_lbNodes->setHorizontalHeaderLabels({tr("LB hostname"), tr("Address"), tr("Interface")});
    m_lbNodes->horizontalHeader()->setStretchLastSection(true);
    m_lbNodes->setMaximumHeight(110);
    auto *addLb = new QPushButton(tr("Add LB node"));
    addLb->setObjectName(QStringLiteral("addLbNodeButton"));
    auto *removeLb = new QPushButton(tr("Remove"));
    connect(addLb, &QPushButton::clicked, this, [this] {
        const int row = m_lbNodes->rowCount();
        m_loading = true;
        m_lbNodes->insertRow(row);
        m_lbNodes->setItem(row, 0, new QTableWidgetItem(QStringLiteral("lb-%1").arg(row + 1)));
        m_lbNodes->setItem(row, 1, new QTableWidgetItem);
        m_lbNodes->setItem(row, 2, new QTableWidgetItem(QStringLiteral("eth0")));
        m_loading = false;
        push();
    });
    connect(removeLb, &QPushButton::clicked, this, [this] {
        m_lbNodes->removeRow(m_lbNodes->currentRow());
        push();
    });
    auto *lbButtons = new QHBoxLayout;
    lbButtons->addWidget(addLb);
    lbButtons->addWidget(removeLb);
    lbButtons->addStretch(1);
    m_balance = new QComboBox;
    m_balance->setObjectName(QStringLiteral("balanceCombo"));
    m_balance->addItems(ExternalAccess::balanceAlgorithms());
    m_vrid = new QSpinBox;
    m_vrid->setObjectName(QStringLiteral("vridSpin"));
    m_vrid->setRange(1, 255);
    onpremForm->addRow(tr("Virtual IP:"), m_vip);
    onpremForm->addRow(tr("HAProxy nodes (first is MASTER):"), m_lbNodes);
    onpremForm->addRow(QString(), lbButtons);
    onpremForm->addRow(tr("Balance:"), m_balance);
    onpremForm->addRow(tr("VRRP router ID:"), m_vrid);
    return onprem;

}

void ExternalAccessPage::connectFields()
{
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::editingFinished, this, &ExternalAccessPage::push);
    for (QLineEdit *edit : {m_hostname, m_domain, m_vip})
        connect(edit, &QLineEdit::textChanged, this, &ExternalAccessPage::showProblem);
    for (QSpinBox *spin : {m_port, m_ttl, m_vrid}) {
        FieldWidth::fit(spin);
        connect(spin, &QSpinBox::valueChanged, this, &ExternalAccessPage::push);
    }
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) {
        showModeFields(index);
        push();
    });
    connect(m_balance, &QComboBox::currentIndexChanged, this, &ExternalAccessPage::push);
    connect(m_etcHosts, &QCheckBox::toggled, this, &ExternalAccessPage::push);
    connect(m_route53HealthChecks, &QCheckBox::toggled, this, &ExternalAccessPage::push);
    connect(m_lbNodes, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            push();
    });
}

void ExternalAccessPage::initializePage()
{
    m_loading = true;
    const Cluster &c = m_session->cluster();
    const Project &p = m_session->project();
    const ExternalAccess &e = p.external;
    m_hostname->setText(c.analyticsHostname);
    m_domain->setText(c.analyticsDomain);
    m_port->setValue(c.frontendPort);
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(e.mode))));
    showModeFields(m_mode->currentIndex());
    m_etcHosts->setChecked(p.etcHosts);
    m_hostsTarget->setText(p.hostsTarget);
    m_zone->setText(e.hostedZoneId);
    m_ttl->setValue(e.ttl);
    m_route53HealthChecks->setChecked(e.route53HealthChecks);
    const QList<std::pair<QLineEdit *, QString>> fields{{m_awsVpc, e.awsVpcId},       {m_awsSubnets, e.awsSubnetIds},   {m_awsSg, e.awsSecurityGroupId},
                                                        {m_awsFrontendSg, e.awsFrontendSecurityGroupId},
                                                        {m_azureGroup, e.azureResourceGroup}, {m_azureLocation, e.azureLocation},
                                                        {m_azureVnet, e.azureVnet},     {m_azureSubnet, e.azureSubnet},   {m_azureNsg, e.azureNsg},
                                                        {m_azureGateway, e.azureGatewayName}, {m_l4Cidr, e.lbSourceCidr}, {m_l7Cidr, e.lbSourceCidr},
                                                        {m_vip, e.vip}};
    for (const auto &[edit, value] : fields)
        edit->setText(value);
    m_lbNodes->setRowCount(0);
    for (const ExternalAccess::LbNode &n : e.lbNodes) {
        const int row = m_lbNodes->rowCount();
        m_lbNodes->insertRow(row);
        m_lbNodes->setItem(row, 0, new QTableWidgetItem(n.hostname));
        m_lbNodes->setItem(row, 1, new QTableWidgetItem(n.address));
        m_lbNodes->setItem(row, 2, new QTableWidgetItem(n.interface));
    }
    m_balance->setCurrentText(e.balance);
    m_vrid->setValue(e.virtualRouterId);
    m_loading = false;
    showProblem();
}

void ExternalAccessPage::push()
{
    if (m_loading)
        return;
    const Cluster &c = m_session->cluster();
    if (m_hostname->text().trimmed() != c.analyticsHostname || m_domain->text().trimmed() != c.analyticsDomain || m_port->value() != c.frontendPort)
        m_session->setClusterSettings(m_hostname->text().trimmed(), m_domain->text().trimmed(), m_port->value());
    ExternalAccess e = m_session->project().external;
    e.mode = ExternalAccess::Mode(m_mode->currentData().toInt());
    e.hostedZoneId = m_zone->text().trimmed();
    e.ttl = m_ttl->value();
    e.route53HealthChecks = m_route53HealthChecks->isChecked();
    e.awsVpcId = m_awsVpc->text().trimmed();
    e.awsSubnetIds = m_awsSubnets->text().trimmed();
    e.awsSecurityGroupId = m_awsSg->text().trimmed();
    e.awsFrontendSecurityGroupId = m_awsFrontendSg->text().trimmed();
    e.azureResourceGroup = m_azureGroup->text().trimmed();
    e.azureLocation = m_azureLocation->text().trimmed();
    e.azureVnet = m_azureVnet->text().trimmed();
    e.azureSubnet = m_azureSubnet->text().trimmed();
    e.azureNsg = m_azureNsg->text().trimmed();
    e.azureGatewayName = m_azureGateway->text().trimmed();
    e.lbSourceCidr = (e.mode == ExternalAccess::Mode::L7 ? m_l7Cidr : m_l4Cidr)->text().trimmed();
    e.vip = m_vip->text().trimmed();
    // Only the chosen mode's settings: LB nodes typed for on-prem and then left for another mode
    // stay in the table, and never block that other mode.
    e.lbNodes.clear();
    for (int row = 0; e.mode == ExternalAccess::Mode::OnPrem && row < m_lbNodes->rowCount(); ++row) {
        const auto text = [&](int column) { return m_lbNodes->item(row, column) ? m_lbNodes->item(row, column)->text().trimmed() : QString(); };
        e.lbNodes << ExternalAccess::LbNode{text(0), text(1), text(2).isEmpty() ? QStringLiteral("eth0") : text(2)};
    }
    e.balance = m_balance->currentText();
    e.virtualRouterId = m_vrid->value();
    m_session->setExternal(e, m_etcHosts->isChecked(), m_hostsTarget->text().trimmed());
    showProblem();
}

QString ExternalAccessPage::problem() const
{
    const QString fqdn = QStringLiteral("%1.%2").arg(m_hostname->text().trimmed(), m_domain->text().trimmed());
    if (m_hostname->text().trimmed().isEmpty())
        return tr("Analytics hostname: enter the first label of the FQDN users open (e.g. agilesec).");
    if (m_domain->text().trimmed().isEmpty())
        return tr("Analytics domain: enter the domain (e.g. example.com).");
    const QString fqdnProblem = NetworkNames::fqdnProblem(fqdn);
    if (!fqdnProblem.isEmpty())
        return tr("FQDN %1: %2").arg(fqdn, fqdnProblem);
    const bool onPrem = m_mode->currentData().toInt() == int(ExternalAccess::Mode::OnPrem);
    if (onPrem && !NetworkNames::ipProblem(m_vip->text().trimmed()).isEmpty())
        return tr("Virtual IP: enter the address the load balancers share (e.g. 10.0.0.100).");
    for (int row = 0; onPrem && row < m_lbNodes->rowCount(); ++row) {
        const auto text = [&](int column) { return m_lbNodes->item(row, column) ? m_lbNodes->item(row, column)->text().trimmed() : QString(); };
        if (text(0).isEmpty() || !NetworkNames::ipProblem(text(1)).isEmpty())
            return tr("HAProxy nodes, row %1: enter the node's host name and its IP address.").arg(row + 1);
    }
    if (onPrem && m_lbNodes->rowCount() == 0)
        return tr("HAProxy nodes: add at least one load-balancer node (two for failover).");
    const QString external = m_session->externalProblem();
    if (!external.isEmpty())
        return plainExternalProblem(external);
    if (!m_session->result().ok())
        return tr("The topology has errors (Topology page).");
    return {};
}

QString ExternalAccessPage::plainExternalProblem(const QString &problem)
{
    // The project reader names its JSON keys; a user sees the controls' names instead.
    static const QList<QPair<QString, QString>> controls{
        {QStringLiteral("external.lbNodes"), tr("HAProxy nodes")},   {QStringLiteral("external.vip"), tr("Virtual IP")},
        {QStringLiteral("external.balance"), tr("Balance")},         {QStringLiteral("external.virtualRouterId"), tr("VRRP router id")},
        {QStringLiteral("external.route53HealthChecks"), tr("Route 53 health checks")}, {QStringLiteral("external.mode"), tr("External access")}};
    for (const auto &[key, control] : controls) {
        if (problem.startsWith(key))
            return control + problem.mid(key.size());
    }
    return problem;
}

void ExternalAccessPage::showModeFields(int index)
{
    // A stacked widget is as tall as its tallest page (on-prem's LB table): the others' heights
    // are ignored, so the entry point and the problem follow the chosen mode's last field.
    for (int i = 0; i < m_stack->count(); ++i)
        m_stack->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_stack->setCurrentIndex(index);
    m_stack->updateGeometry();
}

void ExternalAccessPage::showProblem()
{
    m_problem->setText(problem());
    const QString fqdn = QStringLiteral("%1.%2").arg(m_hostname->text().trimmed(), m_domain->text().trimmed());
    m_entry->setText(tr("Users will open https://%1:%2/ (entry point: %3)")
                         .arg(fqdn)
                         .arg(m_port->value())
                         .arg(m_session->project().external.entryPoint(fqdn)));
    Q_EMIT completeChanged();
}

bool ExternalAccessPage::isComplete() const
{
    return problem().isEmpty();
}
