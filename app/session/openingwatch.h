#pragma once

#include "openinghours.h"

#include <QDateTime>
#include <QObject>

class Clock;
class ClockTimer;

// Whether the kiosk is open now, by its opening hours and its Clock, and the moment it next
// opens. It looks again at each opening and closing, and at least once a minute, so that a
// clock moved by hand or a machine that slept is followed within a minute.
class OpeningWatch : public QObject
{
    Q_OBJECT
public:
    explicit OpeningWatch(Clock *clock, QObject *parent = nullptr);

    // Hours that are always open (none set) keep it open.
    void setHours(const OpeningHours &hours);
    OpeningHours hours() const { return m_hours; }
    bool isOpen() const { return m_open; }
    // In the clock's zone; invalid while there are no hours.
    QDateTime nextOpening() const;
    // "open" or "closed", as the fleet's status file says it.
    QString state() const;

signals:
    void openChanged(bool open);

private:
    void check();

    Clock *m_clock;
    ClockTimer *m_timer;
    OpeningHours m_hours;
    bool m_open = true;
};
