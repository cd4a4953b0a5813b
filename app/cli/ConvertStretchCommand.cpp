#include "cli/ConvertStretchCommand.h"

#include "core/ProfileCatalog.h"
#include "ops/PlanText.h"

#include <QSaveFile>

namespace {
// NAME=IP@SITE
bool parseNode(const QString &text, Node *node)
{
    const QString name = text.section(QLatin1Char('='), 0, 0), rest = text.section(QLatin1Char('='), 1);
    node->hostname = name;
    node->privateIp = rest.section(QLatin1Char('@'), 0, 0);
    node->site = rest.section(QLatin1Char('@'), 1);
    return !name.isEmpty() && !node->privateIp.isEmpty() && !node->site.isEmpty();
}
} // namespace

ConvertStretchCommand::ConvertStretchCommand()
    : ProjectCommand({QStringLiteral("convert-stretch"),
             QStringLiteral("Turn the topology into the guide's stretch cluster with a coordinator (checks first)"),
             QStringLiteral("convert-stretch --project P --coordinator NAME=IP@SITE --site HOST=SITE... [--add NAME=IP@SITE:PROFILE]... [--write]"),
             QStringLiteral("Converts the project's topology to the guide's multi-region stretch cluster: frontend-1 commented out, the "
                              "coordinator block added, more backends and frontends if given, every node's site, and OpenSearch shards and "
                              "replicas so a site can fail. Shows the config diff, the quorum and site-failure checks and the guide's installation "
                              "order first; writes the config only with --write and only when every site can fail without losing quorum. Then "
                              "'install' runs it.")},
      Access{false, {}, false})
{
}

QList<QCommandLineOption> ConvertStretchCommand::projectOptions() const
{
    return {QCommandLineOption(QStringLiteral("coordinator"), QStringLiteral("The coordinator: NAME=IP@SITE (the tiebreaker, in a third site)."),
                               QStringLiteral("SPEC")),
            QCommandLineOption(QStringLiteral("site"), QStringLiteral("A node's site: HOSTNAME=SITE (repeatable; every node needs one)."), QStringLiteral("SPEC")),
            QCommandLineOption(QStringLiteral("add"),
                               QStringLiteral("Another node: NAME=IP@SITE:FULL_BACKEND or NAME=IP@SITE:ADDITIONAL_FRONTEND (repeatable)."),
                               QStringLiteral("SPEC")),
            QCommandLineOption(QStringLiteral("shards"), QStringLiteral("opensearch_index_number_of_shards (default: one per backend)."), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("replicas"),
                               QStringLiteral("opensearch_index_number_of_replicas (default: backends - 1, so a whole site can fail)."), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("write"), QStringLiteral("Write the converted config (otherwise only show it and the checks)."))};
}

int ConvertStretchCommand::prepare(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("coordinator")))
        return fail(QStringLiteral("--coordinator NAME=IP@SITE is required"), Usage);
    m_spec = StretchConversion::Spec();
    Node coordinator;
    if (!parseNode(parser.value(QStringLiteral("coordinator")), &coordinator))
        return fail(QStringLiteral("--coordinator '%1': expected NAME=IP@SITE").arg(parser.value(QStringLiteral("coordinator"))), Usage);
    m_spec.coordinatorHostname = coordinator.hostname;
    m_spec.coordinatorIp = coordinator.privateIp;
    m_spec.coordinatorSite = coordinator.site;
    for (const QString &s : parser.values(QStringLiteral("site"))) {
        if (!s.contains(QLatin1Char('=')) || s.section(QLatin1Char('='), 1).isEmpty())
            return fail(QStringLiteral("--site '%1': expected HOSTNAME=SITE").arg(s), Usage);
        m_spec.sites.insert(s.section(QLatin1Char('='), 0, 0), s.section(QLatin1Char('='), 1));
    }
    for (const QString &a : parser.values(QStringLiteral("add"))) {
        Node node;
        const qsizetype colon = a.lastIndexOf(QLatin1Char(':'));
        if (colon < 0 || !parseNode(a.left(colon), &node))
            return fail(QStringLiteral("--add '%1': expected NAME=IP@SITE:PROFILE").arg(a), Usage);
        node.profile = ProfileCatalog::fromName(a.mid(colon + 1));
        if (!node.profile)
            return fail(QStringLiteral("--add '%1': '%2' is not a profile").arg(a, a.mid(colon + 1)), Usage);
        m_spec.newNodes << node;
    }
    for (const auto &[option, target, low] : {std::tuple{QStringLiteral("shards"), &m_spec.shards, 1}, std::tuple{QStringLiteral("replicas"), &m_spec.replicas, 0}}) {
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        *target = parser.value(option).toInt(&ok);
        if (!ok || *target < low || *target > 64)
            return fail(QStringLiteral("--%1 '%2' must be a whole number from %3 to 64").arg(option, parser.value(option)).arg(low), Usage);
    }
    return -1;
}

void ConvertStretchCommand::describe(const StretchConversion::Result &r)
{
    if (!r.config.isEmpty())
        out() << "# multi_node_config.conf\n" << r.diff << '\n';
    if (r.outcomes.isEmpty())
        return;
    out() << "# if a site fails\n";
    for (const SiteOutcome &o : r.outcomes)
        out() << (o.quorumSurvives ? "OK    " : "FAIL  ") << "site " << o.site << " lost (" << o.nodesLost.join(QStringLiteral(", ")) << "): quorum "
              << o.votersRemaining << '/' << o.votersTotal << " voters, " << o.majority << " needed; data nodes left " << o.dataNodesRemaining
              << (o.everyShardKeepsACopy ? ", every index keeps a copy" : ", SOME INDEXES MAY LOSE EVERY COPY") << "; frontends left "
              << o.frontendsRemaining << '\n';
    out() << '\n';
}

int ConvertStretchCommand::executeWithProject(const QCommandLineParser &parser, Opened &opened)
{
    const StretchConversion::Result r = StretchConversion::prepare(opened.project, opened.loaded, m_spec);
    describe(r);
    if (!r.ok())
        return fail(QStringLiteral("nothing written: %1").arg(r.error), Failed);
    out() << "# installation order (the guide's)\n" << PlanText::order(r.plan);
    for (const QString &note : r.notes)
        out() << "note: " << note << '\n';
    if (!parser.isSet(QStringLiteral("write"))) {
        out() << "nothing written (add --write to convert the project's config)\n";
        return Ok;
    }
    QSaveFile file(opened.project.resolve(opened.project.configFile));
    if (!file.open(QIODevice::WriteOnly) || file.write(r.config) != r.config.size() || !file.commit())
        return fail(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()), Failed);
    out() << "written: " << file.fileName() << " (run certs or install next; the coordinator needs its own certificate)\n";
    return Ok;
}
