#pragma once

#include "project/Project.h"

#include <QByteArray>
#include <QString>
#include <optional>

class SshSession;

// Brings a running cluster under the installer: its multi_node_config.conf, the CA certificate,
// the certificate bundle and (only with the user's consent) the CA key, read from backend-1
// where the guide keeps them, or from local files. write() makes a project of them: the config
// byte for byte, the certificates where `certs` would have put them (so adding a node keeps
// every existing certificate and issues only the new node's).
class ClusterImporter
{
public:
    struct Files {
        QByteArray config;
        QByteArray caCert;
        QByteArray caKey;   // empty unless consented
        QByteArray bundle;  // kf-agilesec.internal-certs.tgz; may be empty
        QString origin;     // "backend-1 (10.0.0.1:22)" or a local path, for messages
    };

    // Remote paths relative to the installer directory (the layout `certs` and the guide use).
    static QString remoteConfigPath();  // generate_envs/multi_node_config.conf
    // One file on a connected node (cat); required: a missing file is an error, else empty.
    static std::optional<QByteArray> readRemoteFile(SshSession &session, const QString &path, bool required, QString *error);
    // Reads the files over a connected session, under project's installer directory (default
    // when empty), and pins the node's key in project when the user accepted it.
    // withCaKey: the user consented to copy the CA key.
    static std::optional<Files> readFromNode(SshSession &session, Project *project, bool withCaKey, QString *error);
    // The same from local files; caKeyPath and bundlePath may be empty.
    static std::optional<Files> readLocal(const QString &configPath, const QString &caCertPath, const QString &caKeyPath,
                                          const QString &bundlePath, QString *error);
    // Checks everything (config valid, CA usable, key matching, bundle from that CA), then writes
    // project.path's folder: the config, output/certificates/... and the project file. Nothing
    // is written when a check fails, nor into a folder that already holds a project. Returns
    // the error or empty.
    static QString write(const Files &files, Project project);
};
