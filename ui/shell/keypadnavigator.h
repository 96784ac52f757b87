#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class FocusRing;
class QKeyEvent;
class QWidget;

// Moves the focus with a keypad or keyboard alone: arrows and Tab go through the items of
// the current scope in reading order (the order the screens lay their widgets out in), and
// wrap around, so that nothing traps the focus. It only moves and activates; what Back,
// Home and Help mean is the window's business.
class KeypadNavigator : public QObject
{
    Q_OBJECT
public:
    // Next and Previous (arrows) go from card to card inside a list; Tab and Backtab
    // (NextItem, PreviousItem) step over it.
    enum class Action { None, Next, Previous, NextItem, PreviousItem, Activate, Back, Home, Help };

    explicit KeypadNavigator(QWidget *window);

    // The widgets whose focusable descendants the keys move through, in order.
    void setScope(std::function<QList<QWidget *>()> scope) { m_scope = std::move(scope); }
    // What a key means where the focus is: a search field keeps its own editing keys.
    static Action actionFor(const QWidget *focus, const QKeyEvent *key);

    // Whether keys stop on this widget. Qt leaves only the chosen button of a group in the
    // Tab chain and moves within it by arrows; here every chip is an item of its own.
    static bool isItem(const QWidget *widget);
    QList<QWidget *> items() const;
    void focusFirst(QWidget *within);
    void move(int step, bool intoLists = true);
    void activate(QWidget *item);

    // Keypad mode, as the visitor session has it (a key turns it on, a touch off): the ring
    // shows only while it is on.
    bool isActive() const { return m_active; }
    void setActive(bool active);
    FocusRing *ring() const { return m_ring; }

signals:
    // Enter on a search field: the visitor wants the on-screen keyboard.
    void typingWanted(QWidget *field);
    // Enter on a panel: hear it again.
    void repeatWanted(QWidget *item);

private:
    static void collect(QWidget *widget, QList<QWidget *> &items);
    void focus(QWidget *item);

    QPointer<QWidget> m_window;
    FocusRing *m_ring;
    std::function<QList<QWidget *>()> m_scope;
    bool m_active = false;
};
