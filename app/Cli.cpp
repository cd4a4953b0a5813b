#include "Cli.h"

#include "ClusterImporter.h"
#include "ClusterLoader.h"
#include "NodeExpansion.h"
#include "StretchConversion.h"
#include "BundleExporter.h"
#include "BundleImporter.h"
#include "ClusterHealth.h"
#include "ClusterVerifier.h"
#include "HaDrill.h"
#include "SiteFailureAnalysis.h"
#include "DnsCheck.h"
#include "InstallExecutor.h"
#include "LoadBalancerPush.h"
#include "LoadBalancerRenderer.h"
#include "ProfileCatalog.h"
#include "ProgressPrinter.h"
#include "PreflightRunner.h"
#include "ProjectStaging.h"
#include "DirectoryContents.h"
#include "AccessProbe.h"
#include "CertificateIssuer.h"
#include "ClusterPki.h"
#include "LabEnvironment.h"
#include "LabWebServer.h"
#include "NetworkNames.h"
#include "Project.h"
#include "SecretOptions.h"
#include "SshSession.h"
#include "EnvRenderer.h"
#include "FileSetWriter.h"
#include "InstallPlanBuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>
#include <atomic>
#include <csignal>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentMap>

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

// The user's explicit host-key choices (--accept-host-key, --accept-new-host-keys) for one endpoint.
void applyHostKeyChoices(SshEndpoint &endpoint, const QHash<QString, QString> &accepted, bool acceptNew)
{
    endpoint.acceptNewHostKeys = acceptNew;
    const QString id = Project::hostKeyId(endpoint.host, endpoint.port > 0 ? endpoint.port : 22);
    if (accepted.contains(id))
        endpoint.acceptedFingerprints << accepted.value(id);
}
} // namespace

Cli::Cli()
    : m_out(stdout)
    , m_err(stderr)
{
}

bool Cli::isCommand(const QString &word)
{
    static const QStringList commands{QStringLiteral("validate"), QStringLiteral("render"), QStringLiteral("plan"), QStringLiteral("certs"), QStringLiteral("lab"), QStringLiteral("check-access"), QStringLiteral("install"), QStringLiteral("verify"), QStringLiteral("preflight"), QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("lb"), QStringLiteral("drill"), QStringLiteral("import-cluster"), QStringLiteral("add-node"), QStringLiteral("convert-stretch"),
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
        "  certs      Create the CA and every certificate, and kf-agilesec.internal-certs.tgz\n"
        "  lab        Start, stop or list the local lab of simulated nodes (Linux): lab up|down|status\n"
        "  check-access  Connect to every node of a project: host keys, authentication, sudo\n"
        "  preflight  Check every node before installing: access, sudo, resources, firewall, DNS, clocks, latency\n"
        "  install    Install the project's cluster over SSH, phase by phase; resumes after a failure\n"
        "  lb         Write the DNS / load balancer files (hosts, Route53, NLB, App Gateway, HAProxy + Keepalived, firewall)\n"
        "  drill      Failover drill: stop a frontend, backend or site, check users are served, restore\n"
        "  export     Write the air-gapped bundle: files, runbooks, scripts, Ansible, checksums\n"
        "  import     Check a bundle against its checksums and make a project from it\n"
        "  import-cluster  Make a project of a running cluster, read from backend-1 over SSH or from files\n"
        "  add-node   Add a frontend or a scan node to the running cluster, as the guide does (diff first)\n"
        "  convert-stretch  Turn the topology into the guide's stretch cluster with a coordinator (checks first)\n"
        "  verify     Compare every node's services with its profile (manage.sh status)\n"
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
    if (command == QLatin1String("certs"))
        return certs(rest);
    if (command == QLatin1String("lab"))
        return lab(rest);
    if (command == QLatin1String("check-access"))
        return checkAccess(rest);
    if (command == QLatin1String("install"))
        return install(rest);
    if (command == QLatin1String("verify"))
        return verify(rest);
    if (command == QLatin1String("preflight"))
        return preflight(rest);
    if (command == QLatin1String("export"))
        return exportBundle(rest);
    if (command == QLatin1String("lb"))
        return loadBalancer(rest);
    if (command == QLatin1String("drill"))
        return drill(rest);
    if (command == QLatin1String("import"))
        return importBundle(rest);
    if (command == QLatin1String("import-cluster"))
        return importCluster(rest);
    if (command == QLatin1String("add-node"))
        return addNode(rest);
    if (command == QLatin1String("convert-stretch"))
        return convertStretch(rest);
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

int Cli::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis, const QString &description, int positionals)
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
    if (parser.positionalArguments().size() > positionals) {
        m_err << kProgram << ' ' << arguments.value(0) << ": unexpected argument '" << parser.positionalArguments().value(positionals)
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

int Cli::certs(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("certs");
    QCommandLineParser parser;
    parser.addOption(configOption());
    parser.addOption(scanNodeOption());
    parser.addOption(QCommandLineOption(QStringLiteral("out"), QStringLiteral("The output directory; certificates/ is written inside it."),
                                        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("ca-cert"), QStringLiteral("Bring your own CA: its certificate (PEM)."), QStringLiteral("PEM")));
    parser.addOption(QCommandLineOption(QStringLiteral("ca-key"), QStringLiteral("Bring your own CA: its private key (PEM, may be encrypted)."),
                                        QStringLiteral("PEM")));
    parser.addOption(QCommandLineOption(QStringLiteral("ca-pass-file"), QStringLiteral("File holding the passphrase of an encrypted --ca-key."),
                                        QStringLiteral("F")));
    parser.addOption(QCommandLineOption(QStringLiteral("import-certs"),
                                        QStringLiteral("Bring your own certificates: a directory laid out like certificates/ (nodes/<host>-cert.pem, "
                                                       "nodes/<host>-key.pem, web/<host>-web-cert.pem, web/<host>-web-key.pem) to validate "
                                                       "against --ca-cert and bundle; nothing is signed."),
                                        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("key-type"),
                                        QStringLiteral("Key type of new keys: %1 (default %2).")
                                            .arg(KeyTypes::names().join(QStringLiteral(", ")), KeyTypes::name(KeyTypes::kDefault)),
                                        QStringLiteral("T")));
    parser.addOption(QCommandLineOption(QStringLiteral("days"),
                                        QStringLiteral("Validity of new node certificates in days (default %1).").arg(CertificateAuthority::kDefaultLeafDays),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("ca-days"),
                                        QStringLiteral("Validity of a new CA in days (default %1).").arg(CertificateAuthority::kDefaultCaDays),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("lb-address"),
                                        QStringLiteral("The load balancer's VIP or IP, added to the web certificates and the load-balancer "
                                                       "certificate. Repeatable."),
                                        QStringLiteral("IP")));
    parser.addOption(QCommandLineOption(QStringLiteral("pfx-pass-file"),
                                        QStringLiteral("Also write certificates/lb/agilesec-lb.pfx (PKCS#12 for L7 load balancers) protected by "
                                                       "the passphrase in this file."),
                                        QStringLiteral("F")));
    parser.addOption(QCommandLineOption(QStringLiteral("export-ca-key"),
                                        QStringLiteral("Also export the CA private key, encrypted (PKCS#8, AES-256) with the passphrase in "
                                                       "--export-pass-file, to this file (mode 0600)."),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("export-pass-file"), QStringLiteral("Passphrase for --export-ca-key (8 characters or more)."),
                                        QStringLiteral("F")));
    const int early = parse(parser, arguments,
                            QStringLiteral("certs --config FILE --out DIR [--ca-cert PEM --ca-key PEM [--ca-pass-file F]] "
                                           "[--key-type T] [--days N]"),
                            QStringLiteral("Creates the cluster CA (or uses yours), a mutual-TLS certificate per node and a web "
                                           "certificate per frontend, and DIR/certificates/kf-agilesec.internal-certs.tgz with every "
                                           "env file. Certificates already in DIR that still pass every check are kept byte for byte, "
                                           "so adding a node issues only its own. The CA key never goes into the bundle. An invalid "
                                           "config or CA writes nothing; files are replaced atomically."));
    if (early >= 0)
        return early;
    if (!parser.isSet(QStringLiteral("config")) || !parser.isSet(QStringLiteral("out")))
        return fail(cmd, QStringLiteral("--config FILE and --out DIR are required"), Usage);

    PkiOptions options;
    if (parser.isSet(QStringLiteral("key-type"))) {
        const std::optional<KeyType> type = KeyTypes::fromName(parser.value(QStringLiteral("key-type")));
        if (!type)
            return fail(cmd, QStringLiteral("--key-type '%1' is not one of %2").arg(parser.value(QStringLiteral("key-type")), KeyTypes::names().join(QStringLiteral(", "))), Usage);
        options.keyType = *type;
    }
    for (const auto &[name, target] : {std::pair{QStringLiteral("days"), &options.leafDays}, std::pair{QStringLiteral("ca-days"), &options.caDays}}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        *target = parser.value(name).toInt(&ok);
        if (!ok || *target < 1 || *target > 36500)
            return fail(cmd, QStringLiteral("--%1 '%2' is not a number of days from 1 to 36500").arg(name, parser.value(name)), Usage);
    }
    for (const QString &address : parser.values(QStringLiteral("lb-address"))) {
        const QString problem = NetworkNames::ipProblem(address);
        if (!problem.isEmpty())
            return fail(cmd, QStringLiteral("--lb-address: %1").arg(problem), Usage);
        options.loadBalancerAddresses << address;
    }
    QString error;
    if (parser.isSet(QStringLiteral("pfx-pass-file")) && !SecretOptions::readFile(parser.value(QStringLiteral("pfx-pass-file")), &options.pfxPassphrase, &error))
        return fail(cmd, error, Failed);
    QByteArray exportPassphrase;
    if (parser.isSet(QStringLiteral("export-ca-key")) != parser.isSet(QStringLiteral("export-pass-file")))
        return fail(cmd, QStringLiteral("--export-ca-key and --export-pass-file go together"), Usage);
    if (parser.isSet(QStringLiteral("export-pass-file"))) {
        if (!SecretOptions::readFile(parser.value(QStringLiteral("export-pass-file")), &exportPassphrase, &error))
            return fail(cmd, error, Failed);
        if (exportPassphrase.size() < 8)
            return fail(cmd, QStringLiteral("the export passphrase is shorter than 8 characters"), Failed);
    }
    const bool byoCa = parser.isSet(QStringLiteral("ca-cert")) || parser.isSet(QStringLiteral("ca-key"));
    const bool importing = parser.isSet(QStringLiteral("import-certs"));
    if (importing && !parser.isSet(QStringLiteral("ca-cert")))
        return fail(cmd, QStringLiteral("--import-certs needs --ca-cert, the CA the certificates chain to"), Usage);
    if (!importing && byoCa && !(parser.isSet(QStringLiteral("ca-cert")) && parser.isSet(QStringLiteral("ca-key"))))
        return fail(cmd, QStringLiteral("--ca-cert and --ca-key go together"), Usage);

    const ClusterLoader::Result loaded =
        ClusterLoader::loadFile(parser.value(QStringLiteral("config")), parser.values(QStringLiteral("scan-node")));
    if (!report(loaded.diagnostics))
        return fail(cmd, QStringLiteral("nothing written: fix the errors above first"), Failed);
    const QString outDir = parser.value(QStringLiteral("out"));
    const auto readInput = [&](const QString &option, QByteArray *data) {
        QFile f(parser.value(option));
        if (!f.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("cannot read --%1 %2: %3").arg(option, parser.value(option), f.errorString());
            return false;
        }
        *data = f.readAll();
        return true;
    };
    CertificateIssuer::Request request;
    request.options = options;
    request.caName = parser.value(QStringLiteral("ca-cert"));
    if (importing) {
        request.source = CertificateIssuer::Source::ImportCertificates;
        if (!readInput(QStringLiteral("ca-cert"), &request.caCertPem))
            return fail(cmd, error, Failed);
        request.provided = DirectoryContents::read(parser.value(QStringLiteral("import-certs")), QStringLiteral("certificates/"));
    } else if (byoCa) {
        request.source = CertificateIssuer::Source::OwnCa;
        if (!readInput(QStringLiteral("ca-cert"), &request.caCertPem) || !readInput(QStringLiteral("ca-key"), &request.caKeyPem))
            return fail(cmd, error, Failed);
        if (parser.isSet(QStringLiteral("ca-pass-file")) && !SecretOptions::readFile(parser.value(QStringLiteral("ca-pass-file")), &request.caPassphrase, &error))
            return fail(cmd, error, Failed);
    }
    const CertificateIssuer::Result issued = CertificateIssuer::issue(loaded, outDir, request);
    if (!issued.ok()) {
        for (const QString &problem : std::as_const(issued.pki.problems))
            m_err << kProgram << ' ' << cmd << ": " << problem << '\n';
        return fail(cmd, issued.pki.problems.isEmpty() ? issued.error : QStringLiteral("nothing written"), Failed);
    }
    const ClusterPki::Result &result = issued.pki;
    const std::optional<CertificateAuthority> &ca = issued.ca;
    const QString &caOrigin = issued.origin;
    if (ca && parser.isSet(QStringLiteral("export-ca-key"))) {
        const QFileInfo target(parser.value(QStringLiteral("export-ca-key")));
        const QString exportFailure =
            FileSetWriter::write(target.absolutePath(), {RenderedFile{target.fileName(), ca->encryptedPrivateKeyPem(exportPassphrase), 0600}});
        if (!exportFailure.isEmpty())
            return fail(cmd, exportFailure, Failed);
        m_out << target.filePath() << " (CA key, encrypted)\n";
    }
    for (const RenderedFile &f : std::as_const(result.files))
        m_out << QDir(outDir).filePath(f.relativePath) << '\n';
    m_out << QStringLiteral("signed with %1: %2 certificate(s) issued, %3 kept\n").arg(caOrigin).arg(result.issued.size()).arg(result.kept.size());
    m_out.flush();
    return Ok;
}

int Cli::lab(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("lab");
    const QString action = arguments.value(1);
    QStringList rest = arguments;
    if (action == QLatin1String("up") || action == QLatin1String("down") || action == QLatin1String("status") || action == QLatin1String("serve"))
        rest.removeAt(1);
    if (action == QLatin1String("serve"))
        return labServe(rest);
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("dir"),
                                        QStringLiteral("The lab directory (default %1).").arg(LabEnvironment::defaultDirectory()),
                                        QStringLiteral("D")));
    parser.addOption(QCommandLineOption(QStringLiteral("topology"),
                                        QStringLiteral("up: 3, 4 (default), 7 (stretch with coordinator) or a node count."), QStringLiteral("T")));
    parser.addOption(QCommandLineOption(QStringLiteral("sudo-password"),
                                        QStringLiteral("up: the nodes' sudo asks for a password (in the lab's sudo-password file).")));
    parser.addOption(QCommandLineOption(QStringLiteral("step-seconds"),
                                        QStringLiteral("up: simulated seconds per install step (default 0.1)."), QStringLiteral("S")));
    parser.addOption(QCommandLineOption(QStringLiteral("spare"),
                                        QStringLiteral("up: a spare machine for add-node, HOSTNAME=ADDITIONAL_FRONTEND|SCAN (repeatable): "
                                                       "started and reachable, not in the config."),
                                        QStringLiteral("SPEC")));
    const int early = parse(parser, rest, QStringLiteral("lab up [--topology 3|4|7|N] [--spare NAME=PROFILE]... [--dir D] | lab down [--dir D] | lab status [--dir D]"),
                            QStringLiteral("The local lab, a SIMULATION for trying the installer and for its tests: one real OpenSSH sshd "
                                           "per node on its own loopback address (127.0.0.11, .12, ...), each with its own host key and a "
                                           "simulated AgileSec installer. 'up' writes a ready project file and prints its path last "
                                           "(project: PATH); 'down' stops exactly the processes 'up' started. Linux only."));
    if (early >= 0)
        return early;
    if (action != QLatin1String("up") && action != QLatin1String("down") && action != QLatin1String("status"))
        return fail(cmd, QStringLiteral("expected up, down or status"), Usage);
    const QString dir = parser.value(QStringLiteral("dir"));
    if (action == QLatin1String("up")) {
        LabEnvironment::Options options;
        options.directory = dir;
        if (parser.isSet(QStringLiteral("topology")))
            options.topology = parser.value(QStringLiteral("topology"));
        options.sudoNeedsPassword = parser.isSet(QStringLiteral("sudo-password"));
        options.spares = parser.values(QStringLiteral("spare"));
        options.webServerProgram = QCoreApplication::applicationFilePath();
        if (parser.isSet(QStringLiteral("step-seconds"))) {
            bool ok = false;
            const double seconds = parser.value(QStringLiteral("step-seconds")).toDouble(&ok);
            if (!ok || seconds < 0 || seconds > 600)
                return fail(cmd, QStringLiteral("--step-seconds must be a number from 0 to 600"), Usage);
            options.stepSeconds = parser.value(QStringLiteral("step-seconds"));
        }
        const QString why = LabEnvironment::unsupportedReason();
        if (!why.isEmpty())
            return fail(cmd, why, Failed);
        QString projectPath;
        QStringList progress;
        const QString error = LabEnvironment::up(options, &projectPath, &progress);
        for (const QString &line : std::as_const(progress))
            m_out << line << '\n';
        if (!error.isEmpty())
            return fail(cmd, error, Failed);
        m_out << "lab up (SIMULATION): " << progress.size() << " nodes\n";
        m_out << "project: " << projectPath << '\n';
        m_out.flush();
        return Ok;
    }
    if (action == QLatin1String("down")) {
        QStringList stopped;
        const QString error = LabEnvironment::down(dir, &stopped);
        for (const QString &line : std::as_const(stopped))
            m_out << line << '\n';
        m_out.flush();
        return error.isEmpty() ? Ok : fail(cmd, error, Failed);
    }
    QString error;
    const QList<LabNode> nodes = LabEnvironment::status(dir, &error);
    if (!error.isEmpty())
        return fail(cmd, error, Failed);
    m_out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(QStringLiteral("NODE"), -16).arg(QStringLiteral("PROFILE"), -22).arg(QStringLiteral("SSH"), -22)
                 .arg(QStringLiteral("SSHD"), -16).arg(QStringLiteral("PLATFORM (SIMULATED)"));
    for (const LabNode &n : nodes) {
        m_out << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(n.hostname, -16)
                     .arg(n.profile, -22)
                     .arg(QStringLiteral("%1:%2").arg(n.address).arg(n.port), -22)
                     .arg(n.running ? QStringLiteral("running (%1)").arg(n.pid) : QStringLiteral("stopped"), -16)
                     .arg(n.services);
    }
    m_out.flush();
    return Ok;
}

