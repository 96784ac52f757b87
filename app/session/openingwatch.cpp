#include "openingwatch.h"

#include "clock.h"

namespace
{

// A moved clock or a machine that slept is noticed within this.
constexpr qint64 longestWaitMsec = 60 * 1000;

} // namespace

OpeningWatch::OpeningWatch(Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_timer(new ClockTimer(clock, this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &ClockTimer::timeout, this, &OpeningWatch::check);
    connect(m_clock, &Clock::dayChanged, this, &OpeningWatch::check);
    check();
}

void OpeningWatch::setHours(const OpeningHours &hours)
{
    m_hours = hours;
    check();
}

QDateTime OpeningWatch::nextOpening() const
{
    return m_hours.nextOpening(m_clock->now());
}

QString OpeningWatch::state() const
{
    return m_open ? QStringLiteral("open") : QStringLiteral("closed");
}

void OpeningWatch::check()
{
    const QDateTime now = m_clock->now();
    const bool open = m_hours.isAlwaysOpen() || m_hours.isOpenAt(now);
    const QDateTime change = m_hours.nextChange(now);
    const qint64 wait = change.isValid() ? now.msecsTo(change) : longestWaitMsec;
    m_timer->start(int(qBound(qint64(1), wait, longestWaitMsec)));
    if (open != m_open) {
        m_open = open;
        emit openChanged(open);
    }
}
