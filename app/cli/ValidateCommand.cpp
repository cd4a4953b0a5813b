#include "cli/ValidateCommand.h"

#include "config/ClusterLoader.h"

ValidateCommand::ValidateCommand()
    : Command({QStringLiteral("validate"),
             QStringLiteral("Check a multi_node_config.conf against the HA guide's rules"),
             QStringLiteral("validate --config FILE [--scan-node HOST=IP[@SITE]]..."),
             QStringLiteral("Checks the file's syntax and the cluster against the HA guide: node identities, profiles, quorum, site failure. "
                              "Prints every problem as FILE:LINE: error|warning: message on stderr. Exit 1 if any error.")})
{
}

QList<QCommandLineOption> ValidateCommand::commandOptions() const
{
    return {configOption(), scanNodeOption()};
}

int ValidateCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("config")))
        return fail(QStringLiteral("--config FILE is required"), Usage);
    const QString config = parser.value(QStringLiteral("config"));
    const ClusterLoader::Result loaded = ClusterLoader::loadFile(config, parser.values(QStringLiteral("scan-node")));
    const bool ok = report(loaded.diagnostics);
    const int errors = Diagnostic::count(loaded.diagnostics, Diagnostic::Severity::Error);
    const int warnings = Diagnostic::count(loaded.diagnostics, Diagnostic::Severity::Warning);
    if (ok) {
        out() << QStringLiteral("%1: valid: %2 nodes (%3 quorum voters), %4 warning(s)\n")
                     .arg(config)
                     .arg(loaded.cluster.nodes.size())
                     .arg(loaded.cluster.quorumVoters().size())
                     .arg(warnings);
    } else {
        out() << QStringLiteral("%1: invalid: %2 error(s), %3 warning(s)\n").arg(config).arg(errors).arg(warnings);
    }
    return ok ? Ok : Failed;
}