int Cli::checkAccess(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("check-access");
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("project"), QStringLiteral("The project file."), QStringLiteral("P")));
    parser.addOption(QCommandLineOption(QStringLiteral("node"), QStringLiteral("Only this node (repeatable)."), QStringLiteral("NAME")));
    addHostKeyOptions(parser);
    SecretOptions::add(parser, QStringLiteral("ssh-password"), QStringLiteral("the SSH password (password / keyboard-interactive auth)"));
    SecretOptions::add(parser, QStringLiteral("sudo-password"), QStringLiteral("the sudo password"));
    const int early = parse(parser, arguments,
                            QStringLiteral("check-access --project P [--node NAME]... [--accept-host-key HOST:PORT=SHA256:...]... "
                                           "[--accept-new-host-keys]"),
                            QStringLiteral("Connects to every node in parallel and reports, per node, the host key (pinned, from "
                                           "known_hosts, or newly accepted), whether authentication worked, and how sudo behaves "
                                           "(no password, password accepted, or refused). Accepted keys are pinned in the project. "
                                           "Nothing is changed on the nodes. Exit 1 if any node fails."));
    if (early >= 0)
        return early;
    QHash<QString, QString> accepted;
    if (!acceptedHostKeys(cmd, parser, &accepted))
        return Usage;
    int exitCode = Ok;
    std::optional<OpenProject> opened = openProject(cmd, parser, &exitCode);
    if (!opened)
        return exitCode;
    Project *project = &opened->project;
    const ClusterLoader::Result &loaded = opened->loaded;
    QString error;
    InstallSecrets access;
    if (!SecretOptions::readAccess(parser, *project, &access, &error))
        return fail(cmd, error, Failed);

    QList<Node> nodes;
    for (const Node &n : loaded.cluster.nodes) {
        if (!parser.isSet(QStringLiteral("node")) || parser.values(QStringLiteral("node")).contains(n.hostname))
            nodes << n;
    }
    const bool acceptNew = parser.isSet(QStringLiteral("accept-new-host-keys"));
    // One session per node, each in its own pool thread; no session is shared between threads.
    const std::function<ConnectionCheck(const Node &)> check = [&](const Node &node) {
        SshEndpoint endpoint = project->endpointFor(node);
        applyHostKeyChoices(endpoint, accepted, acceptNew);
        return AccessProbe::probe(node.hostname, endpoint, access);
    };
    const QList<ConnectionCheck> outcomes = QtConcurrent::blockingMapped<QList<ConnectionCheck>>(nodes, check);
    static const QHash<int, QString> trust{{int(SshSession::HostKeyTrust::Pinned), QStringLiteral("pinned")},
                                           {int(SshSession::HostKeyTrust::KnownHosts), QStringLiteral("known_hosts")},
                                           {int(SshSession::HostKeyTrust::AcceptedNew), QStringLiteral("newly accepted, now pinned")},
                                           {int(SshSession::HostKeyTrust::AcceptedChanged), QStringLiteral("CHANGED key re-pinned as you asked")}};
    static const QHash<int, QString> sudo{{int(ConnectionCheck::Sudo::NoPassword), QStringLiteral("sudo without password")},
                                          {int(ConnectionCheck::Sudo::PasswordMissing), QStringLiteral("sudo needs a password: give --sudo-password-file")},
                                          {int(ConnectionCheck::Sudo::PasswordAccepted), QStringLiteral("sudo with password: accepted")},
                                          {int(ConnectionCheck::Sudo::PasswordRefused),
                                           QStringLiteral("sudo with password: REFUSED (wrong password or not in sudoers)")},
                                          {int(ConnectionCheck::Sudo::Unavailable), QStringLiteral("sudo: NOT AVAILABLE for this user")}};
    bool allOk = true;
    bool pinned = false;
    for (const ConnectionCheck &o : outcomes) {
        const QString line = o.sudo != ConnectionCheck::Sudo::NotChecked // connected
            ? QStringLiteral("%1: %2 host key %3 (%4); %5").arg(o.hostname, o.destination, o.fingerprint, trust.value(int(o.trust)), sudo.value(int(o.sudo)))
            : QStringLiteral("%1: FAILED: %2").arg(o.hostname, o.error);
        (o.ok() ? m_out : m_err) << line << '\n';
        allOk = allOk && o.ok();
        if (o.shouldPin) {
            project->hostKeys.insert(o.hostKeyId, o.fingerprint);
            pinned = true;
        }
    }
    m_out.flush();
    m_err.flush();
    if (pinned) {
        const QString saveError = project->save();
        if (!saveError.isEmpty())
            return fail(cmd, saveError, Failed);
        m_out << "pinned the accepted host keys in " << project->path << '\n';
        m_out.flush();
    }
    return allOk ? Ok : Failed;
}

