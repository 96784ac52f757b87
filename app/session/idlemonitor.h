#pragma once

#include "clock.h"

#include <QObject>

// Notices when a visitor has walked away. After the idle time without activity it warns
// (the screen asks "Still there?") and counts down; activity during the warning cancels it,
// and the end of the countdown times out. All on the kiosk's Clock, which tests move on.
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultIdleSeconds = 90;
    static constexpr int defaultWarningSeconds = 20; // WCAG 2.2.1 asks for at least 20 seconds

    explicit IdleMonitor(QObject *parent = nullptr); // on a real clock of its own
    explicit IdleMonitor(Clock *clock, QObject *parent = nullptr);

    void setIdleTime(int msec);
    void setWarningTime(int msec);
    int idleTime() const { return m_idle.interval(); }
    int warningTime() const { return m_warningTime; }

    void start();
    void stop();
    void activity();
    bool isRunning() const { return m_idle.isActive() || isWarning(); }
    bool isWarning() const { return m_warning; }
    int secondsLeft() const;

signals:
    void warningStarted();
    // At the start of the warning, then each time the whole seconds left go down by one.
    void secondsLeftChanged(int seconds);
    void warningCancelled();
    void timedOut();

private:
    void warn();
    void onTick();
    void scheduleTick();

    Clock *m_clock;
    ClockTimer m_idle;
    ClockTimer m_tick; // when the seconds left next go down, or the countdown ends
    qint64 m_warnedAt = 0;
    int m_warningTime = defaultWarningSeconds * 1000;
    int m_secondsShown = 0;
    bool m_warning = false;
};
