#pragma once

#include "core/Node.h"
#include "project/NodeAccess.h"
#include "util/RenderedFile.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

// Starts one node of the lab (`lab up`): its files (the simulated installer, fault knobs,
// authorized key, sshd_config), its own host key, its sshd and, for a frontend, the simulated
// HTTPS endpoints. What it started is recorded as soon as it runs, so `lab down` can stop it
// even when a later part fails.
class LabNodeStarter
{
public:
    struct Settings {
        QString lab;               // the lab directory
        QByteArray userPublicKey;  // the lab user's key, authorized on every node
        QString stepSeconds;
        bool sudoNeedsPassword = false;
        QString webServerProgram;  // empty: no HTTPS endpoints
        int frontendPort = 0;
    };
    struct Started {
        QString error;             // empty on success
        NodeAccess access;         // port and directories, for the project
        QString hostKeyId;         // host:port
        QString fingerprint;       // the node's new host key
        QString publicKey;         // and the key itself, "<type> <base64>"
        QString progress;          // one line for `lab up`
    };
    // record(entry) is called with the node's lab.json entry each time it changes.
    static Started start(const Node &node, const Settings &settings, const std::function<void(const QJsonObject &)> &record);
    static QString nodeDirectory(const QString &lab, const QString &hostname);

private:
    static QList<RenderedFile> files(const Node &node, const QString &dir, int port, const Settings &settings);
    static qint64 startWebServer(const Node &node, const QString &dir, const Settings &settings, QString *error);
};
