#include "ssh/SshUploader.h"

#include "ssh/UploadRun.h"

UploadResult SshUploader::upload(SshSession &session, const QString &localPath, const QString &remotePath, const UploadOptions &options)
{
    return UploadRun(session, localPath, remotePath, options).run();
}
