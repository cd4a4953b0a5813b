#pragma once

#include "lb/HaproxyRuntimeApi.h"
#include "maintain/RotationControl.h"
#include "maintain/RuntimeApiChannel.h"

#include <memory>
#include <vector>

// Rotation through HAProxy's runtime API on every LB node (seed 003's pattern): drain (no new
// connections; those open go on), wait until its sessions reach 0 or the drain time ends, then
// maintenance; back with ready, and only UP on every LB node counts as back. Every LB node,
// because keepalived may move the VIP to any of them meanwhile.
class HaproxyRotation : public RotationControl
{
public:
    HaproxyRotation(std::vector<std::unique_ptr<RuntimeApiChannel>> channels, QString backendName);
    QString describe() const override;
    QString takeOut(const Node &frontend, int drainSeconds, const Report &report) override;
    QString putBack(const Node &frontend, int upSeconds, const Report &report) override;
    QString notInRotation(const Node &frontend) override;
    QList<ServerView> view(QString *error) override;

private:
    QString setState(const Node &frontend, HaproxyRuntimeApi::State state);
    // The frontend's row on every LB node; *error when one cannot be asked or lacks it.
    QList<std::pair<QString, HaproxyRuntimeApi::Server>> rows(const Node &frontend, QString *error);

    std::vector<std::unique_ptr<RuntimeApiChannel>> m_channels;
    const QString m_backend;
};
