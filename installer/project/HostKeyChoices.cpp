#include "project/HostKeyChoices.h"

#include "project/Project.h"

QString HostKeyChoices::add(const QString &spec)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    if (eq <= 0 || !spec.mid(eq + 1).startsWith(QLatin1String("SHA256:")))
        return QStringLiteral("--accept-host-key '%1': expected HOST:PORT=SHA256:... exactly as printed").arg(spec);
    accepted.insert(spec.left(eq), spec.mid(eq + 1));
    return {};
}

void HostKeyChoices::applyTo(SshEndpoint &endpoint) const
{
    endpoint.acceptNewHostKeys = acceptNew;
    const QString id = Project::hostKeyId(endpoint.host, endpoint.port > 0 ? endpoint.port : 22);
    if (accepted.contains(id))
        endpoint.acceptedFingerprints << accepted.value(id);
    endpoint.jumpHostAccepted = accepted; // a jump host's key is accepted by its own "host:port"
}

void HostKeyChoices::applyTo(QList<NodeTarget> &targets) const
{
    for (NodeTarget &t : targets)
        applyTo(t.endpoint);
}
