#include "cli/LabServeCommand.h"

#include "lab/LabWebServer.h"

#include <QCoreApplication>
#include <QHostAddress>

LabServeCommand::LabServeCommand()
    : Command({QStringLiteral("lab serve"),
             QString(),
             QStringLiteral("lab serve --node-dir D --hostname H --address IP --port P"),
             QStringLiteral("Started by 'lab up' for each frontend (SIMULATION): serves /health-check, /signin and the ingestion routes over "
                              "HTTPS with the node's web certificate while its simulated haproxy service runs. Runs until stopped.")})
{
}

QList<QCommandLineOption> LabServeCommand::commandOptions() const
{
    return {QCommandLineOption(QStringLiteral("node-dir"), QStringLiteral("The lab node's directory."), QStringLiteral("D")),
            QCommandLineOption(QStringLiteral("hostname"), QStringLiteral("The node's hostname."), QStringLiteral("H")),
            QCommandLineOption(QStringLiteral("address"), QStringLiteral("The address to listen on."), QStringLiteral("IP")),
            QCommandLineOption(QStringLiteral("port"), QStringLiteral("The frontend port."), QStringLiteral("P"))};
}

int LabServeCommand::execute(const QCommandLineParser &parser)
{
    bool ok = false;
    const int port = parser.value(QStringLiteral("port")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("node-dir")) || !parser.isSet(QStringLiteral("hostname")) || !ok || port <= 0 || port > 65535)
        return fail(QStringLiteral("--node-dir, --hostname, --address and --port are required"), Usage);
    LabWebServer server(parser.value(QStringLiteral("node-dir")), parser.value(QStringLiteral("hostname")));
    const QString address = parser.value(QStringLiteral("address"));
    if (!server.listen(QHostAddress(address), quint16(port)))
        return fail(QStringLiteral("cannot listen on %1:%2: %3").arg(address).arg(port).arg(server.errorString()), Failed);
    out() << "serving " << parser.value(QStringLiteral("hostname")) << " on " << address << ':' << port << Qt::endl;
    return QCoreApplication::exec();
}
