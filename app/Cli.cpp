#include "Cli.h"

#include "ClusterLoader.h"
#include "EnvRenderer.h"
#include "FileSetWriter.h"
#include "InstallPlanBuilder.h"

#include <QDir>
#include <QJsonDocument>

namespace {
const QString kProgram = QStringLiteral("agilesec-installer");

QCommandLineOption configOption()
{
    return QCommandLineOption(QStringLiteral("config"), QStringLiteral("The cluster's multi_node_config.conf."), QStringLiteral("FILE"));
}

QCommandLineOption scanNodeOption()
{
    return QCommandLineOption(QStringLiteral("scan-node"),
                              QStringLiteral("A scan node (no block in the config), HOSTNAME=IP or HOSTNAME=IP@SITE. Repeatable."),
                              QStringLiteral("SPEC"));
}
} // namespace

Cli::Cli()
    : m_out(stdout)
    , m_err(stderr)
{
}

bool Cli::isCommand(const QString &word)
{
    static const QStringList commands{QStringLiteral("validate"), QStringLiteral("render"), QStringLiteral("plan"),
                                      QStringLiteral("help"), QStringLiteral("--help"), QStringLiteral("-h"),
                                      QStringLiteral("--version"), QStringLiteral("version")};
    return commands.contains(word);
}

QString Cli::usage()
{
    return QStringLiteral(
        "Usage: %1 [COMMAND] [OPTIONS]\n"
        "\n"
        "Installs a highly available AgileSec Platform cluster. Without a command, starts the wizard.\n"
        "\n"
        "Commands:\n"
        "  validate   Check a multi_node_config.conf against the HA guide's rules\n"
        "  render     Write multi_node_config.conf, every node's env file and .env\n"
        "  plan       Show the ordered install phases with every remote command\n"
        "  version    Print the version\n"
        "\n"
        "Run '%1 COMMAND --help' for a command's options.\n"
        "Exit codes: 0 success, 1 invalid input or failed work, 2 usage error.\n")
        .arg(kProgram);
}

int Cli::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("validate"))
        return validate(rest);
    if (command == QLatin1String("render"))
        return render(rest);
    if (command == QLatin1String("plan"))
        return plan(rest);
    if (command == QLatin1String("version") || command == QLatin1String("--version")) {
        m_out << kProgram << ' ' << AGILESEC_INSTALLER_VERSION << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("help") || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        m_out << usage();
        m_out.flush();
        return Ok;
    }
    m_err << kProgram << ": unknown command '" << command << "'\n\n" << usage();
    m_err.flush();
    return Usage;
}

int Cli::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    const QString helpText = QStringLiteral("Usage: %1 %2\n\n%3\n\nOptions:\n").arg(kProgram, synopsis, description);
    if (!parser.parse(arguments)) {
        m_err << kProgram << ' ' << arguments.value(0) << ": " << parser.errorText() << "\nRun '" << kProgram << ' '
              << arguments.value(0) << " --help' for usage.\n";
        m_err.flush();
        return Usage;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser's own helpText() names the binary's path; print ours with its option list.
        QString options = parser.helpText();
        options = options.mid(options.indexOf(QStringLiteral("Options:")) + 9);
        m_out << helpText << options;
        m_out.flush();
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        m_err << kProgram << ' ' << arguments.value(0) << ": unexpected argument '" << parser.positionalArguments().first()
              << "'\nRun '" << kProgram << ' ' << arguments.value(0) << " --help' for usage.\n";
        m_err.flush();
        return Usage;
    }
    return -1;
}

int Cli::fail(const QString &command, const QString &message, int exitCode)
{
    m_err << kProgram << ' ' << command << ": " << message << '\n';
    m_err.flush();
    return exitCode;
}

bool Cli::report(const QList<Diagnostic> &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        m_err << d.format() << '\n';
    m_err.flush();
    return !Diagnostic::hasErrors(diagnostics);
}

int Cli::validate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(configOption());
    parser.addOption(scanNodeOption());
    const int early = parse(parser, arguments, QStringLiteral("validate --config FILE [--scan-node HOST=IP[@SITE]]..."),
                            QStringLiteral("Checks the file's syntax and the cluster against the HA guide: node identities, "
                                           "profiles, quorum, site failure. Prints every problem as FILE:LINE: error|warning: "
                                           "message on stderr. Exit 1 if any error."));
    if (early >= 0)
        return early;
    if (!parser.isSet(QStringLiteral("config"))) {
        return fail(QStringLiteral("validate"), QStringLiteral("--config FILE is required"), Usage);
    }
    const ClusterLoader::Result loaded =
        ClusterLoader::loadFile(parser.value(QStringLiteral("config")), parser.values(QStringLiteral("scan-node")));
    const bool ok = report(loaded.diagnostics);
    const int errors = Diagnostic::count(loaded.diagnostics, Diagnostic::Severity::Error);
    const int warnings = Diagnostic::count(loaded.diagnostics, Diagnostic::Severity::Warning);
    if (ok) {
        m_out << QStringLiteral("%1: valid: %2 nodes (%3 quorum voters), %4 warning(s)\n")
                     .arg(parser.value(QStringLiteral("config")))
                     .arg(loaded.cluster.nodes.size())
                     .arg(loaded.cluster.quorumVoters().size())
                     .arg(warnings);
    } else {
        m_out << QStringLiteral("%1: invalid: %2 error(s), %3 warning(s)\n").arg(parser.value(QStringLiteral("config"))).arg(errors).arg(warnings);
    }
    m_out.flush();
    return ok ? Ok : Failed;
}

