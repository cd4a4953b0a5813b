#pragma once

#include "UploadOptions.h"
#include "UploadResult.h"

#include <QString>

class SshSession;

// Uploads a file over exec channels of one SSH session, faster than sftp_write (which waits a
// round trip per chunk in libssh 0.10): the file is cut into chunks, several channels each
// stream one chunk into `dd` at its offset, and the node re-hashes each written chunk with
// sha256sum, which must equal the local chunk's SHA-256. Completed chunks are recorded next
// to the temporary file, so an interrupted upload resumes from what is there; the file is
// renamed into place only when every chunk verified. A node that already has the same file
// (size and SHA-256) is skipped. Needs GNU coreutils on the node (dd, sha256sum, stat).
class SshUploader
{
public:
    static UploadResult upload(SshSession &session, const QString &localPath, const QString &remotePath, const UploadOptions &options = {});
};
