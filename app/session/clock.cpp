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

Clock::Clock(const QTimeZone &zone, QObject *parent) : QObject(parent), m_zone(zone)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Clock::checkDay);
    m_day = today();
    scheduleCheck();
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

void Clock::setFixedTime(const QDateTime &utc)
{
    m_fixed = utc.toUTC();
    checkDay();
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
    if (m_fixed.isValid()) {
        m_timer.stop(); // a fixed clock moves only when a test moves it
        return;
    }
    const QDateTime local = now();
    const QDateTime midnight(local.date().addDays(1), QTime(0, 0), m_zone);
    const qint64 untilMidnight = local.msecsTo(midnight) + 50;
    m_timer.start(int(qBound(qint64(50), untilMidnight, qint64(longestWaitMsec))));
}