void Cli::addHostKeyOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("accept-host-key"),
                                        QStringLiteral("Accept and pin this exact host key: HOST:PORT=SHA256:... as printed for an unknown or "
                                                       "changed key (repeatable)."),
                                        QStringLiteral("HOST=FP")));
    parser.addOption(QCommandLineOption(QStringLiteral("accept-new-host-keys"),
                                        QStringLiteral("Accept and pin every unknown host key (never a changed one).")));
}

bool Cli::acceptedHostKeys(const QString &command, const QCommandLineParser &parser, QHash<QString, QString> *accepted)
{
    for (const QString &spec : parser.values(QStringLiteral("accept-host-key"))) {
        const int eq = spec.indexOf(QLatin1Char('='));
        if (eq <= 0 || !spec.mid(eq + 1).startsWith(QLatin1String("SHA256:"))) {
            fail(command, QStringLiteral("--accept-host-key '%1': expected HOST:PORT=SHA256:... exactly as printed").arg(spec), Usage);
            return false;
        }
        accepted->insert(spec.left(eq), spec.mid(eq + 1));
    }
    return true;
}

namespace {
// Applies the user's explicit host-key acceptance to every target.
void applyHostKeyChoices(QList<NodeTarget> &targets, const QHash<QString, QString> &accepted, bool acceptNew)
{
    for (NodeTarget &t : targets)
        applyHostKeyChoices(t.endpoint, accepted, acceptNew);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::atomic_bool interrupted{false};
extern "C" void onInterrupt(int)
{
    interrupted = true;
    std::signal(SIGINT, SIG_DFL); // a second Ctrl-C ends the program at once
}
} // namespace

int Cli::install(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("install");
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("project"), QStringLiteral("The project file."), QStringLiteral("P")));
    parser.addOption(QCommandLineOption(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation.")));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                        QStringLiteral("Print every remote command in the order the install runs them, and change nothing.")));
    parser.addOption(QCommandLineOption(QStringLiteral("parallel"), QStringLiteral("Nodes of one phase that run at once (default 8)."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("kafka-watch-seconds"),
                                        QStringLiteral("How often the Kafka watchdog checks the backends during the backend phases "
                                                       "(default 15; 0 turns it off)."),
                                        QStringLiteral("S")));
    parser.addOption(QCommandLineOption(QStringLiteral("install-timeout-minutes"),
                                        QStringLiteral("Longest wait for one node's installer (default 180)."), QStringLiteral("M")));
    parser.addOption(QCommandLineOption(QStringLiteral("quiet"), QStringLiteral("Print step results only, not the nodes' output.")));
    addHostKeyOptions(parser);
    SecretOptions::add(parser, QStringLiteral("admin-password"), QStringLiteral("the platform's admin password"));
    SecretOptions::add(parser, QStringLiteral("sudo-password"), QStringLiteral("the sudo password"));
    SecretOptions::add(parser, QStringLiteral("ssh-password"), QStringLiteral("the SSH password"));
    const int early = parse(parser, arguments, QStringLiteral("install --project P [--yes] [--dry-run] [--parallel N]"),
                            QStringLiteral("Installs the project's cluster: renders the env files and certificates into the project's "
                                           "output directory, prepares every node in parallel, then runs the guide's install phases in "
                                           "order, the nodes of a phase in parallel. Each step is journaled as it changes, so running "
                                           "install again (after a failure, Ctrl-C or a crash) resumes without repeating finished steps. "
                                           "A full log per node goes to the output directory's logs/. Exit 0 when every node is "
                                           "installed, 1 otherwise."));
    if (early >= 0)
        return early;
    QHash<QString, QString> accepted;
    if (!acceptedHostKeys(cmd, parser, &accepted))
        return Usage;
    const auto number = [&](const QString &name, int fallback, int low, int high, int *value) {
        *value = fallback;
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        *value = parser.value(name).toInt(&ok);
        if (!ok || *value < low || *value > high) {
            fail(cmd, QStringLiteral("--%1 '%2' must be a whole number from %3 to %4").arg(name, parser.value(name)).arg(low).arg(high), Usage);
            return false;
        }
        return true;
    };
    int parallel = 8, watchSeconds = 15, installMinutes = 180;
    if (!number(QStringLiteral("parallel"), 8, 1, 256, &parallel) || !number(QStringLiteral("kafka-watch-seconds"), 15, 0, 3600, &watchSeconds)
        || !number(QStringLiteral("install-timeout-minutes"), 180, 1, 24 * 60, &installMinutes))
        return Usage;

    int exitCode = Ok;
    std::optional<OpenProject> opened = openProject(cmd, parser, &exitCode);
    if (!opened)
        return exitCode;
    Project *project = &opened->project;
    const ClusterLoader::Result &loaded = opened->loaded;
    QString error;
    const InstallPlan plan = InstallPlanBuilder::build(loaded.cluster, project->planOptions());

    if (parser.isSet(QStringLiteral("dry-run"))) {
        // The same plan object the run executes, in execution order.
        m_out << "# dry run: " << plan.nodeCount() << " nodes, " << plan.phases.size() << " phases, " << plan.stepCount()
              << " steps; nothing is changed\n";
        for (const PlanPhase &phase : plan.phases) {
            m_out << "# phase " << phase.index << ": " << phase.title << '\n';
            for (const PlanNode &node : phase.nodes) {
                for (const PlanStep &step : node.steps) {
                    m_out << node.hostname << (step.kind == PlanStep::Kind::Upload ? ": local> " : ": $ ") << step.command;
                    if (step.input == PlanStep::Input::AdminPassword)
                        m_out << "   # stdin: the admin password";
                    m_out << '\n';
                }
            }
            m_out << "# wait for: " << phase.waitFor << '\n';
        }
        m_out.flush();
        return Ok;
    }

    InstallSecrets secrets;
    if (!SecretOptions::readAccess(parser, *project, &secrets, &error, true))
        return fail(cmd, error, Failed);
    if (secrets.adminPassword.isEmpty())
        return fail(cmd, QStringLiteral("the platform's admin password is needed for .pass: give --admin-password-file F or "
                                        "--admin-password-env VAR (or name the file in the project's secrets)"),
                    Usage);

    if (!parser.isSet(QStringLiteral("yes"))) {
        m_out << "About to install " << plan.nodeCount() << " node(s) in " << plan.phases.size() << " phase(s), " << plan.stepCount()
              << " steps (see 'install --dry-run'). Type yes to continue: ";
        m_out.flush();
        QTextStream in(stdin);
        if (in.readLine().trimmed() != QLatin1String("yes"))
            return fail(cmd, QStringLiteral("not confirmed; nothing done"), Failed);
    }

    const QString packageProblem = project->checkInstallerPackage();
    if (!packageProblem.isEmpty())
        return fail(cmd, packageProblem, Failed);
    const ProjectStaging::Result staged = ProjectStaging::prepare(*project, loaded);
    if (!staged.ok())
        return fail(cmd, QStringLiteral("cannot prepare the files to upload: %1").arg(staged.error), Failed);
    m_out << "files to upload in " << staged.directory << " (certificates: " << staged.issued << " issued, " << staged.kept << " kept)\n";

    QList<NodeTarget> targets = project->targets(loaded.cluster);
    applyHostKeyChoices(targets, accepted, parser.isSet(QStringLiteral("accept-new-host-keys")));
    ExecutorSettings settings;
    settings.stagingDir = staged.directory;
    settings.journalPath = project->journalPath();
    settings.logDir = project->logDir();
    settings.maxParallelNodes = parallel;
    settings.kafkaWatchIntervalMs = watchSeconds * 1000;
    settings.installTimeoutMs = installMinutes * 60 * 1000;
    return runPlan(cmd, project, plan, targets, secrets, settings, !parser.isSet(QStringLiteral("quiet"))) ? Ok : Failed;
}

bool Cli::runPlan(const QString &cmd, Project *project, const InstallPlan &plan, const QList<NodeTarget> &targets, const InstallSecrets &secrets,
                  const ExecutorSettings &settings, bool verbose)
{
    InstallExecutor executor(plan, targets, secrets, settings);
    ProgressPrinter printer(&executor, verbose, m_out, m_err);
    bool pinned = false;
    QObject::connect(&executor, &InstallExecutor::hostKeyAccepted, [&](const QString &, const QString &id, const QString &fp) {
        project->hostKeys.insert(id, fp);
        pinned = true;
    });
    bool succeeded = false;
    QString summary;
    QEventLoop loop;
    QObject::connect(&executor, &InstallExecutor::finished, &loop, [&](bool ok, const QString &text) {
        succeeded = ok;
        summary = text;
        loop.quit();
    });
    QString error;
    if (!executor.start(&error)) {
        fail(cmd, error, Failed);
        return false;
    }
    m_out << "journal: " << settings.journalPath << "\nlogs: " << settings.logDir << Qt::endl;
    interrupted = false;
    std::signal(SIGINT, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &executor, [&] {
        if (interrupted.exchange(false)) {
            m_err << "interrupted: stopping the running steps; run " << cmd << " again to resume" << Qt::endl;
            executor.abort();
        }
    });
    interruptPoll.start(200);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    if (pinned) {
        const QString saveError = project->save();
        if (!saveError.isEmpty())
            m_err << kProgram << ' ' << cmd << ": could not pin the accepted host keys: " << saveError << '\n';
    }
    (succeeded ? m_out : m_err) << cmd << (succeeded ? " complete: " : " FAILED: ") << summary << '\n';
    if (!succeeded) {
        for (const NodeProgress &p : executor.progress()) {
            if (p.state == NodeProgress::State::Failed)
                m_err << "  " << p.hostname << ": " << p.message << "\n    log: " << QDir(settings.logDir).filePath(p.hostname + QStringLiteral(".log")) << '\n';
        }
    }
    m_out.flush();
    m_err.flush();
    return succeeded;
}

int Cli::importCluster(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("import-cluster");
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("dir"), QStringLiteral("The new project's folder (must not hold a project yet)."), QStringLiteral("D")));
    parser.addOption(QCommandLineOption(QStringLiteral("from"),
                                        QStringLiteral("Read the cluster from this node (backend-1) over SSH: HOST or HOST:PORT."), QStringLiteral("HOST")));
    parser.addOption(QCommandLineOption(QStringLiteral("with-ca-key"),
                                        QStringLiteral("With --from: also copy the CA private key (needed to issue certificates for new nodes). "
                                                       "It is kept in the project's output folder, mode 600, and never sent to a node.")));
    parser.addOption(QCommandLineOption(QStringLiteral("config"), QStringLiteral("Instead of --from: the cluster's multi_node_config.conf."), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("ca-cert"), QStringLiteral("With --config: the cluster's CA certificate (PEM)."), QStringLiteral("PEM")));
    parser.addOption(QCommandLineOption(QStringLiteral("ca-key"), QStringLiteral("A local copy of the CA private key (PEM), to issue new certificates."), QStringLiteral("PEM")));
    parser.addOption(QCommandLineOption(QStringLiteral("bundle"), QStringLiteral("With --config: kf-agilesec.internal-certs.tgz, to keep the nodes' certificates."),
                                        QStringLiteral("TGZ")));
    parser.addOption(QCommandLineOption(QStringLiteral("user"), QStringLiteral("SSH user for every node."), QStringLiteral("U")));
    parser.addOption(QCommandLineOption(QStringLiteral("auth"), QStringLiteral("agent (default), key, password or keyboard-interactive."), QStringLiteral("METHOD")));
    parser.addOption(QCommandLineOption(QStringLiteral("identity"), QStringLiteral("Private key file for --auth key."), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("ssh-config"), QStringLiteral("ssh_config to honour (default ~/.ssh/config)."), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("known-hosts"), QStringLiteral("known_hosts to trust (default ~/.ssh/known_hosts)."), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("installer-dir"), QStringLiteral("The installer directory on the nodes (default %1).").arg(PlanOptions::kDefaultInstallerDir),
                                        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("installation-dir"),
                                        QStringLiteral("The installation directory on the nodes (default %1).").arg(PlanOptions::kDefaultInstallationDir), QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("os-user"), QStringLiteral("The -u user of tune.sh and install_analytics.sh (default: the SSH user)."), QStringLiteral("U")));
    parser.addOption(QCommandLineOption(QStringLiteral("node"),
                                        QStringLiteral("Per-node access: HOSTNAME:KEY=VALUE[,KEY=VALUE...] with keys host, port, user, installer-dir, "
                                                       "installation-dir (repeatable)."),
                                        QStringLiteral("SPEC")));
    parser.addOption(QCommandLineOption(QStringLiteral("scan-node"), QStringLiteral("A scan node of the cluster: HOSTNAME=IP[@SITE] (repeatable; scan nodes have no "
                                                                                    "block in the config)."),
                                        QStringLiteral("SPEC")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-status"), QStringLiteral("Do not ask the nodes for their service status.")));
    addHostKeyOptions(parser);
    SecretOptions::add(parser, QStringLiteral("ssh-password"), QStringLiteral("the SSH password (or the key's passphrase)"));
    SecretOptions::add(parser, QStringLiteral("sudo-password"), QStringLiteral("the sudo password (to report how sudo behaves)"));
    const int early = parse(parser, arguments,
                            QStringLiteral("import-cluster --dir D (--from HOST [--with-ca-key | --ca-key PEM] | --config FILE --ca-cert PEM [--ca-key PEM] [--bundle TGZ])"),
                            QStringLiteral("Makes a project of a running cluster: reads <installer-dir>/generate_envs/multi_node_config.conf, the CA "
                                           "certificate, the certificate bundle and, only with --with-ca-key, the CA key from backend-1 over SSH "
                                           "(or takes them from local files), checks them, writes the project, then shows each node's "
                                           "service status. Nothing is changed on the nodes."));
    if (early >= 0)
        return early;
    QHash<QString, QString> accepted;
    if (!acceptedHostKeys(cmd, parser, &accepted))
        return Usage;
    const bool remote = parser.isSet(QStringLiteral("from"));
    if (!parser.isSet(QStringLiteral("dir")) || remote == parser.isSet(QStringLiteral("config")))
        return fail(cmd, QStringLiteral("--dir D and one of --from HOST or --config FILE are required"), Usage);
    if (!remote && !parser.isSet(QStringLiteral("ca-cert")))
        return fail(cmd, QStringLiteral("--config needs --ca-cert PEM: the cluster's CA is what the project trusts"), Usage);
    if (remote && (parser.isSet(QStringLiteral("ca-cert")) || parser.isSet(QStringLiteral("bundle"))))
        return fail(cmd, QStringLiteral("--ca-cert and --bundle go with --config; with --from they are read from the node"), Usage);
    if (parser.isSet(QStringLiteral("with-ca-key")) && parser.isSet(QStringLiteral("ca-key")))
        return fail(cmd, QStringLiteral("give --with-ca-key (copy it from the node) or --ca-key PEM (a local copy), not both"), Usage);

    Project project;
    project.path = QDir(parser.value(QStringLiteral("dir"))).absoluteFilePath(QStringLiteral("project.json"));
    project.configFile = QStringLiteral("multi_node_config.conf");
    project.defaults.user = parser.value(QStringLiteral("user"));
    project.defaults.identityFile = parser.value(QStringLiteral("identity"));
    project.defaults.installerDir = parser.value(QStringLiteral("installer-dir"));
    project.defaults.installationDir = parser.value(QStringLiteral("installation-dir"));
    project.osUser = parser.value(QStringLiteral("os-user"));
    project.sshConfigFile = parser.value(QStringLiteral("ssh-config"));
    project.knownHostsFile = parser.value(QStringLiteral("known-hosts"));
    project.scanNodes = parser.values(QStringLiteral("scan-node"));
    for (const QString &dir : {project.defaults.installerDir, project.defaults.installationDir}) {
        if (!dir.isEmpty() && !dir.startsWith(QLatin1Char('/')))
            return fail(cmd, QStringLiteral("directory '%1' must be an absolute path on the nodes").arg(dir), Usage);
    }
    if (parser.isSet(QStringLiteral("auth"))) {
        project.auth = parser.value(QStringLiteral("auth"));
        if (!QStringList{QStringLiteral("agent"), QStringLiteral("key"), QStringLiteral("password"), QStringLiteral("keyboard-interactive")}.contains(project.auth))
            return fail(cmd, QStringLiteral("--auth '%1' is not one of agent, key, password, keyboard-interactive").arg(project.auth), Usage);
    }
    for (const QString &spec : parser.values(QStringLiteral("node"))) {
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return fail(cmd, QStringLiteral("--node '%1': expected HOSTNAME:KEY=VALUE[,KEY=VALUE...]").arg(spec), Usage);
        NodeAccess access = project.nodes.value(spec.left(colon));
        for (const QString &pair : spec.mid(colon + 1).split(QLatin1Char(','))) {
            const QString key = pair.section(QLatin1Char('='), 0, 0), value = pair.section(QLatin1Char('='), 1);
            bool numberOk = true;
            if (key == QLatin1String("host"))
                access.host = value;
            else if (key == QLatin1String("port"))
                access.port = value.toInt(&numberOk);
            else if (key == QLatin1String("user"))
                access.user = value;
            else if (key == QLatin1String("installer-dir"))
                access.installerDir = value;
            else if (key == QLatin1String("installation-dir"))
                access.installationDir = value;
            else
                return fail(cmd, QStringLiteral("--node '%1': unknown key '%2' (host, port, user, installer-dir, installation-dir)").arg(spec, key), Usage);
            if (value.isEmpty() || !numberOk || (key == QLatin1String("port") && (access.port < 1 || access.port > 65535)))
                return fail(cmd, QStringLiteral("--node '%1': '%2' needs a valid value").arg(spec, key), Usage);
        }
        project.nodes.insert(spec.left(colon), access);
    }
    QString error;
    InstallSecrets secrets;
    if (!SecretOptions::readAccess(parser, project, &secrets, &error))
        return fail(cmd, error, Failed);

    std::optional<ClusterImporter::Files> files;
    if (remote) {
        // Reach backend-1 as given; its pinned key is kept if the config names it by that address.
        const QString from = parser.value(QStringLiteral("from"));
        Node source;
        source.privateIp = from;
        int port = 0;
        const qsizetype colon = from.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && !from.left(colon).contains(QLatin1Char(':'))) {
            bool ok = false;
            port = from.mid(colon + 1).toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return fail(cmd, QStringLiteral("--from '%1': expected HOST or HOST:PORT").arg(from), Usage);
            source.privateIp = from.left(colon);
        }
        SshEndpoint endpoint = project.endpointFor(source); // the project's user, key, auth, ssh_config, known_hosts
        if (port > 0)
            endpoint.port = port;
        applyHostKeyChoices(endpoint, accepted, parser.isSet(QStringLiteral("accept-new-host-keys")));
        SshSession session(endpoint, SshCredentials{secrets.sshPassword, {}});
        if (!session.connect())
            return fail(cmd, session.error(), Failed);
        files = ClusterImporter::readFromNode(session, &project, parser.isSet(QStringLiteral("with-ca-key")), &error);
        if (files && parser.isSet(QStringLiteral("ca-key"))) {
            // The key kept off the nodes (as this installer keeps it): a local copy.
            QFile key(parser.value(QStringLiteral("ca-key")));
            if (!key.open(QIODevice::ReadOnly))
                return fail(cmd, QStringLiteral("--ca-key %1: %2").arg(key.fileName(), key.errorString()), Failed);
            files->caKey = key.readAll();
        }
    } else {
        files = ClusterImporter::readLocal(parser.value(QStringLiteral("config")), parser.value(QStringLiteral("ca-cert")),
                                           parser.value(QStringLiteral("ca-key")), parser.value(QStringLiteral("bundle")), &error);
    }
    if (!files)
        return fail(cmd, error, Failed);
    error = ClusterImporter::write(*files, project);
    if (!error.isEmpty())
        return fail(cmd, QStringLiteral("nothing written: %1").arg(error), Failed);
    const ClusterLoader::Result loaded = project.loadCluster();
    report(loaded.diagnostics);
    m_out << "imported " << loaded.cluster.nodes.size() << " node(s) from " << files->origin << ": config " << files->config.size()
          << " bytes, CA certificate" << (files->caKey.isEmpty() ? " (no CA key: new nodes' certificates cannot be issued here)" : " and key")
          << (files->bundle.isEmpty() ? ", no bundle" : ", certificate bundle") << '\n';

    if (!parser.isSet(QStringLiteral("no-status"))) {
        // Each node's host key (pinned when accepted), then its service table.
        const bool acceptNew = parser.isSet(QStringLiteral("accept-new-host-keys"));
        const std::function<ConnectionCheck(const Node &)> check = [&](const Node &node) {
            SshEndpoint endpoint = project.endpointFor(node);
            applyHostKeyChoices(endpoint, accepted, acceptNew);
            return AccessProbe::probe(node.hostname, endpoint, secrets);
        };
        const QList<ConnectionCheck> checks = QtConcurrent::blockingMapped<QList<ConnectionCheck>>(loaded.cluster.nodes, check);
        QList<NodeTarget> reachable;
        for (const ConnectionCheck &c : checks) {
            if (c.shouldPin)
                project.hostKeys.insert(c.hostKeyId, c.fingerprint);
            if (!c.error.isEmpty()) {
                m_out << "FAIL  " << c.hostname << ": " << c.error << '\n';
                continue;
            }
            if (const Node *node = loaded.cluster.findByHostname(c.hostname))
                reachable << project.targetFor(*node);
        }
        const QString saveError = project.save();
        if (!saveError.isEmpty())
            m_err << kProgram << ' ' << cmd << ": could not pin the accepted host keys: " << saveError << '\n';
        for (const NodeServiceReport &r : ClusterVerifier::verify(reachable, secrets.sshPassword)) {
            m_out << (r.ok() ? "OK    " : "FAIL  ") << r.hostname << " (" << ProfileCatalog::name(r.profile) << "): " << r.summary() << '\n';
            for (const ServiceStatus &s : r.actual)
                m_out << "        " << s.name.leftJustified(24) << ' ' << s.status << '\n';
        }
    }
    m_out << "project: " << project.path << Qt::endl;
    return Ok;
}

int Cli::addNode(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("add-node");
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("project"), QStringLiteral("The project file."), QStringLiteral("P")));
    parser.addOption(QCommandLineOption(QStringLiteral("hostname"), QStringLiteral("The new node's hostname, e.g. frontend-3."), QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("ip"), QStringLiteral("Its private IP."), QStringLiteral("IP")));
    parser.addOption(QCommandLineOption(QStringLiteral("profile"), QStringLiteral("ADDITIONAL_FRONTEND or SCAN."), QStringLiteral("PROFILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("site"), QStringLiteral("Its site / availability zone."), QStringLiteral("SITE")));
    parser.addOption(QCommandLineOption(QStringLiteral("ssh-host"), QStringLiteral("Connect to this host instead of the IP."), QStringLiteral("HOST")));
    parser.addOption(QCommandLineOption(QStringLiteral("ssh-port"), QStringLiteral("Its SSH port."), QStringLiteral("PORT")));
    parser.addOption(QCommandLineOption(QStringLiteral("ssh-user"), QStringLiteral("Its SSH user."), QStringLiteral("USER")));
    parser.addOption(QCommandLineOption(QStringLiteral("installer-dir"), QStringLiteral("Its installer directory, if not the project's."), QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("installation-dir"), QStringLiteral("Its installation directory, if not the project's."), QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("diff"), QStringLiteral("Show what changes on each node and the plan, and change nothing.")));
    parser.addOption(QCommandLineOption(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation.")));
    parser.addOption(QCommandLineOption(QStringLiteral("quiet"), QStringLiteral("Print step results only, not the nodes' output.")));
    addHostKeyOptions(parser);
    SecretOptions::add(parser, QStringLiteral("admin-password"), QStringLiteral("the platform's admin password (a frontend's .pass)"));
    SecretOptions::add(parser, QStringLiteral("sudo-password"), QStringLiteral("the sudo password"));
    SecretOptions::add(parser, QStringLiteral("ssh-password"), QStringLiteral("the SSH password"));
    const int early = parse(parser, arguments,
                            QStringLiteral("add-node --project P --hostname NAME --ip IP --profile ADDITIONAL_FRONTEND|SCAN [--site S] [--diff] [--yes]"),
                            QStringLiteral("Adds a node to the running cluster as the guide does. A frontend: its block is added to "
                                           "multi_node_config.conf (everything else kept), every env file is regenerated, its certificates "
                                           "are issued with the cluster's CA, backend-1 and every frontend get their new files, the new "
                                           "frontend is installed, and only then each existing frontend is patched (patch new-frontend -v, "
                                           "tune.sh), one at a time. A scan node: env.backend-1, tune.sh -r scan, install -r scan. What "
                                           "changes on each node is shown as a diff before anything is done; the load balancer's part is "
                                           "written to the output's lb/. Running it again resumes an interrupted addition."));
    if (early >= 0)
        return early;
    QHash<QString, QString> accepted;
    if (!acceptedHostKeys(cmd, parser, &accepted))
        return Usage;
    for (const char *required : {"hostname", "ip", "profile"}) {
        if (!parser.isSet(QLatin1String(required)))
            return fail(cmd, QStringLiteral("--hostname, --ip and --profile are required"), Usage);
    }
    NodeExpansion::Spec spec;
    spec.hostname = parser.value(QStringLiteral("hostname"));
    spec.privateIp = parser.value(QStringLiteral("ip"));
    const QString profileName = parser.value(QStringLiteral("profile")).toUpper();
    spec.profile = profileName == QLatin1String("SCAN") ? std::optional<Profile>(Profile::Scan) : ProfileCatalog::fromName(profileName);
    if (!spec.profile)
        return fail(cmd, QStringLiteral("--profile '%1' is not ADDITIONAL_FRONTEND or SCAN").arg(parser.value(QStringLiteral("profile"))), Usage);
    spec.site = parser.value(QStringLiteral("site"));
    spec.access.host = parser.value(QStringLiteral("ssh-host"));
    spec.access.user = parser.value(QStringLiteral("ssh-user"));
    spec.access.installerDir = parser.value(QStringLiteral("installer-dir"));
    spec.access.installationDir = parser.value(QStringLiteral("installation-dir"));
    if (parser.isSet(QStringLiteral("ssh-port"))) {
        bool ok = false;
        spec.access.port = parser.value(QStringLiteral("ssh-port")).toInt(&ok);
        if (!ok || spec.access.port < 1 || spec.access.port > 65535)
            return fail(cmd, QStringLiteral("--ssh-port '%1' must be a port number (1-65535)").arg(parser.value(QStringLiteral("ssh-port"))), Usage);
    }

    int exitCode = Ok;
    std::optional<OpenProject> opened = openProject(cmd, parser, &exitCode);
    if (!opened)
        return exitCode;
    NodeExpansion::Result expansion = NodeExpansion::prepare(opened->project, opened->loaded, spec);
    if (!expansion.ok())
        return fail(cmd, expansion.error, Failed);

    m_out << (expansion.resuming ? "resuming the addition of " : "adding ") << spec.hostname << " (" << ProfileCatalog::name(*spec.profile) << ", "
          << spec.privateIp << ")\n\n# what changes on each node\n"
          << NodeExpansion::describe(expansion) << "\n# the plan\n";
    for (const PlanPhase &phase : expansion.plan.phases) {
        m_out << "phase " << phase.index << ": " << phase.title << '\n';
        for (const PlanNode &node : phase.nodes) {
            for (const PlanStep &step : node.steps)
                m_out << "  " << node.hostname << (step.kind == PlanStep::Kind::Upload ? ": local> " : ": $ ") << step.command << '\n';
        }
    }
    for (const RenderedFile &f : expansion.loadBalancerChange)
        m_out << "\n# load balancer: " << f.relativePath << '\n' << QString::fromUtf8(f.content);
    m_out.flush();
    if (parser.isSet(QStringLiteral("diff")))
        return Ok;

    QString error;
    InstallSecrets secrets;
    if (!SecretOptions::readAccess(parser, expansion.project, &secrets, &error, true))
        return fail(cmd, error, Failed);
    if (secrets.adminPassword.isEmpty() && spec.profile != Profile::Scan)
        return fail(cmd, QStringLiteral("the platform's admin password is needed for the new frontend's .pass: give --admin-password-file F"), Usage);
    if (!parser.isSet(QStringLiteral("yes"))) {
        m_out << "\nAdd " << spec.hostname << " as shown? Type yes to continue: ";
        m_out.flush();
        QTextStream in(stdin);
        if (in.readLine().trimmed() != QLatin1String("yes"))
            return fail(cmd, QStringLiteral("not confirmed; nothing done"), Failed);
    }

    // The project first (config with the new block, scan node, access), so a failure from here
    // on is resumed by running the same command again.
    error = NodeExpansion::commit(expansion);
    if (!error.isEmpty())
        return fail(cmd, QStringLiteral("could not save the project: %1").arg(error), Failed);
    const ProjectStaging::Result staged = ProjectStaging::prepare(expansion.project, expansion.after);
    if (!staged.ok())
        return fail(cmd, QStringLiteral("cannot prepare the files to upload: %1").arg(staged.error), Failed);
    error = FileSetWriter::write(staged.directory, expansion.loadBalancerChange);
    if (!error.isEmpty())
        return fail(cmd, error, Failed);
    m_out << "files to upload in " << staged.directory << " (certificates: " << staged.issued << " issued, " << staged.kept << " kept)\n";

    QList<NodeTarget> targets = expansion.project.targets(expansion.after.cluster);
    applyHostKeyChoices(targets, accepted, parser.isSet(QStringLiteral("accept-new-host-keys")));
    ExecutorSettings settings;
    settings.stagingDir = staged.directory;
    settings.journalPath = expansion.journalPath;
    settings.logDir = expansion.project.logDir();
    settings.kafkaWatchIntervalMs = 0; // no backend joins
    const bool ok = runPlan(cmd, &expansion.project, expansion.plan, targets, secrets, settings, !parser.isSet(QStringLiteral("quiet")));
    if (ok && !expansion.loadBalancerChange.isEmpty())
        m_out << "load balancer: apply " << QDir(staged.directory).filePath(expansion.loadBalancerChange.first().relativePath) << '\n';
    if (ok && spec.profile == Profile::Scan)
        m_out << "The guide allows disabling the Scheduler on the backends permanently now that a scan node runs scans, but names no "
                 "command for it; stopping it with manage.sh would be undone by the health-check cron, so the installer leaves it to you.\n";
    m_out.flush();
    return ok ? Ok : Failed;
}

int Cli::convertStretch(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("convert-stretch");
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("project"), QStringLiteral("The project file."), QStringLiteral("P")));
    parser.addOption(QCommandLineOption(QStringLiteral("coordinator"), QStringLiteral("The coordinator: NAME=IP@SITE (the tiebreaker, in a third site)."),
                                        QStringLiteral("SPEC")));
    parser.addOption(QCommandLineOption(QStringLiteral("site"), QStringLiteral("A node's site: HOSTNAME=SITE (repeatable; every node needs one)."),
                                        QStringLiteral("SPEC")));
    parser.addOption(QCommandLineOption(QStringLiteral("add"),
                                        QStringLiteral("Another node: NAME=IP@SITE:FULL_BACKEND or NAME=IP@SITE:ADDITIONAL_FRONTEND (repeatable)."),
                                        QStringLiteral("SPEC")));
    parser.addOption(QCommandLineOption(QStringLiteral("shards"), QStringLiteral("opensearch_index_number_of_shards (default: one per backend)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("replicas"),
                                        QStringLiteral("opensearch_index_number_of_replicas (default: backends - 1, so a whole site can fail)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("write"), QStringLiteral("Write the converted config (otherwise only show it and the checks).")));
    const int early = parse(parser, arguments,
                            QStringLiteral("convert-stretch --project P --coordinator NAME=IP@SITE --site HOST=SITE... [--add NAME=IP@SITE:PROFILE]... [--write]"),
                            QStringLiteral("Converts the project's topology to the guide's multi-region stretch cluster: frontend-1 commented out, "
                                           "the coordinator block added, more backends and frontends if given, every node's site, and "
                                           "OpenSearch shards and replicas so a site can fail. Shows the config diff, the quorum and "
                                           "site-failure checks and the guide's installation order first; writes the config only with "
                                           "--write and only when every site can fail without losing quorum. Then 'install' runs it."));
    if (early >= 0)
        return early;
    if (!parser.isSet(QStringLiteral("coordinator")))
        return fail(cmd, QStringLiteral("--coordinator NAME=IP@SITE is required"), Usage);
    // NAME=IP@SITE
    const auto parseNode = [](const QString &text, Node *node) {
        const QString name = text.section(QLatin1Char('='), 0, 0), rest = text.section(QLatin1Char('='), 1);
        node->hostname = name;
        node->privateIp = rest.section(QLatin1Char('@'), 0, 0);
        node->site = rest.section(QLatin1Char('@'), 1);
        return !name.isEmpty() && !node->privateIp.isEmpty() && !node->site.isEmpty();
    };
    StretchConversion::Spec spec;
    Node coordinator;
    if (!parseNode(parser.value(QStringLiteral("coordinator")), &coordinator))
        return fail(cmd, QStringLiteral("--coordinator '%1': expected NAME=IP@SITE").arg(parser.value(QStringLiteral("coordinator"))), Usage);
    spec.coordinatorHostname = coordinator.hostname;
    spec.coordinatorIp = coordinator.privateIp;
    spec.coordinatorSite = coordinator.site;
    for (const QString &s : parser.values(QStringLiteral("site"))) {
        if (!s.contains(QLatin1Char('=')) || s.section(QLatin1Char('='), 1).isEmpty())
            return fail(cmd, QStringLiteral("--site '%1': expected HOSTNAME=SITE").arg(s), Usage);
        spec.sites.insert(s.section(QLatin1Char('='), 0, 0), s.section(QLatin1Char('='), 1));
    }
    for (const QString &a : parser.values(QStringLiteral("add"))) {
        Node node;
        const qsizetype colon = a.lastIndexOf(QLatin1Char(':'));
        if (colon < 0 || !parseNode(a.left(colon), &node))
            return fail(cmd, QStringLiteral("--add '%1': expected NAME=IP@SITE:PROFILE").arg(a), Usage);
        node.profile = ProfileCatalog::fromName(a.mid(colon + 1));
        if (!node.profile)
            return fail(cmd, QStringLiteral("--add '%1': '%2' is not a profile").arg(a, a.mid(colon + 1)), Usage);
        spec.newNodes << node;
    }
    for (const auto &[name, target, low] : {std::tuple{QStringLiteral("shards"), &spec.shards, 1}, std::tuple{QStringLiteral("replicas"), &spec.replicas, 0}}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        *target = parser.value(name).toInt(&ok);
        if (!ok || *target < low || *target > 64)
            return fail(cmd, QStringLiteral("--%1 '%2' must be a whole number from %3 to 64").arg(name, parser.value(name)).arg(low), Usage);
    }
    int exitCode = Ok;
    std::optional<OpenProject> opened = openProject(cmd, parser, &exitCode);
    if (!opened)
        return exitCode;
    const StretchConversion::Result r = StretchConversion::prepare(opened->project, opened->loaded, spec);
    if (!r.config.isEmpty())
        m_out << "# multi_node_config.conf\n" << r.diff << '\n';
    if (!r.outcomes.isEmpty()) {
        m_out << "# if a site fails\n";
        for (const SiteOutcome &o : r.outcomes)
            m_out << (o.quorumSurvives ? "OK    " : "FAIL  ") << "site " << o.site << " lost (" << o.nodesLost.join(QStringLiteral(", ")) << "): quorum "
                  << o.votersRemaining << '/' << o.votersTotal << " voters, " << o.majority << " needed; data nodes left " << o.dataNodesRemaining
                  << (o.everyShardKeepsACopy ? ", every index keeps a copy" : ", SOME INDEXES MAY LOSE EVERY COPY") << "; frontends left "
                  << o.frontendsRemaining << '\n';
        m_out << '\n';
    }
    if (!r.ok())
        return fail(cmd, QStringLiteral("nothing written: %1").arg(r.error), Failed);
    m_out << "# installation order (the guide's)\n";
    for (const PlanPhase &phase : r.plan.phases) {
        QStringList hosts;
        for (const PlanNode &n : phase.nodes)
            hosts << n.hostname;
        m_out << "phase " << phase.index << ": " << phase.title << ": " << hosts.join(QStringLiteral(", ")) << '\n';
    }
    for (const QString &note : r.notes)
        m_out << "note: " << note << '\n';
    if (!parser.isSet(QStringLiteral("write"))) {
        m_out << "nothing written (add --write to convert the project's config)\n";
        return Ok;
    }
    QSaveFile file(opened->project.resolve(opened->project.configFile));
    if (!file.open(QIODevice::WriteOnly) || file.write(r.config) != r.config.size() || !file.commit())
        return fail(cmd, QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()), Failed);
    m_out << "written: " << file.fileName() << " (run certs or install next; the coordinator needs its own certificate)\n";
    return Ok;
}

int Cli::verify(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("verify");
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("project"), QStringLiteral("The project file."), QStringLiteral("P")));
    parser.addOption(QCommandLineOption(QStringLiteral("node"), QStringLiteral("Only this node (repeatable)."), QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print the reports as JSON.")));
    parser.addOption(QCommandLineOption(QStringLiteral("health"),
                                        QStringLiteral("Also check health from here over real TLS, trusting only the cluster's CA: each frontend's "
                                                       "/health-check, /signin and ingestion route, the web certificate, and the entry point.")));
    parser.addOption(QCommandLineOption(QStringLiteral("via"), QStringLiteral("With --health: the entry point HOST[:PORT] (default: the VIP or the FQDN)."),
                                        QStringLiteral("HOST")));
    parser.addOption(QCommandLineOption(QStringLiteral("ca-cert"), QStringLiteral("With --health: the CA to trust (default: the project's)."), QStringLiteral("F")));
    SecretOptions::add(parser, QStringLiteral("ssh-password"), QStringLiteral("the SSH password"));
    const int early = parse(parser, arguments, QStringLiteral("verify --project P [--node NAME]... [--health [--via HOST[:PORT]]] [--json]"),
                            QStringLiteral("Reads ./scripts/manage.sh status on every node in parallel and compares it with the services "
                                           "the node's profile runs (9 on a backend, 6 on an ADDITIONAL_FRONTEND, 3 on a COORDINATOR, "
                                           "2 on a scan node, ...). Changes nothing. Exit 1 when a service is missing or not Running."));
    if (early >= 0)
        return early;
    int exitCode = Ok;
    std::optional<OpenProject> opened = openProject(cmd, parser, &exitCode);
    if (!opened)
        return exitCode;
    const Project *project = &opened->project;
    const ClusterLoader::Result &loaded = opened->loaded;
    QString error;
    QByteArray sshPassword;
    if (!SecretOptions::read(parser, QStringLiteral("ssh-password"), project->resolve(project->sshPasswordFile), &sshPassword, &error))
        return fail(cmd, error, Failed);
    QList<NodeTarget> targets;
    const QStringList only = parser.values(QStringLiteral("node"));
    for (const NodeTarget &t : project->targets(loaded.cluster)) {
        if (only.isEmpty() || only.contains(t.hostname))
            targets << t;
    }
    for (const QString &name : only) {
        if (std::none_of(targets.begin(), targets.end(), [&](const NodeTarget &t) { return t.hostname == name; }))
            return fail(cmd, QStringLiteral("--node %1: no such node in the cluster").arg(name), Usage);
    }
    const QList<NodeServiceReport> reports = ClusterVerifier::verify(targets, sshPassword);
    bool allOk = std::all_of(reports.begin(), reports.end(), [](const NodeServiceReport &r) { return r.ok(); });
    QList<ClusterHealth::Check> health;
    if (parser.isSet(QStringLiteral("health"))) {
        const QString caPath = parser.isSet(QStringLiteral("ca-cert")) ? parser.value(QStringLiteral("ca-cert"))
                                                                        : QDir(project->outputPath()).filePath(ClusterPki::caCertPath());
        const QByteArray ca = readFile(caPath);
        if (ca.isEmpty())
            return fail(cmd, QStringLiteral("--health needs the cluster's CA certificate: %1 is missing (give --ca-cert F)").arg(caPath), Failed);
        health = ClusterHealth::run(opened->loaded.cluster, project->external, ca, parser.value(QStringLiteral("via")));
        allOk = allOk && std::all_of(health.begin(), health.end(), [](const ClusterHealth::Check &c) { return c.ok; });
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray nodes;
        for (const NodeServiceReport &r : reports)
            nodes.append(r.toJson());
        QJsonArray checks;
        for (const ClusterHealth::Check &c : std::as_const(health))
            checks.append(c.toJson());
        QJsonObject o{{QStringLiteral("ok"), allOk}, {QStringLiteral("nodes"), nodes}};
        if (parser.isSet(QStringLiteral("health")))
            o.insert(QStringLiteral("health"), checks);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        m_out.flush();
        return allOk ? Ok : Failed;
    }
    for (const NodeServiceReport &r : reports) {
        m_out << (r.ok() ? "OK    " : "FAIL  ") << r.hostname << " (" << ProfileCatalog::name(r.profile) << "): " << r.summary() << '\n';
        if (!r.error.isEmpty())
            continue;
        for (const QString &name : r.expected) {
            QString status = QStringLiteral("missing");
            for (const ServiceStatus &s : r.actual) {
                if (s.name == name)
                    status = s.status;
            }
            m_out << QStringLiteral("        %1 %2\n").arg(name, -24).arg(status);
        }
    }
    for (const ClusterHealth::Check &c : std::as_const(health))
        m_out << (c.ok ? "OK    " : "FAIL  ") << c.target << ' ' << c.check << ": " << c.detail << '\n';
    m_out << (allOk ? (health.isEmpty() ? "all nodes run the services their profiles need\n" : "all nodes run the services their profiles need, and answer over TLS\n")
                    : "some nodes are not as expected (see FAIL above)\n");
    m_out.flush();
    return allOk ? Ok : Failed;
}

std::optional<Cli::OpenProject> Cli::openProject(const QString &command, const QCommandLineParser &parser, int *exitCode, bool allowInvalid)
{
    if (!parser.isSet(QStringLiteral("project"))) {
        *exitCode = fail(command, QStringLiteral("--project P is required"), Usage);
        return std::nullopt;
    }
    QString error;
    std::optional<Project> project = Project::load(parser.value(QStringLiteral("project")), &error);
    if (!project) {
        *exitCode = fail(command, error, Failed);
        return std::nullopt;
    }
    ClusterLoader::Result loaded = project->loadCluster();
    if (!report(loaded.diagnostics) && !(allowInvalid && !loaded.cluster.nodes.isEmpty())) {
        *exitCode = fail(command, QStringLiteral("nothing done: fix the cluster's errors first"), Failed);
        return std::nullopt;
    }
    return OpenProject{std::move(*project), std::move(loaded)};
}

int Cli::preflight(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("preflight");
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("project"), QStringLiteral("The project file."), QStringLiteral("P")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print the findings as JSON.")));
    addHostKeyOptions(parser);
    SecretOptions::add(parser, QStringLiteral("sudo-password"), QStringLiteral("the sudo password"));
    SecretOptions::add(parser, QStringLiteral("ssh-password"), QStringLiteral("the SSH password"));
    const int early = parse(parser, arguments, QStringLiteral("preflight --project P [--json]"),
                            QStringLiteral("Checks every node in parallel and changes nothing on them: SSH and the host key, sudo, CPU, "
                                           "memory and disk against the guide's requirements for the node's profile (below minimum: "
                                           "error; below production: warning), the OS, firewalld and the frontend port, the installer "
                                           "directory, whether the external FQDN resolves, clock skew, and for stretch clusters the "
                                           "round trip between sites graded by the guide's table. Each problem comes with a fix. "
                                           "Exit 1 when there is an error."));
    if (early >= 0)
        return early;
    QHash<QString, QString> accepted;
    if (!acceptedHostKeys(cmd, parser, &accepted))
        return Usage;
    int exitCode = Ok;
    std::optional<OpenProject> opened = openProject(cmd, parser, &exitCode);
    if (!opened)
        return exitCode;
    Project &project = opened->project;
    QString error;
    InstallSecrets secrets;
    if (!SecretOptions::readAccess(parser, project, &secrets, &error))
        return fail(cmd, error, Failed);
    QList<NodeTarget> targets = project.targets(opened->loaded.cluster);
    applyHostKeyChoices(targets, accepted, parser.isSet(QStringLiteral("accept-new-host-keys")));
    QHash<QString, QString> pins;
    const QList<PreflightFinding> findings = PreflightRunner::run(opened->loaded.cluster, targets, secrets, project.planOptions().installerPackage, &pins);
    if (!pins.isEmpty()) {
        for (auto it = pins.cbegin(); it != pins.cend(); ++it)
            project.hostKeys.insert(it.key(), it.value());
        const QString saveError = project.save();
        if (!saveError.isEmpty())
            m_err << kProgram << ' ' << cmd << ": could not pin the accepted host keys: " << saveError << '\n';
    }
    const int errors = int(std::count_if(findings.begin(), findings.end(), [](const PreflightFinding &f) { return f.severity == PreflightFinding::Severity::Error; }));
    const int warnings = int(std::count_if(findings.begin(), findings.end(), [](const PreflightFinding &f) { return f.severity == PreflightFinding::Severity::Warning; }));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const PreflightFinding &f : findings)
            list.append(f.toJson());
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("errors"), errors}, {QStringLiteral("warnings"), warnings}, {QStringLiteral("findings"), list}})
                     .toJson(QJsonDocument::Indented);
    } else {
        for (const PreflightFinding &f : findings) {
            m_out << QStringLiteral("%1 %2 %3 %4\n").arg(PreflightFinding::severityName(f.severity).toUpper(), -8).arg(f.node, -16).arg(f.check, -10).arg(f.detail);
            if (!f.hint.isEmpty())
                m_out << QStringLiteral("%1 fix: %2\n").arg(QString(), 36).arg(f.hint);
        }
        m_out << errors << " error(s), " << warnings << " warning(s)" << (errors ? ": fix the errors before installing\n" : "\n");
    }
    m_out.flush();
    return errors ? Failed : Ok;
}

