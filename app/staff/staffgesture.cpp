#include "staffgesture.h"

void StaffGesture::setArea(const QSize &window, int cornerSize)
{
    m_window = window;
    m_corner = cornerSize;
}

StaffGesture::Corner StaffGesture::cornerAt(const QPoint &at) const
{
    if (at.y() < m_window.height() - m_corner || at.y() >= m_window.height())
        return Corner::None;
    if (at.x() >= 0 && at.x() < m_corner)
        return Corner::BottomLeft;
    if (at.x() >= m_window.width() - m_corner && at.x() < m_window.width())
        return Corner::BottomRight;
    return Corner::None;
}

void StaffGesture::reset()
{
    m_state = State::Idle;
    m_taps = 0;
}

bool StaffGesture::press(const QPoint &at, qint64 msec)
{
    const Corner corner = cornerAt(at);
    if (m_state == State::Armed && corner == Corner::BottomRight && msec - m_since <= tapWindowMsec)
        return false; // a tap in progress
    reset();
    if (corner == Corner::BottomLeft) {
        m_state = State::Holding;
        m_since = msec;
    }
    return false;
}

bool StaffGesture::release(const QPoint &at, qint64 msec)
{
    const Corner corner = cornerAt(at);
    if (m_state == State::Holding) {
        if (corner == Corner::BottomLeft && msec - m_since >= holdMsec) {
            m_state = State::Armed;
            m_since = msec;
        } else {
            reset();
        }
        return false;
    }
    if (m_state != State::Armed || corner != Corner::BottomRight ||
        msec - m_since > tapWindowMsec) {
        reset();
        return false;
    }
    if (++m_taps < tapsNeeded)
        return false;
    reset();
    return true;
}
