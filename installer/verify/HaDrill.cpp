#include "verify/HaDrill.h"

#include "verify/DrillRun.h"

std::optional<HaDrill::Kind> HaDrill::kindFromName(const QString &name)
{
    if (name == QLatin1String("frontend"))
        return Kind::Frontend;
    if (name == QLatin1String("backend"))
        return Kind::Backend;
    if (name == QLatin1String("site"))
        return Kind::Site;
    return std::nullopt;
}

HaDrill::Result HaDrill::run(const Cluster &cluster, const QList<NodeTarget> &targets, const InstallSecrets &secrets, const Options &options)
{
    return DrillRun(cluster, targets, secrets, options).run();
}
