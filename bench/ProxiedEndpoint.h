#pragma once

#include "DelayProxy.h"
#include "ssh/SshEndpoint.h"

#include <QThread>

// A node's endpoint reached directly, or (delayMs > 0) through a DelayProxy in its own thread:
// the endpoint then points at the proxy and trusts the node's pinned key there.
class ProxiedEndpoint
{
public:
    ProxiedEndpoint(SshEndpoint endpoint, int delayMs, std::shared_ptr<LinkBudget> budget = {})
        : m_endpoint(std::move(endpoint))
    {
        if (delayMs <= 0 && !budget)
            return;
        m_proxy = new DelayProxy(QHostAddress(m_endpoint.host), quint16(m_endpoint.port), delayMs, std::move(budget));
        m_proxy->moveToThread(&m_thread);
        m_thread.start();
        bool listening = false;
        QMetaObject::invokeMethod(m_proxy, [&] { listening = m_proxy->listen(); }, Qt::BlockingQueuedConnection);
        if (!listening) {
            m_failed = true;
            return;
        }
        m_endpoint.acceptedFingerprints = {m_endpoint.pinnedFingerprint}; // same node, other address
        m_endpoint.pinnedFingerprint.clear();
        m_endpoint.host = QStringLiteral("127.0.0.1");
        m_endpoint.port = m_proxy->port();
    }
    ~ProxiedEndpoint()
    {
        if (m_proxy)
            QMetaObject::invokeMethod(m_proxy, [this] { delete m_proxy; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    ProxiedEndpoint(const ProxiedEndpoint &) = delete;
    ProxiedEndpoint &operator=(const ProxiedEndpoint &) = delete;

    bool ok() const { return !m_failed; }
    const SshEndpoint &endpoint() const { return m_endpoint; }

private:
    SshEndpoint m_endpoint;
    QThread m_thread;
    DelayProxy *m_proxy = nullptr;
    bool m_failed = false;
};
