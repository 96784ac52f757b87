#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

// The kiosk's one source of "now" and "today": local time in Europe/London, whatever the
// machine's own zone. It says when the local date changes (at midnight, or when the system
// clock is moved), so that lists of open vacancies and every date on screen follow the day.
// Tests fix the time and move it forward instead of waiting.
class Clock : public QObject
{
    Q_OBJECT
public:
    explicit Clock(QObject *parent = nullptr);
    explicit Clock(const QTimeZone &zone, QObject *parent = nullptr);

    QDateTime now() const; // in the kiosk's zone
    QDateTime nowUtc() const;
    QDate today() const;
    QTimeZone zone() const { return m_zone; }
    // Europe/London, or the machine's own zone where the system has no time zone data: what
    // a kiosk without a Clock of its own (a command, a worker) writes times in.
    static QTimeZone defaultZone();

    // For tests: from now on the clock shows `utc` and moves only when set again.
    void setFixedTime(const QDateTime &utc);

signals:
    // The local date is now `today`: midnight passed, or the system clock was changed.
    void dayChanged(const QDate &today);

private:
    void checkDay();
    void scheduleCheck();

    QTimeZone m_zone;
    QDateTime m_fixed;
    QDate m_day;
    QTimer m_timer;
};
