#include "keyboardhost.h"

#include "kioskwindow.h"
#include "screen.h"
#include "topbar.h"
#include "touchkeyboard.h"

#include <QApplication>
#include <QBoxLayout>
#include <QLineEdit>
#include <QTimer>

KeyboardHost::KeyboardHost(KioskWindow *window, TopBar *bar)
    : QObject(window), m_window(window), m_bar(bar), m_keyboard(new TouchKeyboard)
{
    connect(m_keyboard, &TouchKeyboard::typed, this, [this](const QString &text) {
        if (m_target)
            m_target->insert(text);
    });
    connect(m_keyboard, &TouchKeyboard::backspace, this, [this] {
        if (m_target)
            m_target->backspace();
    });
    connect(m_keyboard, &TouchKeyboard::done, this, &KeyboardHost::hide);
}

bool KeyboardHost::isShowing() const
{
    return m_keyboard->isVisible();
}

void KeyboardHost::setHome(QBoxLayout *place)
{
    place->addWidget(m_keyboard);
    m_home = place;
    m_layout = place;
    m_keyboard->hide();
}

void KeyboardHost::show(QLineEdit *target)
{
    m_target = target;
    target->setFocus();
    place();
    m_keyboard->show();
}

void KeyboardHost::place()
{
    QBoxLayout *docked = dock();
    moveTo(docked ? docked : m_home);
    // Within reach, the full keyboard would leave the screen above it no room.
    m_keyboard->setCompact(docked != nullptr || m_window->reachArea() != m_window->rect());
    showSwitches(!(m_window->height() > m_window->width() && m_window->textSize() > 100));
    if (Screen *screen = m_window->currentScreen())
        screen->setKeyboardUp(true);
}

QBoxLayout *KeyboardHost::dock() const
{
    // In landscape a screen that has room beside its results keeps a compact keyboard
    // there, so the count and the first cards stay in sight while the visitor types.
    Screen *screen = m_window->currentScreen();
    return m_window->width() > m_window->height() && screen ? screen->keyboardDock() : nullptr;
}

void KeyboardHost::moveTo(QBoxLayout *place)
{
    if (place == m_layout)
        return;
    const bool shown = m_keyboard->isVisible();
    m_layout->removeWidget(m_keyboard);
    place->addWidget(m_keyboard); // a new parent, which hides it
    m_layout = place;
    m_keyboard->setVisible(shown);
}

void KeyboardHost::dockAhead()
{
    // A new parent restyles all the keys, half a frame's work: done while nobody waits, the
    // visitor's first tap on a search field only shows the keyboard. Not in the same pass of
    // the event loop as the screen's own first layout.
    QTimer::singleShot(100, this, [this] {
        QBoxLayout *docked = dock();
        if (docked && !m_keyboard->isVisible())
            moveTo(docked);
    });
}

void KeyboardHost::showSwitches(bool shown)
{
    m_bar->showSwitches(shown, m_window->height() > m_window->width());
}

void KeyboardHost::hide()
{
    // A keypad user who closes the keyboard is back in the search field, not lost.
    if (m_target && m_keyboard->isAncestorOf(QApplication::focusWidget()))
        m_target->setFocus(Qt::OtherFocusReason);
    m_keyboard->hide();
    m_target = nullptr;
    showSwitches(true);
    for (Screen *screen : m_window->screens())
        screen->setKeyboardUp(false);
}
