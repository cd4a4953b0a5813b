#pragma once

#include <QWizardPage>

class ClusterSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

// Page 4: how users reach the platform: the analytics hostname and domain (the FQDN), the
// frontend port, and the DNS / load-balancer choice with the fields each needs (none with
// /etc/hosts entries, DNS multi-value, L4, L7, on-prem HAProxy + Keepalived).
class ExternalAccessPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ExternalAccessPage(ClusterSession *session);
    void initializePage() override;
    bool isComplete() const override;

private:
    // The fields of each DNS / load-balancer mode, one page of the stack each.
    QWidget *noneFields();
    QWidget *dnsFields();
    QWidget *l4Fields();
    QWidget *l7Fields();
    QWidget *onPremFields();
    void connectFields();
    QString problem() const;
    void push();
    void showProblem();
    void showModeFields(int index);
    static QString plainExternalProblem(const QString &problem);

    ClusterSession *m_session;
    QLineEdit *m_hostname;
    QLineEdit *m_domain;
    QSpinBox *m_port;
    QComboBox *m_mode;
    QStackedWidget *m_stack;
    QCheckBox *m_etcHosts;
    QLineEdit *m_hostsTarget;
    QLineEdit *m_zone;
    QSpinBox *m_ttl;
    QCheckBox *m_route53HealthChecks;
    QLineEdit *m_awsVpc, *m_awsSubnets, *m_awsSg, *m_awsFrontendSg;
    QLineEdit *m_azureGroup, *m_azureLocation, *m_azureVnet, *m_azureSubnet, *m_azureNsg, *m_azureGateway;
    QLineEdit *m_l4Cidr, *m_l7Cidr;
    QLineEdit *m_vip;
    QTableWidget *m_lbNodes;
    QComboBox *m_balance;
    QSpinBox *m_vrid;
    QLabel *m_problem;
    QLabel *m_entry;
    bool m_loading = false;
};