int Cli::exportBundle(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("export");
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("project"), QStringLiteral("The project file."), QStringLiteral("P")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), QStringLiteral("The bundle to write (a .zip)."), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("include-ca-key"),
                                        QStringLiteral("Also include the CA private key, encrypted with the passphrase in --ca-key-pass-file "
                                                       "(to issue certificates for new nodes at the site).")));
    parser.addOption(QCommandLineOption(QStringLiteral("ca-key-pass-file"), QStringLiteral("File holding the passphrase for the CA key (8+ characters)."),
                                        QStringLiteral("F")));
    const int early = parse(parser, arguments, QStringLiteral("export --project P --out bundle.zip [--include-ca-key --ca-key-pass-file F]"),
                            QStringLiteral("Writes a self-contained bundle for an air-gapped site: the config and env files, the "
                                           "certificate bundle and CA certificate, the installer package (when the project names one), "
                                           "per node a runbook (Markdown and printable HTML) and install-<host>.sh, CHECKLIST.md with the "
                                           "phases, an Ansible inventory and playbook, project.json, manifest.json and SHA256SUMS "
                                           "(docs/bundle-format.md). No passwords; the CA key only with --include-ca-key, encrypted. "
                                           "The zip is written atomically."));
    if (early >= 0)
        return early;
    if (!parser.isSet(QStringLiteral("out")))
        return fail(cmd, QStringLiteral("--out FILE is required"), Usage);
    BundleExporter::Options options;
    options.includeCaKey = parser.isSet(QStringLiteral("include-ca-key"));
    QString error;
    if (options.includeCaKey != parser.isSet(QStringLiteral("ca-key-pass-file")))
        return fail(cmd, QStringLiteral("--include-ca-key and --ca-key-pass-file go together"), Usage);
    if (options.includeCaKey && !SecretOptions::readFile(parser.value(QStringLiteral("ca-key-pass-file")), &options.caKeyPassphrase, &error))
        return fail(cmd, error, Failed);
    int exitCode = Ok;
    std::optional<OpenProject> opened = openProject(cmd, parser, &exitCode);
    if (!opened)
        return exitCode;
    const BundleExporter::Result result = BundleExporter::exportBundle(opened->project, opened->loaded, parser.value(QStringLiteral("out")), options);
    if (!result.ok())
        return fail(cmd, result.error + QStringLiteral("; nothing written"), Failed);
    m_out << parser.value(QStringLiteral("out")) << ": " << result.entries.size() << " files, " << result.bytes << " bytes"
          << (options.includeCaKey ? " (CA key included, encrypted)" : "") << '\n';
    m_out.flush();
    return Ok;
}

