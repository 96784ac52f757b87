#pragma once

#include "staffgesture.h"

#include <QEvent>
#include <QObject>

class Clock;
class KeyboardHost;
class KioskWindow;
class QKeyEvent;
class QWidget;

// Every event in the application passes here first: the hidden staff gesture, the keypad's
// keys, a visitor's activity for the idle time, the touch or key that answers "Still
// there?", which does nothing else, and every touch and key on the closed screen, which only
// shows when the kiosk opens.
class InputRouter : public QObject
{
    Q_OBJECT
public:
    // The gesture reads `clock`: the kiosk's one source of time, which tests move on.
    InputRouter(KioskWindow *window, KeyboardHost *keys, Clock *clock);
    ~InputRouter() override;

signals:
    // The window is being painted for the first time.
    void firstPaint();
    // The keypad's help key: speech on, and the help heard.
    void helpWanted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchForStaffGesture(QEvent *event);
    bool swallowAnswer(QEvent::Type type);
    bool swallowWhileClosed(QEvent::Type type);
    bool keyPressed(QWidget *receiver, const QKeyEvent *key);
    void keypadAction(int action, const QKeyEvent *key);

    KioskWindow *m_window;
    KeyboardHost *m_keys;
    StaffGesture m_gesture;
    Clock *m_clock;
    bool m_swallowGesture = false;
    bool m_painted = false;
};
