#include "verify/ClusterHealth.h"

#include "verify/EntryPoint.h"
#include "verify/HttpsProbe.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include "util/FanOut.h"

QJsonObject ClusterHealth::Check::toJson() const
{
    QJsonObject o{{QStringLiteral("target"), target}, {QStringLiteral("check"), check}, {QStringLiteral("ok"), ok}, {QStringLiteral("detail"), detail}};
    if (!servedBy.isEmpty())
        o.insert(QStringLiteral("servedBy"), servedBy);
    return o;
}

namespace {
QList<ClusterHealth::Check> probe(const ClusterHealth::Endpoint &e, const QString &fqdn, const QByteArray &caPem)
{
    QList<ClusterHealth::Check> checks;
    const auto one = [&](const QString &name, const QByteArray &path, const std::function<bool(int)> &good, const QString &want) {
        const HttpsProbe::Result r = HttpsProbe::get(e.address, e.port, fqdn, caPem, path);
        ClusterHealth::Check c{e.target, name, r.error.isEmpty() && good(r.status), {}, r.servedBy};
        c.detail = !r.error.isEmpty() ? r.error
                                      : ClusterHealth::tr("GET %1: %2 (want %3), %4 ms%5")
                                            .arg(QString::fromLatin1(path))
                                            .arg(r.status)
                                            .arg(want)
                                            .arg(r.milliseconds)
                                            .arg(r.servedBy.isEmpty() ? QString() : ClusterHealth::tr(", served by ") + r.servedBy);
        checks << c;
        return r;
    };
    const HttpsProbe::Result health = one(QStringLiteral("health-check"), "/health-check", [](int s) { return s == 200; }, QStringLiteral("200"));
    if (!e.entry)
        one(QStringLiteral("signin"), "/signin", [](int s) { return s >= 200 && s <= 399; }, QStringLiteral("200-399"));
    one(QStringLiteral("ingestion"), "/v1/oauth2/token", [](int s) { return s == 405; }, ClusterHealth::tr("405: POST only, so routing works"));
    if (health.tlsOk && !e.entry) {
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(health.certificateExpiry);
        ClusterHealth::Check cert{e.target, QStringLiteral("certificate"), days >= 30, {}, {}};
        cert.detail = ClusterHealth::tr("CN %1; SANs %2; expires %3 (%4 days)%5")
                          .arg(health.certificateCn, health.certificateSans.join(QStringLiteral(", ")), health.certificateExpiry.toString(Qt::ISODate))
                          .arg(days)
                          .arg(days < 30 ? ClusterHealth::tr(": renew it (certs keeps valid ones and re-issues those this close to expiry)") : QString());
        checks << cert;
    }
    return checks;
}
} // namespace

QList<ClusterHealth::Check> ClusterHealth::run(const Cluster &cluster, const ExternalAccess &external, const QByteArray &caPem, const QString &via,
                                               const QString &hostsTarget)
{
    QList<Endpoint> endpoints;
    for (const Node &fe : cluster.frontends())
        endpoints << Endpoint{fe.hostname, fe.privateIp, cluster.frontendPort, false};
    QList<Check> all;
    const QString entry = via.isEmpty() ? external.entryPoint(cluster.fqdn()) : via;
    if (!entry.isEmpty()) {
        const EntryPoint e = EntryPoint::resolve(cluster, external, via, hostsTarget);
        const QString target = QStringLiteral("entry %1").arg(e.label);
        endpoints << Endpoint{target, e.host, e.port, true};
        if (!e.note.isEmpty())
            all << Check{target, QStringLiteral("address"), true, e.note, {}}; // said, not a failure
    }
    const std::function<QList<Check>(const Endpoint &)> one = [&](const Endpoint &e) { return probe(e, cluster.fqdn(), caPem); };
    const QList<QList<Check>> parts = FanOut::map(endpoints, one);
    for (const QList<Check> &part : parts)
        all += part;
    if (!entry.isEmpty())
        waitForTheEntry(all, endpoints.constLast(), parts.constLast(), cluster.fqdn(), caPem);
    return all;
}

// A load balancer marks a frontend up only after its own health checks pass (rise x inter: 6 s
// with the rendered haproxy.cfg), so right after an install the entry may refuse while every
// frontend answers. Then the entry is probed again for up to kEntryGraceMs; the result says so.
void ClusterHealth::waitForTheEntry(QList<Check> &all, const Endpoint &entry, const QList<Check> &entryChecks, const QString &fqdn, const QByteArray &caPem)
{
    const auto passed = [](const QList<Check> &checks, const QString &target) {
        return std::any_of(checks.begin(), checks.end(), [&](const Check &c) { return c.target == target && c.check == QLatin1String("health-check") && c.ok; });
    };
    const bool aFrontendAnswers = std::any_of(all.begin(), all.end(), [&](const Check &c) { return c.target != entry.target && c.check == QLatin1String("health-check") && c.ok; });
    if (passed(entryChecks, entry.target) || !aFrontendAnswers)
        return;
    QElapsedTimer waited;
    waited.start();
    QList<Check> again = entryChecks;
    while (waited.elapsed() < kEntryGraceMs && !passed(again, entry.target)) {
        QThread::msleep(500);
        again = probe(entry, fqdn, caPem);
    }
    const QString note = passed(again, entry.target)
                             ? ClusterHealth::tr(" (after %1 s: the load balancer had not marked a frontend up yet)").arg(waited.elapsed() / 1000.0, 0, 'f', 1)
                             : ClusterHealth::tr(" (still, %1 s after the frontends answered directly)").arg(kEntryGraceMs / 1000);
    all.erase(std::remove_if(all.begin(), all.end(), [&](const Check &c) { return c.target == entry.target && c.check != QLatin1String("address"); }), all.end());
    for (Check c : std::as_const(again)) {
        c.detail += note;
        all << c;
    }
}
