#pragma once

#include <QObject>
#include <QTimer>

// Tells a service manager that the kiosk is up and still alive: on Linux, systemd's sd_notify
// protocol (READY=1, then WATCHDOG=1 at half the unit's WatchdogSec). The pings come from a
// timer on the GUI thread, so a hung event loop stops them and systemd restarts the kiosk.
// Where there is no service manager it does nothing.
class ServiceWatchdog : public QObject
{
    Q_OBJECT
public:
    explicit ServiceWatchdog(QObject *parent = nullptr);

    bool isSupervised() const; // started by a service manager that listens
    int pingInterval() const { return m_timer.interval(); }
    void start();
    bool notify(const QByteArray &state);

private:
    QTimer m_timer;
};
