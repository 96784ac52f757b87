#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Notices when a visitor has walked away. After the idle time without activity it warns
// (the screen asks "Still there?") and counts down; activity during the warning cancels it,
// and the end of the countdown times out.
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultIdleSeconds = 90;
    static constexpr int defaultWarningSeconds = 20; // WCAG 2.2.1 asks for at least 20 seconds

    explicit IdleMonitor(QObject *parent = nullptr);

    void setIdleTime(int msec);
    void setWarningTime(int msec);
    int idleTime() const { return m_idle.interval(); }
    int warningTime() const { return m_warningTime; }

    void start();
    void stop();
    void activity();
    bool isRunning() const { return m_idle.isActive() || isWarning(); }
    bool isWarning() const { return m_tick.isActive(); }
    int secondsLeft() const;

signals:
    void warningStarted();
    void secondsLeftChanged(int seconds);
    void warningCancelled();
    void timedOut();

private:
    void warn();
    void onTick();

    QTimer m_idle;
    QTimer m_tick;
    QElapsedTimer m_warningClock;
    int m_warningTime = defaultWarningSeconds * 1000;
};
