#pragma once

#include "core/Cluster.h"
#include "config/ConfigDocument.h"
#include "util/Diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

// Loads a multi_node_config.conf, adds scan nodes (which have no block there), and validates
// the result: what every CLI command and the GUI's "open" start from.
class ClusterLoader
{
public:
    struct Result {
        ConfigDocument document;
        Cluster cluster;
        QList<Diagnostic> diagnostics; // parse, value and topology findings, in that order
        bool ok() const { return !Diagnostic::hasErrors(diagnostics); }
    };

    // Far above any real cluster (the guide's largest has 7 nodes and a few scan nodes). Every
    // node's env file lists every frontend, so the output grows with the square of the count:
    // 1,000 nodes write about 25 MB in under a second (bench/run.sh render).
    static constexpr int kMaxNodes = 1000;

    static Result loadFile(const QString &path, const QStringList &scanNodeSpecs = {});
    static Result loadData(const QByteArray &data, const QString &name, const QStringList &scanNodeSpecs = {});
    // "HOSTNAME=IP" or "HOSTNAME=IP@SITE". Returns an error message, or empty and fills node.
    static QString parseScanNode(const QString &spec, Node *node);

private:
    static Result finish(ConfigDocument document, QList<Diagnostic> diagnostics, const QString &name,
                         const QStringList &scanNodeSpecs, bool readable);
};
