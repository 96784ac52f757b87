#pragma once

#include <QPoint>
#include <QSize>

// The hidden way into staff mode: hold the bottom-left corner for three seconds, then tap
// the bottom-right corner three times within five seconds. A visitor will not do that by
// chance, and the corners hold no controls.
class StaffGesture
{
public:
    static constexpr int holdMsec = 3000;
    static constexpr int tapWindowMsec = 5000;
    static constexpr int tapsNeeded = 3;

    void setArea(const QSize &window, int cornerSize);
    // Each returns true when this event completes the gesture.
    bool press(const QPoint &at, qint64 msec);
    bool release(const QPoint &at, qint64 msec);
    void reset();
    // The bottom-left corner is held, long enough or not yet.
    bool isHolding() const { return m_state == State::Holding; }
    // The hold is done: the taps in the bottom-right corner may follow.
    bool isArmed() const { return m_state == State::Armed; }

private:
    enum class Corner { None, BottomLeft, BottomRight };
    enum class State { Idle, Holding, Armed };
    Corner cornerAt(const QPoint &at) const;

    QSize m_window;
    int m_corner = 60;
    State m_state = State::Idle;
    qint64 m_since = 0;
    int m_taps = 0;
};
