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

    static Result loadFile(const QString &path, const QStringList &scanNodeSpecs = {});
    static Result loadData(const QByteArray &data, const QString &name, const QStringList &scanNodeSpecs = {});
    // "HOSTNAME=IP" or "HOSTNAME=IP@SITE". Returns an error message, or empty and fills node.
    static QString parseScanNode(const QString &spec, Node *node);

private:
    static Result finish(ConfigDocument document, QList<Diagnostic> diagnostics, const QString &name,
                         const QStringList &scanNodeSpecs, bool readable);
};