int Cli::importBundle(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("import");
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("bundle"), QStringLiteral("The bundle (.zip) made by export."), QStringLiteral("B")));
    parser.addOption(QCommandLineOption(QStringLiteral("out-project"), QStringLiteral("The project file to create."), QStringLiteral("P")));
    parser.addOption(QCommandLineOption(QStringLiteral("check"), QStringLiteral("Only check the bundle against its SHA256SUMS.")));
    const int early = parse(parser, arguments, QStringLiteral("import --bundle B (--out-project P | --check)"),
                            QStringLiteral("Checks every file of the bundle against its SHA256SUMS (each changed, missing or unlisted "
                                           "file is named; then nothing is written), unpacks it with its file modes into a folder "
                                           "named after the bundle next to P, and writes the project P pointing at it."));
    if (early >= 0)
        return early;
    if (!parser.isSet(QStringLiteral("bundle")) || (!parser.isSet(QStringLiteral("out-project")) && !parser.isSet(QStringLiteral("check"))))
        return fail(cmd, QStringLiteral("--bundle B and --out-project P (or --check) are required"), Usage);
    const BundleImporter::Result result = parser.isSet(QStringLiteral("check"))
                                              ? BundleImporter::verify(parser.value(QStringLiteral("bundle")))
                                              : BundleImporter::importBundle(parser.value(QStringLiteral("bundle")), parser.value(QStringLiteral("out-project")));
    for (const QString &problem : result.problems)
        m_err << kProgram << ' ' << cmd << ": " << problem << '\n';
    if (!result.error.isEmpty())
        return fail(cmd, result.error, Failed);
    if (!result.problems.isEmpty())
        return fail(cmd, QStringLiteral("the bundle does not match its SHA256SUMS (%1 problem(s)); nothing written").arg(result.problems.size()), Failed);
    if (parser.isSet(QStringLiteral("check")))
        m_out << parser.value(QStringLiteral("bundle")) << ": " << result.files << " files match SHA256SUMS\n";
    else
        m_out << result.files << " files checked and unpacked into " << result.directory << "\nproject: " << result.projectPath << '\n';
    m_out.flush();
    return Ok;
}

