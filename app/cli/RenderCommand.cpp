#include "cli/RenderCommand.h"

#include "config/ClusterLoader.h"
#include "config/EnvRenderer.h"
#include "util/FileSetWriter.h"

#include <QDir>

RenderCommand::RenderCommand()
    : Command({QStringLiteral("render"),
             QStringLiteral("Write multi_node_config.conf, every node's env file and .env"),
             QStringLiteral("render --config FILE --out DIR"),
             QStringLiteral("Writes DIR/generate_envs/multi_node_config.conf, DIR/generate_envs/generated_envs/env.<hostname> for every "
                              "configured node and DIR/.env (the primary backend's), as generate_envs.sh -t multi-node does. An invalid "
                              "config writes nothing; files are replaced atomically.")})
{
}

QList<QCommandLineOption> RenderCommand::commandOptions() const
{
    return {configOption(), scanNodeOption(),
            QCommandLineOption(QStringLiteral("out"), QStringLiteral("The output directory (created if needed)."), QStringLiteral("DIR"))};
}

int RenderCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("config")) || !parser.isSet(QStringLiteral("out")))
        return fail(QStringLiteral("--config FILE and --out DIR are required"), Usage);
    const ClusterLoader::Result loaded = ClusterLoader::loadFile(parser.value(QStringLiteral("config")), parser.values(QStringLiteral("scan-node")));
    if (!report(loaded.diagnostics))
        return fail(QStringLiteral("nothing written: fix the errors above first"), Failed);
    const QList<RenderedFile> files = EnvRenderer::renderAll(loaded.cluster, loaded.document);
    const QString outDir = parser.value(QStringLiteral("out"));
    const QString failure = FileSetWriter::write(outDir, files);
    if (!failure.isEmpty())
        return fail(failure, Failed);
    for (const RenderedFile &f : files)
        out() << QDir(outDir).filePath(f.relativePath) << '\n';
    return Ok;
}
