#include "keypadnavigator.h"

#include "focusring.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollArea>

KeypadNavigator::KeypadNavigator(QWidget *window)
    : QObject(window), m_window(window), m_ring(new FocusRing(window))
{
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_window && m_window->isAncestorOf(now))
            m_ring->follow(now);
    });
}

KeypadNavigator::Action KeypadNavigator::actionFor(const QWidget *focus, const QKeyEvent *key)
{
    const bool editing = qobject_cast<const QLineEdit *>(focus) != nullptr;
    switch (key->key()) {
    case Qt::Key_Tab:
        return Action::NextItem;
    case Qt::Key_Backtab:
        return Action::PreviousItem;
    case Qt::Key_Down:
        return Action::Next;
    case Qt::Key_Up:
        return Action::Previous;
    case Qt::Key_Right:
        return editing ? Action::None : Action::Next; // a search field moves its cursor
    case Qt::Key_Left:
        return editing ? Action::None : Action::Previous;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Select:
        return Action::Activate;
    case Qt::Key_Space:
        return editing ? Action::None : Action::Activate;
    case Qt::Key_Escape:
    case Qt::Key_Back:
        return Action::Back;
    case Qt::Key_Backspace:
        return editing ? Action::None : Action::Back; // typing deletes, never leaves
    case Qt::Key_Home:
        return Action::Home; // even from the search field: the way out is never taken away
    case Qt::Key_F1:
    case Qt::Key_Help:
        return Action::Help;
    case Qt::Key_Question:
        return editing ? Action::None : Action::Help;
    default:
        return Action::None;
    }
}

bool KeypadNavigator::isItem(const QWidget *widget)
{
    if (!widget->isVisible() || !widget->isEnabled())
        return false;
    if (qobject_cast<const QAbstractScrollArea *>(widget) &&
        !qobject_cast<const QAbstractItemView *>(widget))
        return false; // a scrolled page is not an item; what is in it is
    const auto *button = qobject_cast<const QAbstractButton *>(widget);
    return (widget->focusPolicy() & Qt::TabFocus) || (button && button->group());
}

void KeypadNavigator::collect(QWidget *widget, QList<QWidget *> &items)
{
    if (!widget->isVisible())
        return;
    if (isItem(widget))
        items << widget;
    if (qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QLineEdit *>(widget))
        return; // their insides are theirs to move through
    for (QWidget *child : widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!child->isWindow())
            collect(child, items);
    }
}

QList<QWidget *> KeypadNavigator::items() const
{
    QList<QWidget *> items;
    if (m_scope) {
        for (QWidget *root : m_scope())
            collect(root, items);
    }
    return items;
}

void KeypadNavigator::focusFirst(QWidget *within)
{
    QList<QWidget *> items;
    collect(within, items);
    if (!items.isEmpty())
        focus(items.first());
}

void KeypadNavigator::move(int step, bool intoLists)
{
    const QList<QWidget *> all = items();
    if (all.isEmpty())
        return;
    QWidget *current = QApplication::focusWidget();
    qsizetype at = all.indexOf(current);
    auto *view = qobject_cast<QAbstractItemView *>(current);
    if (view && intoLists && at >= 0) {
        // Within the list the arrows go from card to card; past its ends they leave it.
        const int row = view->currentIndex().row() + step;
        if (row >= 0 && row < view->model()->rowCount()) {
            view->setCurrentIndex(view->model()->index(row, 0));
            view->scrollTo(view->currentIndex());
            m_ring->follow(view);
            return;
        }
    }
    // Not in the scope (nothing focused yet, or a hidden item): start from its edge.
    if (at < 0)
        at = step > 0 ? -1 : all.size();
    const qsizetype next = (at + step + all.size()) % all.size();
    focus(all.at(next));
}

void KeypadNavigator::focus(QWidget *item)
{
    for (QWidget *parent = item->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(parent))
            area->ensureWidgetVisible(item, 0, 0);
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(item)) {
        if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
    }
    item->setFocus(Qt::TabFocusReason);
    m_ring->follow(item);
}

void KeypadNavigator::activate(QWidget *item)
{
    if (auto *button = qobject_cast<QAbstractButton *>(item))
        button->click();
    else if (auto *view = qobject_cast<QAbstractItemView *>(item)) {
        if (view->currentIndex().isValid())
            emit view->activated(view->currentIndex());
    } else if (qobject_cast<QLineEdit *>(item))
        emit typingWanted(item);
    else if (item)
        emit repeatWanted(item);
}

void KeypadNavigator::setActive(bool active)
{
    if (active != m_active) {
        m_active = active;
        m_ring->setActive(active);
    }
}
