#include "visitor.h"

#include "kioskwindow.h"
#include "tilebutton.h"
#include "vacanciesscreen.h"

#include <QListView>
#include <QPointingDevice>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

Visitor::Visitor() : m_touch(QTest::createTouchDevice()) {}

Visitor::~Visitor() = default;

bool Visitor::tap(QWidget *widget, QPoint at)
{
    if (!widget || !widget->isVisible() || !widget->isEnabled())
        return false;
    for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(p))
            area->ensureWidgetVisible(widget, 0, 0);
    }
    QCoreApplication::processEvents();
    if (at.isNull())
        at = widget->rect().center();
    QWidget *window = widget->window();
    const QPoint inWindow = widget->mapTo(window, at);
    QTest::touchEvent(window, m_touch.get()).press(0, inWindow, window);
    QTest::touchEvent(window, m_touch.get()).release(0, inWindow, window);
    QCoreApplication::processEvents();
    return true;
}

bool Visitor::tapJob(KioskWindow *window, int row)
{
    QListView *list = window->vacancies()->list();
    const QModelIndex index = list->model()->index(row, 0);
    if (!index.isValid())
        return false;
    list->scrollTo(index);
    QCoreApplication::processEvents();
    return tap(list->viewport(), list->visualRect(index).center());
}

TileButton *Visitor::tile(QWidget *screen, const QString &heading)
{
    for (TileButton *button : screen->findChildren<TileButton *>()) {
        if (button->heading() == heading && button->isVisible())
            return button;
    }
    return nullptr;
}

QPushButton *Visitor::button(QWidget *screen, const QString &text)
{
    for (QPushButton *button : screen->findChildren<QPushButton *>()) {
        if (button->text() == text && button->isVisible())
            return button;
    }
    return nullptr;
}
