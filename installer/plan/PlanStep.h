#pragma once

#include <QString>
#include <QStringList>

// One small, exact action on one node. The executor, the dry run, the GUI and the exported
// runbooks all read these, so what is shown is what runs.
struct PlanStep {
    enum class Kind {
        Upload, // copy localPath to remotePath; command is the equivalent scp line
        Run,    // run command in a shell on the node
        Check,  // run command; a non-zero exit means the node is not in the expected state
    };
    enum class Input {
        None,
        AdminPassword, // the executor writes the platform admin password to the command's stdin
        RelayPublicKey, // the public half of this run's one-time relay key (PackageRelayPlan)
        RelayPrivateKey, // the receiving node's pinned host key, then the one-time private key
    };

    QString id;          // stable, e.g. "backend-2/extract-certificates": the journal's key
    QString title;
    Kind kind = Kind::Run;
    QString command;
    bool usesSudo = false;
    Input input = Input::None;
    QString localPath;   // Upload: relative to the rendered output directory
    QString remotePath;  // Upload: absolute on the node
    bool privateFile = false; // Upload: holds private keys, 0600 on the node from its first byte
    // Upload: the chunk size (0: the uploader's choice). Small chunks land nearly in order, so a
    // relay that sends on what has arrived in a row (PackageRelayPlan) gets an even stream.
    qint64 chunkBytes = 0;
    QString expectation; // Check: what a pass means, for people
    QStringList expectedServices; // Check: manage.sh status must list these, all Running
    // Run: when this command exits 0 on the node the step's work is already there and the step
    // is not run again (a re-run after a crash must be safe). Empty: always run.
    QString skipWhen;
    // Run: the node whose shell runs command, when it is not the step's own node (the relay
    // sends a package to the node the step belongs to). skipWhen still runs on the step's node.
    QString runsOn;
    bool cleanup = false; // runs even after an earlier step of its node failed (revokes a credential)
    bool perRun = false;  // uses this run's one-time key: runs again on every run, whatever the journal says
    // The package relay's own mechanics (one-time key, node-to-node copy): the by-hand scripts
    // and Ansible leave these out and copy the package themselves (the upload-package step).
    bool viaRelay = false;

    // The step's sudo reads its password first on stdin (SshSession::sudoWrapper) when sudo asks
    // for one and the step's stdin carries nothing else.
    bool sudoPasswordOnStdin(bool sudoAsksPassword) const { return usesSudo && sudoAsksPassword && input == Input::None; }

    static QString kindName(Kind kind);
    // What the executor writes to the command's stdin, for people (dry run, runbooks); empty: nothing.
    static QString inputDescription(Input input);
};
