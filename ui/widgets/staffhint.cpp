#include "staffhint.h"

#include "staffgesture.h"
#include "theme.h"

#include <QEvent>
#include <QPainter>

StaffHint::StaffHint(QWidget *window, Clock *clock)
    : QWidget(window), m_held(clock), m_expired(clock)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    hide();
    m_held.setSingleShot(true);
    // On the gesture's own clock, and never early (a clock's timers are precise): staff who
    // let go when the dot shows have held long enough.
    m_held.setInterval(StaffGesture::holdMsec);
    m_expired.setSingleShot(true);
    m_expired.setInterval(StaffGesture::tapWindowMsec);
    connect(&m_held, &ClockTimer::timeout, this, &StaffHint::appear);
    connect(&m_expired, &ClockTimer::timeout, this, &QWidget::hide);
    window->installEventFilter(this);
}

void StaffHint::follow(const StaffGesture &gesture, bool released)
{
    if (gesture.isArmed()) {
        if (released) { // the hold has just ended: the taps' time starts now
            m_held.stop();
            appear();
            m_expired.start();
        }
        return;
    }
    hide();
    m_expired.stop();
    if (gesture.isHolding())
        m_held.start();
    else
        m_held.stop();
}

void StaffHint::appear()
{
    place();
    show();
    raise();
}

void StaffHint::place()
{
    const Theme &theme = Theme::current();
    const int size = theme.px(16);
    const int inset = theme.px(20);
    const QSize window = parentWidget()->size();
    setGeometry(window.width() - inset - size, window.height() - inset - size, size, size);
}

bool StaffHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

void StaffHint::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Theme::current().border());
    painter.drawEllipse(rect());
}
