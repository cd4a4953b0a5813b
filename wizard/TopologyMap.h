#pragma once

#include <QGraphicsView>
#include <QHash>

class Cluster;

// The cluster drawn for a person: one column per site (AZ / datacenter), nodes by role, quorum
// voters marked; a click on a node says which (nodeClicked). "What if this site fails" greys
// out one site's nodes and says whether quorum, data and users survive; nodes are colored by
// health after verification, or red where the topology has an error.
class TopologyMap : public QGraphicsView
{
    Q_OBJECT
public:
    explicit TopologyMap(QWidget *parent = nullptr);
    void setCluster(const Cluster &cluster);
    void setFailedSite(const QString &site); // empty: none
    void setHealth(const QHash<QString, bool> &healthy); // hostname -> healthy; missing: unknown
    QString verdict() const { return m_verdict; }        // the site-failure outcome, as drawn

Q_SIGNALS:
    void nodeClicked(const QString &hostname);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void redraw();
    void drawLegend(qreal y);
    void fit();

    QHash<QString, bool> m_health;
    QString m_failedSite;
    QString m_verdict;
    std::shared_ptr<Cluster> m_cluster;
};
