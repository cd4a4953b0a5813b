#include "cli/ExportCommand.h"

#include "cli/SecretOptions.h"

ExportCommand::ExportCommand()
    : ProjectCommand({QStringLiteral("export"),
             QStringLiteral("Write the air-gapped bundle: files, runbooks, scripts, Ansible, checksums"),
             QStringLiteral("export --project P --out bundle.zip [--include-ca-key --ca-key-pass-file F]"),
             QStringLiteral("Writes a self-contained bundle for an air-gapped site: the config and env files, the certificate bundle and CA "
                              "certificate, the installer package (when the project names one), per node a runbook (Markdown and printable HTML) "
                              "and install-<host>.sh, CHECKLIST.md with the phases, an Ansible inventory and playbook, project.json, manifest.json "
                              "and SHA256SUMS (docs/bundle-format.md). No passwords; the CA key only with --include-ca-key, encrypted. The zip is "
                              "written atomically.")},
      Access{false, {}, false})
{
}

QList<QCommandLineOption> ExportCommand::projectOptions() const
{
    return {QCommandLineOption(QStringLiteral("out"), QStringLiteral("The bundle to write (a .zip)."), QStringLiteral("FILE")),
            QCommandLineOption(QStringLiteral("include-ca-key"),
                               QStringLiteral("Also include the CA private key, encrypted with the passphrase in --ca-key-pass-file (to issue "
                                              "certificates for new nodes at the site).")),
            QCommandLineOption(QStringLiteral("ca-key-pass-file"), QStringLiteral("File holding the passphrase for the CA key (8+ characters)."),
                               QStringLiteral("F"))};
}

int ExportCommand::prepare(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("out")))
        return fail(QStringLiteral("--out FILE is required"), Usage);
    m_options = BundleExporter::Options();
    m_options.includeCaKey = parser.isSet(QStringLiteral("include-ca-key"));
    if (m_options.includeCaKey != parser.isSet(QStringLiteral("ca-key-pass-file")))
        return fail(QStringLiteral("--include-ca-key and --ca-key-pass-file go together"), Usage);
    QString error;
    if (m_options.includeCaKey && !SecretOptions::readFile(parser.value(QStringLiteral("ca-key-pass-file")), &m_options.caKeyPassphrase, &error))
        return fail(error, Failed);
    return -1;
}

int ExportCommand::executeWithProject(const QCommandLineParser &parser, Opened &opened)
{
    const QString zip = parser.value(QStringLiteral("out"));
    const BundleExporter::Result result = BundleExporter::exportBundle(opened.project, opened.loaded, zip, m_options);
    if (!result.ok())
        return fail(result.error + QStringLiteral("; nothing written"), Failed);
    out() << zip << ": " << result.entries.size() << " files, " << result.bytes << " bytes" << (m_options.includeCaKey ? " (CA key included, encrypted)" : "") << '\n';
    return Ok;
}
