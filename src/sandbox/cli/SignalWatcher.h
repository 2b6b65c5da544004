// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

namespace commercedesk::sandbox {

// Turns SIGINT/SIGTERM into a Qt signal with the self-pipe pattern: the POSIX handler only
// write()s the signal number to a socketpair; a QSocketNotifier reads it in the event loop.
// At most one instance per process (the handler needs the pipe's fd in a process-wide variable,
// the one global the signal API forces on us). Lives in the main thread.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    // False when the pipe or the handlers could not be installed.
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace commercedesk::sandbox
