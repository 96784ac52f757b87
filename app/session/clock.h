#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

class ClockTimer;

// The kiosk's one source of time. "Now" and "today": local time in Europe/London, whatever
// the machine's own zone; it says when the local date changes (at midnight, or when the system
// clock is moved), so that lists of open vacancies and every date on screen follow the day.
// Elapsed time, for waits and timers (ClockTimer): monotonic, untouched by the system clock.
// Tests fix the clock and move it forward instead of waiting: what falls due meanwhile fires,
// in order, at its own time. Used on one thread, the one it lives in.
class Clock : public QObject
{
    Q_OBJECT
public:
    explicit Clock(QObject *parent = nullptr);
    explicit Clock(const QTimeZone &zone, QObject *parent = nullptr);
    ~Clock() override;

    QDateTime now() const; // in the kiosk's zone
    QDateTime nowUtc() const;
    QDate today() const;
    QTimeZone zone() const { return m_zone; }
    // Europe/London, or the machine's own zone where the system has no time zone data: what
    // a kiosk without a Clock of its own (a command, a worker) writes times in.
    static QTimeZone defaultZone();
    // Milliseconds since the clock was made, which never go back: real time, or once the
    // clock is fixed only what advance() adds.
    qint64 elapsed() const;

    // For tests: from now on the clock shows `utc` and moves only when set again or advanced.
    // Setting it is moving the system clock: elapsed() stays where it was. Timers already
    // running wait out what was left of their time on the fixed clock.
    void setFixedTime(const QDateTime &utc);
    bool isFixed() const { return m_fixed.isValid(); }
    // For tests: `msec` pass. now() and elapsed() move on together, and each timer that falls
    // due fires at its time, a repeating one as often as it would have (a timer due now, or
    // started with no wait, fires at the next advance, even of 0). Midnight is noticed as on a
    // real clock, by a timer, within 50 ms. A clock not yet fixed is fixed at the present first.
    // Only timers fire: the event loop does not run, and a test that wants what they posted
    // (a 0 ms QTimer, a deleteLater) processes events after.
    void advance(qint64 msec);

signals:
    // The local date is now `today`: midnight passed, or the system clock was changed.
    void dayChanged(const QDate &today);

private:
    friend class ClockTimer;
    void checkDay();
    void scheduleCheck();
    void moveTo(qint64 elapsed);
    ClockTimer *nextDue(qint64 by) const;

    QTimeZone m_zone;
    QDateTime m_fixed;
    QDate m_day;
    QElapsedTimer m_real;
    qint64 m_elapsed = 0; // while fixed
    QList<ClockTimer *> m_timers;
    quint64 m_starts = 0; // orders timers due at the same moment: the first started first
    ClockTimer *m_dayCheck;
};

// A timer on a Clock's time, with QTimer's ways: a precise QTimer (never early) while the clock
// is real; on a fixed clock, one that fires only as a test advances the clock past it.
class ClockTimer : public QObject
{
    Q_OBJECT
public:
    explicit ClockTimer(Clock *clock, QObject *parent = nullptr);
    ~ClockTimer() override;

    void setInterval(int msec); // as QTimer's: a running timer starts again with it
    int interval() const { return m_timer.interval(); }
    void setSingleShot(bool singleShot) { m_timer.setSingleShot(singleShot); }
    bool isSingleShot() const { return m_timer.isSingleShot(); }
    bool isActive() const;
    void start();
    void start(int msec);
    void stop();
    // Milliseconds until it fires; -1 when it is not running.
    qint64 remainingTime() const;

signals:
    void timeout();

private:
    friend class Clock;
    bool onFixedClock() const { return m_clock && m_clock->isFixed(); }
    void schedule(qint64 due);
    void fire();

    QPointer<Clock> m_clock;
    QTimer m_timer;    // runs only while the clock is real; holds the interval either way
    qint64 m_due = -1; // on a fixed clock: its elapsed() at which this fires; -1 when stopped
    quint64 m_order = 0;
};
