#pragma once

#include <QObject>

class KioskWindow;
class QBoxLayout;
class QLineEdit;
class TopBar;
class TouchKeyboard;

// Where the on-screen keyboard is and what it types into: under the screens at full width,
// or docked compact beside a landscape screen's results. While it is up the screen under it
// knows, and on a tall screen with larger text the bar's switches step aside.
class KeyboardHost : public QObject
{
    Q_OBJECT
public:
    KeyboardHost(KioskWindow *window, TopBar *bar);

    TouchKeyboard *keyboard() const { return m_keyboard; }
    // The field the keys type into while the keyboard is up.
    QLineEdit *target() const { return m_target; }
    bool isShowing() const;
    // Under the screens, full width: where the keyboard is unless a screen docks it.
    void setHome(QBoxLayout *place);
    void show(QLineEdit *target);
    void hide();
    void place();
    // A screen that docks the keyboard was opened: move it there before it is wanted.
    void dockAhead();
    void showSwitches(bool shown);

private:
    QBoxLayout *dock() const;
    void moveTo(QBoxLayout *place);

    KioskWindow *m_window;
    TopBar *m_bar;
    TouchKeyboard *m_keyboard;
    QLineEdit *m_target = nullptr;
    QBoxLayout *m_home = nullptr;   // under the screens, full width
    QBoxLayout *m_layout = nullptr; // where the keyboard is now
};