int Cli::loadBalancer(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("lb");
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("project"), QStringLiteral("The project file."), QStringLiteral("P")));
    parser.addOption(QCommandLineOption(QStringLiteral("push"),
                                        QStringLiteral("onprem: put haproxy.cfg, the CA and each keepalived.conf on the LB nodes over SSH; each is "
                                                       "checked there (haproxy -c, keepalived -t) before it replaces the old one and the service "
                                                       "reloads; BACKUP nodes first, the MASTER last.")));
    SecretOptions::add(parser, QStringLiteral("sudo-password"), QStringLiteral("the LB nodes' sudo password"));
    SecretOptions::add(parser, QStringLiteral("ssh-password"), QStringLiteral("the SSH password"));
    parser.addOption(QCommandLineOption(QStringLiteral("pfx-pass-file"),
                                        QStringLiteral("l7: also make the load balancer's certificate and PFX (certificates/lb/), protected by the "
                                                       "passphrase in this file."),
                                        QStringLiteral("F")));
    parser.addOption(QCommandLineOption(QStringLiteral("check-dns"),
                                        QStringLiteral("Check that the FQDN answers with one A record per frontend (QDnsLookup; the system's "
                                                       "resolver, or --nameserver).")));
    parser.addOption(QCommandLineOption(QStringLiteral("nameserver"), QStringLiteral("With --check-dns: ask this DNS server."), QStringLiteral("IP")));
    parser.addOption(QCommandLineOption(QStringLiteral("added-frontend"),
                                        QStringLiteral("Also write what adding this frontend (already in the config) changes: lb/add-<host>.sh ..."),
                                        QStringLiteral("HOST")));
    const int early = parse(parser, arguments, QStringLiteral("lb --project P [--added-frontend HOST]"),
                            QStringLiteral("Writes the DNS / load balancer files for the project's \"external\" choice into the output "
                                           "directory's lb/ (docs/load-balancer.md): /etc/hosts lines (none); a Route53 change batch, "
                                           "the aws command and a DNS check (dns); an AWS NLB script (l4); an Azure Application Gateway "
                                           "script and 502 notes (l7); haproxy.cfg and a keepalived.conf per LB node (onprem); firewalld "
                                           "rules that admit only the load balancer to each frontend. Also renders the env files and "
                                           "certificates, as install does."));
    if (early >= 0)
        return early;
    int exitCode = Ok;
    std::optional<OpenProject> opened = openProject(cmd, parser, &exitCode);
    if (!opened)
        return exitCode;
    PkiOptions pki;
    QString pfxError;
    if (parser.isSet(QStringLiteral("pfx-pass-file")) && !SecretOptions::readFile(parser.value(QStringLiteral("pfx-pass-file")), &pki.pfxPassphrase, &pfxError))
        return fail(cmd, pfxError, Failed);
    const ProjectStaging::Result staged = ProjectStaging::prepare(opened->project, opened->loaded, pki);
    if (!staged.ok())
        return fail(cmd, staged.error, Failed);
    if (opened->project.external.mode == ExternalAccess::Mode::L7
        && !QFileInfo::exists(QDir(staged.directory).filePath(ClusterPki::pfxPath())))
        m_err << kProgram << ' ' << cmd << ": note: the Application Gateway needs " << QDir(staged.directory).filePath(ClusterPki::pfxPath())
              << "; give --pfx-pass-file F to make it\n";
    QList<RenderedFile> files = ProjectStaging::loadBalancerFiles(opened->project, opened->loaded,
                                                                  readFile(QDir(staged.directory).filePath(ClusterPki::caCertPath())));
    if (parser.isSet(QStringLiteral("added-frontend"))) {
        const QString host = parser.value(QStringLiteral("added-frontend"));
        const Node *node = opened->loaded.cluster.findByHostname(host);
        if (!node || !node->profile || !ProfileCatalog::isFrontend(*node->profile))
            return fail(cmd, QStringLiteral("--added-frontend %1: not a frontend of the cluster (add its block to the config first)").arg(host), Usage);
        const QList<RenderedFile> delta = LoadBalancerRenderer::frontendAdded(opened->loaded.cluster, opened->project.external, *node,
                                                                              ProjectStaging::loadBalancerSettings(opened->project));
        const QString failure = FileSetWriter::write(staged.directory, delta);
        if (!failure.isEmpty())
            return fail(cmd, failure, Failed);
        files += delta;
    }
    m_out << "load balancing: " << ExternalAccess::modeName(opened->project.external.mode) << '\n';
    for (const RenderedFile &f : std::as_const(files)) {
        if (!f.relativePath.endsWith(QLatin1String(".vrrp-auth-pass")))
            m_out << QDir(staged.directory).filePath(f.relativePath) << '\n';
    }
    m_out.flush();
    if (parser.isSet(QStringLiteral("check-dns"))) {
        QStringList addresses;
        for (const Node &fe : opened->loaded.cluster.frontends())
            addresses << fe.privateIp;
        const DnsCheck::Result dns = DnsCheck::check(opened->loaded.cluster.fqdn(), addresses, QHostAddress(parser.value(QStringLiteral("nameserver"))));
        (dns.ok ? m_out : m_err) << (dns.ok ? "DNS ok: " : "DNS NOT READY: ") << dns.message << Qt::endl;
        if (!dns.ok)
            return Failed;
    }
    if (!parser.isSet(QStringLiteral("push")))
        return Ok;
    if (opened->project.external.mode != ExternalAccess::Mode::OnPrem)
        return fail(cmd, QStringLiteral("--push is for on-prem HAProxy + Keepalived (external.mode onprem)"), Usage);
    QString error;
    const Project &project = opened->project;
    InstallSecrets secrets;
    if (!SecretOptions::readAccess(parser, project, &secrets, &error))
        return fail(cmd, error, Failed);
    bool allOk = true;
    for (const LoadBalancerPush::NodeResult &r : LoadBalancerPush::push(project, secrets.sudoPassword, secrets.sshPassword, [this](const QString &line) { m_out << "  " << line << Qt::endl; })) {
        (r.ok ? m_out : m_err) << r.hostname << ": " << (r.ok ? "ok: " : "FAILED: ") << r.message << '\n';
        allOk = allOk && r.ok;
    }
    m_out.flush();
    m_err.flush();
    return allOk ? Ok : Failed;
}

