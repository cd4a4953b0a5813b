#pragma once

#include <QWizardPage>

class ClusterSession;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class TopologyMap;

// Page 9: the cluster as it runs: per-node service tables (expected by the profile vs what
// manage.sh reports, colored), health over the real TLS path trusting only the cluster's CA,
// and the topology map colored by health; refreshed live.
class VerifyPage : public QWizardPage
{
    Q_OBJECT
public:
    static constexpr int kRefreshSeconds = 15;
    explicit VerifyPage(ClusterSession *session);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    void refresh();

private:
    void show();

    ClusterSession *m_session;
    QTreeWidget *m_services;
    QTreeWidget *m_health;
    TopologyMap *m_map;
    QPushButton *m_refresh;
    QCheckBox *m_live;
    QLineEdit *m_via;
    QLabel *m_summary;
    QTimer *m_timer;
};
