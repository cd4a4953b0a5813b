#include "TopologyMap.h"

#include "core/Cluster.h"
#include "core/ProfileCatalog.h"
#include "core/SiteFailureAnalysis.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QMouseEvent>

namespace {
constexpr qreal kColumnWidth = 190;
constexpr qreal kNodeHeight = 58;
constexpr qreal kGap = 12;
constexpr int kHostnameKey = 0; // QGraphicsItem::data key: the node an item draws

QColor roleColor(const Node &node)
{
    if (!node.profile)
        return QColor(0xe0, 0xe0, 0xe0);
    if (ProfileCatalog::isBackend(*node.profile))
        return QColor(0xd6, 0xe4, 0xf5);
    if (*node.profile == Profile::Coordinator)
        return QColor(0xf3, 0xe5, 0xf5);
    if (ProfileCatalog::isFrontend(*node.profile))
        return QColor(0xdc, 0xf1, 0xe0);
    return QColor(0xfd, 0xf1, 0xd8); // scan
}
} // namespace

TopologyMap::TopologyMap(QWidget *parent)
    : QGraphicsView(parent)
    , m_cluster(std::make_shared<Cluster>())
{
    setObjectName(QStringLiteral("topologyMap"));
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    setToolTip(tr("Sites as columns; a star marks a quorum voter (Kafka KRaft, MongoDB and OpenSearch elections)."));
}

void TopologyMap::setCluster(const Cluster &cluster)
{
    *m_cluster = cluster;
    if (!m_failedSite.isEmpty() && !cluster.sites().contains(m_failedSite))
        m_failedSite.clear();
    redraw();
}

void TopologyMap::setFailedSite(const QString &site)
{
    m_failedSite = site;
    redraw();
}

void TopologyMap::setHealth(const QHash<QString, bool> &healthy)
{
    m_health = healthy;
    redraw();
}

void TopologyMap::drawLegend(qreal y)
{
    // What the colors and the star mean, under the map (never smaller than the map's own text).
    QGraphicsScene *s = scene();
    Node backend, frontend, coordinator, scan;
    backend.profile = Profile::FullBackend;
    frontend.profile = Profile::AdditionalFrontend;
    coordinator.profile = Profile::Coordinator;
    scan.profile = Profile::Scan;
    const QList<std::pair<QColor, QString>> keys{{roleColor(backend), tr("backend")},   {roleColor(frontend), tr("frontend")},
                                                 {roleColor(coordinator), tr("coordinator")}, {roleColor(scan), tr("scan")},
                                                 {QColor(0xf2, 0x9b, 0x9b), tr("error or unhealthy")}};
    qreal x = 0;
    for (const auto &[color, text] : keys) {
        s->addRect(x, y + 2, 12, 12, QPen(Qt::black), color);
        auto *label = s->addSimpleText(text);
        label->setPos(x + 16, y);
        x += 16 + label->boundingRect().width() + 14;
    }
    auto *star = s->addSimpleText(QStringLiteral("\u2605 ") + tr("quorum voter"));
    star->setBrush(QColor(0xb2, 0x6a, 0x00));
    star->setPos(x, y);
}

