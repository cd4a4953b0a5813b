#pragma once

#include "core/Cluster.h"
#include "core/ExternalAccess.h"
#include "maintain/RotationControl.h"

// Rotation where the installer cannot act itself: a cloud load balancer (AWS NLB, Azure
// Application Gateway) or DNS answers (Route53). Each change is the documented command for the
// operator, and the run waits for their word that it is done; the entry point's health is
// checked by the run itself. With no load balancer at all there is nothing to take out of: the
// timeline says that users sent straight to the node see it go down.
class ManualRotation : public RotationControl
{
public:
    // confirm: shows what the operator must do and returns once they say it is done (false: they
    // did not, or nobody can answer).
    ManualRotation(const Cluster &cluster, const ExternalAccess &external, std::function<bool(const QString &)> confirm);
    QString describe() const override;
    QString takeOut(const Node &frontend, int drainSeconds, const Report &report) override;
    QString putBack(const Node &frontend, int upSeconds, const Report &report) override;
    QString notInRotation(const Node &) override { return {}; } // the entry point's own checks say it
    QList<ServerView> view(QString *error) override;

    // The commands for the operator, for out (true) or back in (false).
    static QString instructions(const Cluster &cluster, const ExternalAccess &external, const Node &frontend, bool out);

private:
    const Cluster &m_cluster;
    const ExternalAccess &m_external;
    std::function<bool(const QString &)> m_confirm;
};
