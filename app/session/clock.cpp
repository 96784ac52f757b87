#include "clock.h"

namespace
{

// Checked at least this often, so a clock that was moved or a machine that slept is noticed
// within a minute even when no timer fires exactly at midnight.
constexpr int longestWaitMsec = 60 * 1000;

} // namespace

QTimeZone Clock::defaultZone()
{
    const QTimeZone london(QByteArrayLiteral("Europe/London"));
    return london.isValid() ? london : QTimeZone::systemTimeZone();
}

Clock::Clock(QObject *parent) : Clock(defaultZone(), parent) {}

Clock::Clock(const QTimeZone &zone, QObject *parent)
    : QObject(parent), m_zone(zone), m_dayCheck(new ClockTimer(this, this))
{
    m_real.start();
    m_dayCheck->setSingleShot(true);
    connect(m_dayCheck, &ClockTimer::timeout, this, &Clock::checkDay);
    m_day = today();
    scheduleCheck();
}

Clock::~Clock()
{
    // Timers that outlive their clock stop, and run on real time if started again.
    for (ClockTimer *timer : std::as_const(m_timers)) {
        timer->m_due = -1;
        timer->m_timer.stop();
        timer->m_clock = nullptr;
    }
    m_timers.clear();
}

QDateTime Clock::nowUtc() const
{
    return m_fixed.isValid() ? m_fixed : QDateTime::currentDateTimeUtc();
}

QDateTime Clock::now() const
{
    return nowUtc().toTimeZone(m_zone);
}

QDate Clock::today() const
{
    return now().date();
}

qint64 Clock::elapsed() const
{
    return isFixed() ? m_elapsed : m_real.elapsed();
}

void Clock::setFixedTime(const QDateTime &utc)
{
    if (!isFixed()) {
        m_elapsed = m_real.elapsed();
        for (ClockTimer *timer : std::as_const(m_timers)) {
            if (!timer->m_timer.isActive())
                continue;
            const qint64 left = qMax(0, timer->m_timer.remainingTime());
            timer->m_timer.stop();
            timer->schedule(m_elapsed + left);
        }
    }
    m_fixed = utc.toUTC();
    checkDay(); // as if the system clock was moved, but looked at now, not at the next check
}

void Clock::advance(qint64 msec)
{
    if (!isFixed())
        setFixedTime(nowUtc());
    const qint64 end = m_elapsed + qMax<qint64>(0, msec);
    // One at a time, looked for again after each: a timer fired may start, stop or delete
    // others, or itself.
    while (ClockTimer *timer = nextDue(end)) {
        moveTo(timer->m_due);
        timer->fire();
    }
    moveTo(end);
}

ClockTimer *Clock::nextDue(qint64 by) const
{
    ClockTimer *next = nullptr;
    for (ClockTimer *timer : m_timers) {
        if (timer->m_due < 0 || timer->m_due > by)
            continue;
        if (!next || timer->m_due < next->m_due ||
            (timer->m_due == next->m_due && timer->m_order < next->m_order))
            next = timer;
    }
    return next;
}

void Clock::moveTo(qint64 elapsed)
{
    if (elapsed <= m_elapsed) // never back: a timer may have advanced the clock itself
        return;
    m_fixed = m_fixed.addMSecs(elapsed - m_elapsed);
    m_elapsed = elapsed;
}

void Clock::checkDay()
{
    const QDate day = today();
    if (day != m_day) {
        m_day = day;
        emit dayChanged(day);
    }
    scheduleCheck();
}

void Clock::scheduleCheck()
{
    const QDateTime local = now();
    const QDateTime midnight(local.date().addDays(1), QTime(0, 0), m_zone);
    const qint64 untilMidnight = local.msecsTo(midnight) + 50;
    m_dayCheck->start(int(qBound(qint64(50), untilMidnight, qint64(longestWaitMsec))));
}

ClockTimer::ClockTimer(Clock *clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ClockTimer::timeout);
    if (m_clock)
        m_clock->m_timers << this;
}

ClockTimer::~ClockTimer()
{
    if (m_clock)
        m_clock->m_timers.removeOne(this);
}

void ClockTimer::setInterval(int msec)
{
    const bool restart = isActive();
    m_timer.setInterval(msec);
    if (restart)
        start();
}

bool ClockTimer::isActive() const
{
    return onFixedClock() ? m_due >= 0 : m_timer.isActive();
}

void ClockTimer::start()
{
    if (onFixedClock())
        schedule(m_clock->elapsed() + qMax(0, interval()));
    else
        m_timer.start();
}

void ClockTimer::start(int msec)
{
    m_timer.setInterval(msec);
    start();
}

void ClockTimer::stop()
{
    m_due = -1;
    m_timer.stop();
}

qint64 ClockTimer::remainingTime() const
{
    if (!onFixedClock())
        return m_timer.remainingTime();
    return m_due < 0 ? -1 : qMax<qint64>(0, m_due - m_clock->elapsed());
}

void ClockTimer::schedule(qint64 due)
{
    m_due = due;
    m_order = ++m_clock->m_starts;
}

void ClockTimer::fire()
{
    // A repeating timer of 0 ms fires once a millisecond, not for ever at the same moment.
    if (isSingleShot())
        m_due = -1;
    else
        schedule(m_due + qMax(1, interval()));
    emit timeout(); // last: what it calls may delete this timer
}