int Cli::render(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(configOption());
    parser.addOption(scanNodeOption());
    parser.addOption(QCommandLineOption(QStringLiteral("out"), QStringLiteral("The output directory (created if needed)."), QStringLiteral("DIR")));
    const int early = parse(parser, arguments, QStringLiteral("render --config FILE --out DIR"),
                            QStringLiteral("Writes DIR/generate_envs/multi_node_config.conf, DIR/generate_envs/generated_envs/"
                                           "env.<hostname> for every configured node and DIR/.env (the primary backend's), as "
                                           "generate_envs.sh -t multi-node does. An invalid config writes nothing; files are "
                                           "replaced atomically."));
    if (early >= 0)
        return early;
    if (!parser.isSet(QStringLiteral("config")) || !parser.isSet(QStringLiteral("out"))) {
        return fail(QStringLiteral("render"), QStringLiteral("--config FILE and --out DIR are required"), Usage);
    }
    const ClusterLoader::Result loaded =
        ClusterLoader::loadFile(parser.value(QStringLiteral("config")), parser.values(QStringLiteral("scan-node")));
    if (!report(loaded.diagnostics)) {
        return fail(QStringLiteral("render"), QStringLiteral("nothing written: fix the errors above first"), Failed);
    }
    const QList<RenderedFile> files = EnvRenderer::renderAll(loaded.cluster, loaded.document);
    const QString outDir = parser.value(QStringLiteral("out"));
    const QString failure = FileSetWriter::write(outDir, files);
    if (!failure.isEmpty()) {
        return fail(QStringLiteral("render"), failure, Failed);
    }
    for (const RenderedFile &f : files)
        m_out << QDir(outDir).filePath(f.relativePath) << '\n';
    m_out.flush();
    return Ok;
}

int Cli::plan(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(configOption());
    parser.addOption(scanNodeOption());
    parser.addOption(QCommandLineOption(QStringLiteral("user"),
                                        QStringLiteral("The OS user passed as -u (default %1).").arg(PlanOptions::kDefaultUser),
                                        QStringLiteral("U")));
    parser.addOption(QCommandLineOption(QStringLiteral("installation-dir"),
                                        QStringLiteral("Where the platform is installed, -p (default %1).").arg(PlanOptions::kDefaultInstallationDir),
                                        QStringLiteral("D")));
    parser.addOption(QCommandLineOption(QStringLiteral("installer-dir"),
                                        QStringLiteral("Where the installer package is unpacked on each node (default %1).")
                                            .arg(PlanOptions::kDefaultInstallerDir),
                                        QStringLiteral("D")));
    parser.addOption(QCommandLineOption(QStringLiteral("etc-hosts"),
                                        QStringLiteral("Add an /etc/hosts line for the external FQDN on every node (when DNS does not "
                                                       "resolve it): frontends point at themselves, other nodes at --hosts-target or "
                                                       "the first frontend.")));
    parser.addOption(QCommandLineOption(QStringLiteral("hosts-target"),
                                        QStringLiteral("With --etc-hosts: the IP (e.g. a load balancer) that non-frontend nodes resolve "
                                                       "the FQDN to."),
                                        QStringLiteral("IP")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print the plan as JSON.")));
    const int early = parse(parser, arguments,
                            QStringLiteral("plan --config FILE [--user U] [--installation-dir D] [--installer-dir D] [--json]"),
                            QStringLiteral("Prints the install plan: the ordered phases, their nodes and each node's steps with the "
                                           "exact remote commands. The executor, the dry run and the exported runbooks use the "
                                           "same plan."));
    if (early >= 0)
        return early;
    if (!parser.isSet(QStringLiteral("config"))) {
        return fail(QStringLiteral("plan"), QStringLiteral("--config FILE is required"), Usage);
    }
    PlanOptions options;
    if (parser.isSet(QStringLiteral("user")))
        options.user = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("installation-dir")))
        options.installationDir = parser.value(QStringLiteral("installation-dir"));
    if (parser.isSet(QStringLiteral("installer-dir")))
        options.installerDir = parser.value(QStringLiteral("installer-dir"));
    options.addHostsEntries = parser.isSet(QStringLiteral("etc-hosts"));
    options.hostsTarget = parser.value(QStringLiteral("hosts-target"));
    for (const QString &dir : {options.installerDir, options.installationDir}) {
        if (!dir.startsWith(QLatin1Char('/'))) {
            return fail(QStringLiteral("plan"), QStringLiteral("directory '%1' must be an absolute path on the nodes").arg(dir), Failed);
        }
    }
    if (options.user.isEmpty()) {
        return fail(QStringLiteral("plan"), QStringLiteral("--user must not be empty"), Failed);
    }

    const ClusterLoader::Result loaded =
        ClusterLoader::loadFile(parser.value(QStringLiteral("config")), parser.values(QStringLiteral("scan-node")));
    if (!report(loaded.diagnostics)) {
        return fail(QStringLiteral("plan"), QStringLiteral("no plan for an invalid cluster: fix the errors above first"), Failed);
    }
    const InstallPlan plan = InstallPlanBuilder::build(loaded.cluster, options);
    if (parser.isSet(QStringLiteral("json")))
        m_out << QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented);
    else
        m_out << plan.toText();
    m_out.flush();
    return Ok;
}