void TopologyMap::mousePressEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->pos())) {
        const QString hostname = item->data(kHostnameKey).toString();
        if (!hostname.isEmpty()) {
            Q_EMIT nodeClicked(hostname);
            break;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void TopologyMap::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void TopologyMap::fit()
{
    // Shrink to fit, never enlarge: text stays at its natural size on a big screen. Never below
    // 9 points either: a map too big for the view scrolls rather than becoming unreadable.
    const QRectF rect = sceneRect();
    resetTransform();
    if (rect.isEmpty())
        return;
    const qreal points = font().pointSizeF() > 0 ? font().pointSizeF() : 9.0;
    const qreal readable = std::min(1.0, 9.0 / points);
    const qreal factor = std::max(readable, std::min({1.0, viewport()->width() / rect.width(), viewport()->height() / rect.height()}));
    scale(factor, factor);
}

void TopologyMap::redraw()
{
    QGraphicsScene *s = scene();
    s->clear();
    const Cluster &cluster = *m_cluster;
    // Columns: one per site; a cluster without sites is laid out by role instead.
    QStringList columns = cluster.sites();
    const bool bySite = !columns.isEmpty();
    const bool anyUnsited = std::any_of(cluster.nodes.begin(), cluster.nodes.end(), [](const Node &n) { return n.site.isEmpty(); });
    if (bySite && anyUnsited)
        columns << QString();
    const auto roleColumn = [](const Node &n) {
        if (n.profile && ProfileCatalog::isBackend(*n.profile))
            return 0;
        if (n.profile && ProfileCatalog::isFrontend(*n.profile))
            return 1;
        return 2;
    };
    const QStringList roles{tr("Backends"), tr("Frontends"), tr("Coordinator / scan")};
    if (!bySite) {
        for (int role = 0; role < 3; ++role) {
            if (std::any_of(cluster.nodes.begin(), cluster.nodes.end(), [&](const Node &n) { return roleColumn(n) == role; }))
                columns << roles.at(role);
        }
    }
    const auto inColumn = [&](const Node &n, const QString &column) {
        return bySite ? n.site == column : roles.value(roleColumn(n)) == column;
    };
    const QList<Node> voters = cluster.quorumVoters();
    const auto isVoter = [&](const Node &n) {
        return std::any_of(voters.begin(), voters.end(), [&](const Node &v) { return v.hostname == n.hostname; });
    };
    QFont bold = font();
    bold.setBold(true);
    for (int column = 0; column < columns.size(); ++column) {
        const QString &site = columns.at(column);
        const qreal x = column * (kColumnWidth + kGap);
        const bool failed = bySite && !m_failedSite.isEmpty() && site == m_failedSite;
        auto *title = s->addSimpleText(!bySite ? site : site.isEmpty() ? tr("(no site)") : tr("Site %1").arg(site), bold);
        title->setPos(x + 4, 0);
        int row = 0;
        for (const Node &node : cluster.nodes) {
            if (!inColumn(node, site))
                continue;
            const qreal y = 26 + row++ * (kNodeHeight + kGap);
            QColor fill = roleColor(node);
            if (m_health.contains(node.hostname))
                fill = m_health.value(node.hostname) ? QColor(0x9c, 0xd8, 0x9f) : QColor(0xf2, 0x9b, 0x9b);
            if (failed)
                fill = QColor(0xbd, 0xbd, 0xbd);
            auto *box = s->addRect(x, y, kColumnWidth, kNodeHeight, QPen(failed ? Qt::darkGray : Qt::black), fill);
            box->setToolTip(QStringLiteral("%1 (%2)").arg(node.hostname, node.privateIp));
            auto *name = s->addSimpleText(node.hostname, bold);
            name->setPos(x + 6, y + 4);
            const QString role = node.profile ? ProfileCatalog::name(*node.profile) : tr("no profile");
            auto *detail = s->addSimpleText(QStringLiteral("%1\n%2").arg(role, node.privateIp));
            detail->setPos(x + 6, y + 22);
            if (isVoter(node)) {
                auto *star = s->addSimpleText(QStringLiteral("\u2605"), bold);
                star->setBrush(QColor(0xb2, 0x6a, 0x00));
                star->setPos(x + kColumnWidth - 18, y + 4);
                star->setToolTip(tr("quorum voter"));
                star->setData(kHostnameKey, node.hostname);
            }
            for (QGraphicsItem *item : std::initializer_list<QGraphicsItem *>{box, name, detail})
                item->setData(kHostnameKey, node.hostname); // a click anywhere on it selects its row
            if (failed) {
                s->addLine(x, y, x + kColumnWidth, y + kNodeHeight, QPen(Qt::darkRed, 2));
                s->addLine(x, y + kNodeHeight, x + kColumnWidth, y, QPen(Qt::darkRed, 2));
            }
        }
    }
    drawLegend(s->itemsBoundingRect().bottom() + 10);
    m_verdict.clear();
    if (!m_failedSite.isEmpty()) {
        const SiteOutcome o = SiteFailureAnalysis::analyzeSite(cluster, m_failedSite);
        m_verdict = o.quorumSurvives
            ? tr("If site %1 fails: quorum SURVIVES (%2 of %3 voters left, %4 needed); %5 frontend(s) keep serving users.")
                  .arg(m_failedSite)
                  .arg(o.votersRemaining)
                  .arg(o.votersTotal)
                  .arg(o.majority)
                  .arg(o.frontendsRemaining)
            : tr("If site %1 fails: quorum is LOST (%2 of %3 voters left, %4 needed); the cluster stops accepting writes.")
                  .arg(m_failedSite)
                  .arg(o.votersRemaining)
                  .arg(o.votersTotal)
                  .arg(o.majority);
        auto *text = s->addText(m_verdict);
        text->setTextWidth(std::max<qreal>(columns.size() * (kColumnWidth + kGap), 360));
        text->setDefaultTextColor(o.quorumSurvives ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb0, 0x00, 0x20));
        text->setPos(0, s->itemsBoundingRect().bottom() + 6);
    }
    s->setSceneRect(s->itemsBoundingRect().adjusted(-8, -8, 8, 8));
    fit();
}
