#include "idlemonitor.h"

IdleMonitor::IdleMonitor(QObject *parent) : IdleMonitor(nullptr, parent) {}

IdleMonitor::IdleMonitor(Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock ? clock : new Clock(this)), m_idle(m_clock), m_tick(m_clock)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(defaultIdleSeconds * 1000);
    m_tick.setSingleShot(true);
    connect(&m_idle, &ClockTimer::timeout, this, &IdleMonitor::warn);
    connect(&m_tick, &ClockTimer::timeout, this, &IdleMonitor::onTick);
}

void IdleMonitor::setIdleTime(int msec)
{
    m_idle.setInterval(msec);
}

void IdleMonitor::setWarningTime(int msec)
{
    m_warningTime = msec;
}

void IdleMonitor::start()
{
    m_warning = false;
    m_tick.stop();
    m_idle.start();
}

void IdleMonitor::stop()
{
    m_warning = false;
    m_idle.stop();
    m_tick.stop();
}

void IdleMonitor::activity()
{
    if (!isRunning())
        return;
    const bool wasWarning = isWarning();
    start();
    if (wasWarning)
        emit warningCancelled();
}

int IdleMonitor::secondsLeft() const
{
    if (!isWarning())
        return m_warningTime / 1000;
    const qint64 left = m_warningTime - (m_clock->elapsed() - m_warnedAt);
    return int(qMax<qint64>(0, (left + 999) / 1000));
}

void IdleMonitor::warn()
{
    m_warning = true;
    m_warnedAt = m_clock->elapsed();
    m_secondsShown = secondsLeft();
    scheduleTick();
    emit warningStarted();
    if (isWarning())
        emit secondsLeftChanged(m_secondsShown);
}

void IdleMonitor::scheduleTick()
{
    // Whole seconds are shown, rounded up: they go down as the time left reaches a multiple
    // of a second, and the countdown ends at 0.
    const qint64 left = qMax<qint64>(0, m_warningTime - (m_clock->elapsed() - m_warnedAt));
    const qint64 wait = left % 1000 != 0 ? left % 1000 : qMin<qint64>(left, 1000);
    m_tick.start(int(wait));
}

void IdleMonitor::onTick()
{
    if (m_clock->elapsed() - m_warnedAt >= m_warningTime) {
        stop();
        emit timedOut();
        return;
    }
    scheduleTick(); // before the signal: what it calls may cancel the warning
    const int seconds = secondsLeft();
    if (seconds != m_secondsShown) {
        m_secondsShown = seconds;
        emit secondsLeftChanged(seconds);
    }
}
