#include "idlemonitor.h"

IdleMonitor::IdleMonitor(QObject *parent) : QObject(parent)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(90000);
    m_tick.setInterval(250);
    connect(&m_idle, &QTimer::timeout, this, &IdleMonitor::warn);
    connect(&m_tick, &QTimer::timeout, this, &IdleMonitor::onTick);
}

void IdleMonitor::setIdleTime(int msec)
{
    m_idle.setInterval(msec);
}

void IdleMonitor::setWarningTime(int msec)
{
    m_warningTime = msec;
    m_tick.setInterval(qBound(10, msec / 20, 250));
}

void IdleMonitor::start()
{
    m_tick.stop();
    m_idle.start();
}

void IdleMonitor::stop()
{
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
    const qint64 left = m_warningTime - m_warningClock.elapsed();
    return int(qMax<qint64>(0, (left + 999) / 1000));
}

void IdleMonitor::warn()
{
    m_warningClock.start();
    m_tick.start();
    emit warningStarted();
    emit secondsLeftChanged(secondsLeft());
}

void IdleMonitor::onTick()
{
    if (m_warningClock.elapsed() >= m_warningTime) {
        stop();
        emit timedOut();
        return;
    }
    emit secondsLeftChanged(secondsLeft());
}
