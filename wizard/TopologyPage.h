#pragma once

#include "project/NodeAccess.h"

#include <QWizardPage>

class ClusterSession;
class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;
class TopologyMap;

// Page 2: the node table (hostname, IP, profile, site, SSH host/port/user/jump hosts) with add, remove,
// duplicate, templates and pasting a list of IPs; the engine's findings linked to their rows;
// the topology map with "what if this site fails".
class TopologyPage : public QWizardPage
{
    Q_OBJECT
public:
    enum Column { Hostname, PrivateIp, ProfileColumn, Site, SshHost, SshPort, SshUser, SshJump, ColumnCount };
    explicit TopologyPage(ClusterSession *session);
    void initializePage() override;
    bool isComplete() const override;
    // Pastes lines of "IP [HOSTNAME [PROFILE [SITE]]]" over the table's rows, adding rows as needed.
    void pasteNodes(const QString &text);
    void addNode();
    void duplicateNode(int row);
    void removeNode(int row);
    int rowOf(const QString &hostname) const;

private:
    void refresh();
    void fillTable();
    void pushTable();
    void addRow(int row, const QString &hostname, const QString &ip, const QString &profile, const QString &site, const NodeAccess &access);
    void selectDiagnostic();
    int rowOfFinding(const QString &node) const; // a finding's node: hostname or block prefix; -1: none
    static int columnOf(const QString &configKey);
    QString nextFreeAddress() const;

    ClusterSession *m_session;
    QTableWidget *m_table;
    QListWidget *m_findings;
    QLabel *m_summary;
    TopologyMap *m_map;
    QComboBox *m_failSite;
    bool m_filling = false;
};
