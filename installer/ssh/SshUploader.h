#pragma once

#include "ssh/UploadOptions.h"
#include "ssh/UploadResult.h"

#include <QString>

class SshSession;

// Uploads a file over exec channels of one SSH session, faster than sftp_write (which waits a
// round trip per chunk in libssh 0.10): the file is cut into chunks that a few channels (sized
// from the measured round trip) stream into one receiver each on the node, which writes each
// chunk at its offset and answers with the SHA-256 of what landed; it must equal the local
// chunk's. Completed chunks are recorded next to the temporary file, so an interrupted upload
// resumes from what is there; the file is renamed into place only when every chunk verified.
// A node that already has the same file (size and SHA-256) is skipped. Needs bash and GNU
// coreutils on the node (dd, stat; openssl or sha256sum). docs/architecture.md has the protocol.
class SshUploader
{
public:
    static UploadResult upload(SshSession &session, const QString &localPath, const QString &remotePath, const UploadOptions &options = {});
};
