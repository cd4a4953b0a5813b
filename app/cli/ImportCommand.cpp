#include "cli/ImportCommand.h"

#include "export/BundleImporter.h"

ImportCommand::ImportCommand()
    : Command({QStringLiteral("import"),
             QStringLiteral("Check a bundle against its checksums and make a project from it"),
             QStringLiteral("import --bundle B (--out-project P | --check)"),
             QStringLiteral("Checks every file of the bundle against its SHA256SUMS (each changed, missing or unlisted file is named; then nothing "
                              "is written), unpacks it into a folder named after the bundle next to P, and writes the project P "
                              "pointing at it.")})
{
}

QList<QCommandLineOption> ImportCommand::commandOptions() const
{
    return {QCommandLineOption(QStringLiteral("bundle"), QStringLiteral("The bundle (.zip) made by export."), QStringLiteral("B")),
            QCommandLineOption(QStringLiteral("out-project"), QStringLiteral("The project file to create."), QStringLiteral("P")),
            QCommandLineOption(QStringLiteral("check"), QStringLiteral("Only check the bundle against its SHA256SUMS."))};
}

int ImportCommand::execute(const QCommandLineParser &parser)
{
    const QString bundle = parser.value(QStringLiteral("bundle"));
    const bool checkOnly = parser.isSet(QStringLiteral("check"));
    if (!parser.isSet(QStringLiteral("bundle")) || (!parser.isSet(QStringLiteral("out-project")) && !checkOnly))
        return fail(QStringLiteral("--bundle B and --out-project P (or --check) are required"), Usage);
    const BundleImporter::Result result =
        checkOnly ? BundleImporter::verify(bundle) : BundleImporter::importBundle(bundle, parser.value(QStringLiteral("out-project")));
    for (const QString &problem : result.problems)
        err() << kProgram << ' ' << name() << ": " << problem << '\n';
    if (!result.error.isEmpty())
        return fail(result.error, Failed);
    if (!result.problems.isEmpty())
        return fail(QStringLiteral("the bundle failed its checks (%1 problem(s), each named above); nothing written").arg(result.problems.size()), Failed);
    if (checkOnly)
        out() << bundle << ": " << result.files << " files match SHA256SUMS\n";
    else
        out() << result.files << " files checked and unpacked into " << result.directory << "\nproject: " << result.projectPath << '\n';
    return Ok;
}