int Cli::labServe(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("lab serve");
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("node-dir"), QStringLiteral("The lab node's directory."), QStringLiteral("D")));
    parser.addOption(QCommandLineOption(QStringLiteral("hostname"), QStringLiteral("The node's hostname."), QStringLiteral("H")));
    parser.addOption(QCommandLineOption(QStringLiteral("address"), QStringLiteral("The address to listen on."), QStringLiteral("IP")));
    parser.addOption(QCommandLineOption(QStringLiteral("port"), QStringLiteral("The frontend port."), QStringLiteral("P")));
    const int early = parse(parser, arguments, QStringLiteral("lab serve --node-dir D --hostname H --address IP --port P"),
                            QStringLiteral("Started by 'lab up' for each frontend (SIMULATION): serves /health-check, /signin and the "
                                           "ingestion routes over HTTPS with the node's web certificate while its simulated haproxy "
                                           "service runs. Runs until stopped."));
    if (early >= 0)
        return early;
    bool ok = false;
    const int port = parser.value(QStringLiteral("port")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("node-dir")) || !parser.isSet(QStringLiteral("hostname")) || !ok || port <= 0 || port > 65535)
        return fail(cmd, QStringLiteral("--node-dir, --hostname, --address and --port are required"), Usage);
    LabWebServer server(parser.value(QStringLiteral("node-dir")), parser.value(QStringLiteral("hostname")));
    if (!server.listen(QHostAddress(parser.value(QStringLiteral("address"))), quint16(port)))
        return fail(cmd, QStringLiteral("cannot listen on %1:%2: %3").arg(parser.value(QStringLiteral("address"))).arg(port).arg(server.errorString()), Failed);
    m_out << "serving " << parser.value(QStringLiteral("hostname")) << " on " << parser.value(QStringLiteral("address")) << ':' << port << Qt::endl;
    return QCoreApplication::exec();
}

