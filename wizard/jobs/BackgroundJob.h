#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include "util/BackgroundPriority.h"
#include "util/WorkPool.h"

#include <functional>

// The one way the wizard runs long work (KeePassXC's AsyncTask): the work on a pool thread, its
// result handed back on the GUI thread, a busy flag while it runs. A job never starts twice at
// once; its subclass owns the result and says when it is there.
class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void runningChanged(bool running);

protected:
    // For the work to report as it goes: call it from any thread with what to do on the GUI
    // thread; dropped when the job is gone by then.
    std::function<void(std::function<void()>)> guiPoster()
    {
        const QPointer<BackgroundJob> self(this);
        return [self](std::function<void()> f) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, f] {
                    if (self)
                        f();
                },
                Qt::QueuedConnection);
        };
    }

    // False (and nothing started) while the job runs already.
    template<typename T>
    bool start(std::function<T()> work, std::function<void(const T &)> done)
    {
        if (m_running)
            return false;
        setRunning(true);
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcher<T>::finished, this, [this, watcher, done] {
            setRunning(false);
            done(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run(WorkPool::instance(), [work = std::move(work)] {
            BackgroundPriority::lowerCurrentThread(); // the window paints first
            return work();
        }));
        return true;
    }

private:
    void setRunning(bool running)
    {
        m_running = running;
        Q_EMIT runningChanged(running);
    }
    bool m_running = false;
};
