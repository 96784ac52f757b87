#include "inputrouter.h"

#include "clock.h"
#include "closedhost.h"
#include "idlemonitor.h"
#include "keyboardhost.h"
#include "keypadnavigator.h"
#include "kioskwindow.h"
#include "staffarea.h"
#include "staffhint.h"
#include "theme.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QTimer>
#include <QWindow>

InputRouter::InputRouter(KioskWindow *window, KeyboardHost *keys, Clock *clock)
    : QObject(window), m_window(window), m_keys(keys), m_clock(clock)
{
    qApp->installEventFilter(this);
}

InputRouter::~InputRouter()
{
    qApp->removeEventFilter(this);
}

bool InputRouter::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    // Every touch reaches the window first, once, whatever it lands on.
    if (watched == m_window->windowHandle() &&
        (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonRelease))
        watchForStaffGesture(event);
    if (m_window->staffArea() && (type == QEvent::MouseButtonPress || type == QEvent::KeyPress))
        m_window->staffArea()->activity();
    // The window's first frame is the attract screen's, unless a visitor touched the screen
    // before it was drawn: the jobs that are read next must be read either way.
    if (!m_painted && type == QEvent::Paint && watched == m_window) {
        m_painted = true;
        emit firstPaint();
    }
    if (swallowWhileClosed(type))
        return true;
    if (type == QEvent::MouseButtonPress || type == QEvent::TouchBegin)
        m_window->session()->setKeypadInUse(false); // a touch: the keypad's ring goes
    if (type == QEvent::KeyPress && watched->isWidgetType() &&
        keyPressed(static_cast<QWidget *>(watched), static_cast<QKeyEvent *>(event)))
        return true;
    if (swallowAnswer(type))
        return true;
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        m_window->idleMonitor()->activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

bool InputRouter::swallowAnswer(QEvent::Type type)
{
    const bool press = type == QEvent::MouseButtonPress || type == QEvent::TouchBegin;
    const bool release = type == QEvent::MouseButtonRelease || type == QEvent::TouchEnd;
    if (press && m_window->isPromptShowing())
        m_swallowGesture = true; // the touch that answers "Still there?" does nothing else
    if (!m_swallowGesture)
        return false;
    if (press)
        m_window->idleMonitor()->activity();
    if (release)
        m_swallowGesture = false;
    return press || release || type == QEvent::MouseMove || type == QEvent::TouchUpdate;
}

bool InputRouter::swallowWhileClosed(QEvent::Type type)
{
    ClosedHost *closed = m_window->closedHost();
    if (!closed || !closed->isShowing())
        return false;
    // Only the staff gesture, watched above, gets past: no keypad, no speech, no visitor. A
    // touch goes on to the closed screen, which does not take it, so that Qt makes the mouse
    // press that the gesture watches and that is swallowed here.
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
        closed->touched();
        return true;
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::KeyRelease:
    case QEvent::Wheel:
    case QEvent::ShortcutOverride:
        return true;
    default:
        return false;
    }
}

void InputRouter::watchForStaffGesture(QEvent *event)
{
    const auto *mouse = static_cast<QMouseEvent *>(event);
    // Big enough to find without looking (96 px at 1080p); a touch there still reaches what
    // it lands on, since the gesture only watches.
    m_gesture.setArea(m_window->size(), qMax(96, Theme::current().px(96)));
    const QPoint at = mouse->position().toPoint();
    const bool press = event->type() == QEvent::MouseButtonPress;
    const qint64 now = m_clock->elapsed();
    const bool done = press ? m_gesture.press(at, now) : m_gesture.release(at, now);
    m_window->staffHint()->follow(m_gesture, !press);
    if (done)
        QTimer::singleShot(0, m_window, &KioskWindow::openStaffMode);
}

bool InputRouter::keyPressed(QWidget *receiver, const QKeyEvent *key)
{
    if ((receiver != m_window && !m_window->isAncestorOf(receiver)) || m_window->isStaffShowing())
        return false;
    const bool answering = m_window->isPromptShowing();
    m_window->session()->setKeypadInUse(true);
    m_window->idleMonitor()->activity();
    if (answering)
        return true; // the key that answers "Still there?" does nothing else
    if (m_window->isAttractShowing())
        return false; // any key wakes the attract screen
    const KeypadNavigator::Action action =
        KeypadNavigator::actionFor(QApplication::focusWidget(), key);
    if (action == KeypadNavigator::Action::None)
        return false;
    keypadAction(int(action), key);
    return true;
}

void InputRouter::keypadAction(int action, const QKeyEvent *key)
{
    using Action = KeypadNavigator::Action;
    KeypadNavigator *keypad = m_window->keypad();
    switch (Action(action)) {
    case Action::Next:
    case Action::Previous:
        keypad->move(Action(action) == Action::Next ? 1 : -1);
        break;
    case Action::NextItem:
    case Action::PreviousItem:
        keypad->move(Action(action) == Action::NextItem ? 1 : -1, false);
        break;
    case Action::Activate:
        keypad->activate(QApplication::focusWidget());
        break;
    case Action::Back:
        if (m_keys->isShowing() && key->key() == Qt::Key_Backspace && m_keys->target())
            m_keys->target()->backspace(); // typing on the keyboard: a letter, never the screen
        else if (m_keys->isShowing())
            m_keys->hide();
        else
            m_window->back();
        break;
    case Action::Home:
        m_window->goHome();
        break;
    case Action::Help:
        emit helpWanted();
        break;
    case Action::None:
        break;
    }
}