int Cli::drill(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("drill");
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("project"), QStringLiteral("The project file."), QStringLiteral("P")));
    parser.addOption(QCommandLineOption(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation (the drill stops services).")));
    parser.addOption(QCommandLineOption(QStringLiteral("via"), QStringLiteral("The entry point users take, HOST[:PORT] (default: the VIP or the FQDN)."),
                                        QStringLiteral("HOST")));
    parser.addOption(QCommandLineOption(QStringLiteral("failover-seconds"), QStringLiteral("How long the entry may take to route around the loss (default 30)."),
                                        QStringLiteral("S")));
    parser.addOption(QCommandLineOption(QStringLiteral("ca-cert"), QStringLiteral("The CA to trust (default: the project's)."), QStringLiteral("F")));
    SecretOptions::add(parser, QStringLiteral("sudo-password"), QStringLiteral("the sudo password"));
    SecretOptions::add(parser, QStringLiteral("ssh-password"), QStringLiteral("the SSH password"));
    parser.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("frontend, backend or site"));
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("the node's hostname, or the site's label"));
    const int early = parse(parser, arguments, QStringLiteral("drill --project P frontend|backend|site NAME [--via HOST[:PORT]] [--yes]"),
                            QStringLiteral("A failover drill: checks that users are served through the entry point, stops every "
                                           "service of a frontend, a backend or (for stretch clusters, with the health-check cron "
                                           "paused on all nodes, as the guide's datacenter test does) every node of a site, checks "
                                           "that users are still served by the others (and, for a backend or site, whether quorum "
                                           "holds), then restores exactly what was running and the crons as they were, also after a "
                                           "failure or Ctrl-C. Prints a timeline and a verdict. Exit 0 pass, 1 fail."),
                            2);
    if (early >= 0)
        return early;
    const QStringList positional = parser.positionalArguments();
    const std::optional<HaDrill::Kind> kind = HaDrill::kindFromName(positional.value(0));
    if (!kind || positional.size() != 2)
        return fail(cmd, QStringLiteral("expected: drill --project P frontend|backend|site NAME"), Usage);
    int exitCode = Ok;
    // A running cluster that breaks the rules (say, one site holding most voters) is exactly
    // what a drill should show, so its validation errors are reported, not fatal.
    std::optional<OpenProject> opened = openProject(cmd, parser, &exitCode, true);
    if (!opened)
        return exitCode;
    const Project &project = opened->project;
    const Cluster &cluster = opened->loaded.cluster;
    QString error;
    InstallSecrets secrets;
    if (!SecretOptions::readAccess(parser, project, &secrets, &error))
        return fail(cmd, error, Failed);
    HaDrill::Options options;
    options.kind = *kind;
    options.name = positional.value(1);
    options.entry = parser.value(QStringLiteral("via"));
    if (options.entry.isEmpty())
        options.entry = project.external.entryPoint(cluster.fqdn());
    if (parser.isSet(QStringLiteral("failover-seconds")))
        options.failoverSeconds = std::clamp(parser.value(QStringLiteral("failover-seconds")).toInt(), 1, 3600);
    const QString caPath = parser.isSet(QStringLiteral("ca-cert")) ? parser.value(QStringLiteral("ca-cert")) : QDir(project.outputPath()).filePath(ClusterPki::caCertPath());
    options.caPem = readFile(caPath);
    if (options.caPem.isEmpty())
        return fail(cmd, QStringLiteral("the cluster's CA certificate is needed: %1 is missing (give --ca-cert F)").arg(caPath), Failed);
    if (options.kind == HaDrill::Kind::Site) {
        const SiteOutcome predicted = SiteFailureAnalysis::analyzeSite(cluster, options.name);
        m_out << "prediction: losing site " << options.name << " leaves " << predicted.votersRemaining << " of " << predicted.votersTotal
              << " quorum voters (" << predicted.majority << " needed): quorum " << (predicted.quorumSurvives ? "survives" : "is LOST") << '\n';
    }
    if (!parser.isSet(QStringLiteral("yes"))) {
        m_out << "This stops services on " << options.name << " and restores them afterwards. Type yes to continue: ";
        m_out.flush();
        QTextStream in(stdin);
        if (in.readLine().trimmed() != QLatin1String("yes"))
            return fail(cmd, QStringLiteral("not confirmed; nothing done"), Failed);
    }
    static std::atomic_bool cancel{false};
    cancel = false;
    options.cancel = &cancel;
    std::signal(SIGINT, [](int) { cancel = true; }); // Ctrl-C: stop waiting, restore, then end
    options.onEvent = [this](const HaDrill::Event &e) {
        m_out << QStringLiteral("%1 s  ").arg(double(e.ms) / 1000.0, 6, 'f', 1) << (e.problem ? "! " : "  ") << e.text << Qt::endl;
    };
    const HaDrill::Result result = HaDrill::run(cluster, project.targets(cluster), secrets, options);
    std::signal(SIGINT, SIG_DFL);
    m_out << (result.restored ? "everything stopped was restored\n" : "NOT EVERYTHING WAS RESTORED: see the timeline above\n");
    m_out.flush();
    return result.passed ? Ok : Failed;
}
