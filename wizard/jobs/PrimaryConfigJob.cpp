#include "jobs/PrimaryConfigJob.h"

#include "ClusterSession.h"
#include "day2/ClusterImporter.h"
#include "ssh/SshSession.h"
#include "util/TextDiff.h"

PrimaryConfigJob::PrimaryConfigJob(ClusterSession *session)
    : BackgroundJob(session)
    , m_session(session)
{
}

void PrimaryConfigJob::start()
{
    const Node *primary = m_session->cluster().primaryBackend();
    if (!primary) {
        Q_EMIT finished(false, tr("The cluster has no primary backend to compare with."));
        return;
    }
    const NodeTarget target = m_session->project().targetFor(*primary);
    const QByteArray sshPassword = m_session->secrets().sshPassword;
    const QByteArray ours = m_session->result().document.serialize();
    struct Outcome {
        bool ok = false;
        QString text;
    };
    BackgroundJob::start<Outcome>(
        [target, sshPassword, ours] {
            Outcome o;
            SshSession session(target.endpoint, SshCredentials{sshPassword, {}});
            if (!session.connect()) {
                o.text = session.error();
                return o;
            }
            const QString path = target.installerDir + QLatin1Char('/') + ClusterImporter::remoteConfigPath();
            const std::optional<QByteArray> theirs = ClusterImporter::readRemoteFile(session, path, false, &o.text);
            if (!theirs)
                return o;
            o.ok = true;
            o.text = theirs->isEmpty() ? tr("%1 is not on %2 yet: the install puts it there.").arg(path, target.hostname)
                                       : TextDiff::unified(*theirs, ours, QStringLiteral("%1:%2").arg(target.hostname, path), tr("this project"));
            if (o.text.isEmpty())
                o.text = tr("The same as %1 on %2.").arg(path, target.hostname);
            return o;
        },
        [this](const Outcome &o) { Q_EMIT finished(o.ok, o.text); });
}
