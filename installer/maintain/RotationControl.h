#pragma once

#include "core/Node.h"

#include <QList>
#include <QString>
#include <functional>

// How a frontend leaves the load balancer's rotation and comes back, whatever the load balancer:
// HAProxy's runtime API on every LB node (HaproxyRotation), or what the operator does at a cloud
// load balancer or DNS, confirmed by them (ManualRotation).
class RotationControl
{
public:
    // One line for the timeline: what was done or seen; problem marks what went wrong.
    using Report = std::function<void(const QString &text, bool problem)>;
    // How one LB node sees one frontend.
    struct ServerView {
        QString lb;
        QString server;
        QString status;   // UP, DRAIN, MAINT, DOWN, ...; "unknown" where nothing can be asked
        int sessions = -1; // -1: not known
    };

    virtual ~RotationControl() = default;
    virtual QString describe() const = 0;
    // Each returns why it could not be done, or empty.
    virtual QString takeOut(const Node &frontend, int drainSeconds, const Report &report) = 0;
    virtual QString putBack(const Node &frontend, int upSeconds, const Report &report) = 0;
    // Empty when the frontend takes users (UP on every LB node); else what the LB says instead.
    virtual QString notInRotation(const Node &frontend) = 0;
    // Every frontend as every LB node sees it; empty when the LB cannot be asked.
    virtual QList<ServerView> view(QString *error) = 0;
};
