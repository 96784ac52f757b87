#pragma once

#include "clock.h"

#include <QWidget>

class StaffGesture;

// A small dim dot in the bottom-right corner once the bottom-left one has been held for the
// staff gesture: staff know the hold worked and where to tap next, while a visitor sees a
// speck that comes and goes. It shows while the hold goes on and for the taps' time after.
class StaffHint : public QWidget
{
    Q_OBJECT
public:
    StaffHint(QWidget *window, Clock *clock); // the clock the gesture is timed on
    // After each press or release the gesture has seen.
    void follow(const StaffGesture &gesture, bool released);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void appear();
    void place();

    ClockTimer m_held;
    ClockTimer m_expired;
};
