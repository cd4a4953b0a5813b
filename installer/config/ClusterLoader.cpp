#include "config/ClusterLoader.h"

#include "config/ClusterReader.h"
#include "config/ClusterValidator.h"

ClusterLoader::Result ClusterLoader::loadFile(const QString &path, const QStringList &scanNodeSpecs)
{
    QList<Diagnostic> diagnostics;
    bool readable = true;
    ConfigDocument document = ConfigDocument::load(path, &diagnostics, &readable);
    return finish(std::move(document), std::move(diagnostics), path, scanNodeSpecs, readable);
}

ClusterLoader::Result ClusterLoader::loadData(const QByteArray &data, const QString &name, const QStringList &scanNodeSpecs)
{
    QList<Diagnostic> diagnostics;
    ConfigDocument document = ConfigDocument::parse(data, &diagnostics);
    for (Diagnostic &d : diagnostics)
        d.file = name;
    return finish(std::move(document), std::move(diagnostics), name, scanNodeSpecs, true);
}

QString ClusterLoader::parseScanNode(const QString &spec, Node *node)
{
    const int eq = spec.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == spec.size() - 1)
        return QStringLiteral("scan node '%1': expected HOSTNAME=IP or HOSTNAME=IP@SITE, e.g. scan-1=10.0.3.21").arg(spec);
    node->hostname = spec.left(eq);
    QString address = spec.mid(eq + 1);
    const int at = address.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        node->site = address.mid(at + 1);
        address = address.left(at);
    }
    node->privateIp = address;
    node->profile = Profile::Scan;
    return {};
}

ClusterLoader::Result ClusterLoader::finish(ConfigDocument document, QList<Diagnostic> diagnostics, const QString &name,
                                            const QStringList &scanNodeSpecs, bool readable)
{
    Result result;
    if (!readable) {
        result.diagnostics = std::move(diagnostics);
        return result;
    }
    result.cluster = ClusterReader::read(document, name, &diagnostics);
    for (const QString &spec : scanNodeSpecs) {
        Node node;
        const QString problem = parseScanNode(spec, &node);
        if (!problem.isEmpty()) {
            diagnostics << Diagnostic::error(problem, 0, spec, QStringLiteral("--scan-node"));
            continue;
        }
        result.cluster.nodes << node;
    }
    if (result.cluster.nodes.size() > kMaxNodes) {
        Diagnostic tooMany = Diagnostic::error(QStringLiteral("the cluster has %1 nodes; the installer takes at most %2 (each node's env file "
                                                              "lists every frontend, so the files grow with the square of the count)")
                                                   .arg(result.cluster.nodes.size())
                                                   .arg(kMaxNodes));
        tooMany.file = name;
        diagnostics << tooMany;
        result.cluster.nodes.clear(); // nothing beyond this is read, rendered or installed
    } else {
        diagnostics += ClusterValidator::validate(result.cluster);
    }
    result.document = std::move(document);
    result.diagnostics = std::move(diagnostics);
    return result;
}
