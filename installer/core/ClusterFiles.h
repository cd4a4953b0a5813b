#pragma once

#include <QString>

// The file names and places the guide's scripts fix, relative to the installer directory on a
// node and to the staged output on this machine. They belong to no single concern: the plan,
// the PKI, the bundle and day 2 all name them, so they live in the model.
namespace ClusterFiles {
// The certificate tarball generate_certs.sh makes and every node extracts.
inline QString certificateBundleName() { return QStringLiteral("kf-agilesec.internal-certs.tgz"); }
inline QString certificateBundlePath() { return QStringLiteral("certificates/") + certificateBundleName(); }
// Where generate_envs.sh reads the topology, and where the guide edits it on backend-1.
inline QString configPath() { return QStringLiteral("generate_envs/multi_node_config.conf"); }
// Where generate_envs.sh writes each node's env file.
inline QString generatedEnvDir() { return QStringLiteral("generate_envs/generated_envs/"); }
} // namespace ClusterFiles
