#include "kineticscroll.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QScrollerProperties>

void KineticScroll::enable(QAbstractScrollArea *area)
{
    area->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (auto *view = qobject_cast<QAbstractItemView *>(area)) {
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setSelectionMode(QAbstractItemView::NoSelection);
        view->setDragEnabled(false);
    }
    // Touch input reaches widgets as synthesised mouse events, so the left-button gesture
    // serves fingers and mice alike.
    QScroller::grabGesture(area->viewport(), QScroller::LeftMouseButtonGesture);
    QScroller *scroller = QScroller::scroller(area->viewport());
    QScrollerProperties properties = scroller->scrollerProperties();
    properties.setScrollMetric(QScrollerProperties::OvershootDragResistanceFactor, 0.3);
    properties.setScrollMetric(QScrollerProperties::OvershootScrollDistanceFactor, 0.1);
    properties.setScrollMetric(QScrollerProperties::DragStartDistance, 0.004);
    // Presses go straight through: a held-back press arrives at an item view too late for it
    // to count as a click. A drag that becomes a scroll still cancels the press.
    properties.setScrollMetric(QScrollerProperties::MousePressEventDelay, 0);
    scroller->setScrollerProperties(properties);
}

void KineticScroll::stop(QAbstractScrollArea *area)
{
    QScroller::scroller(area->viewport())->stop();
    area->verticalScrollBar()->setValue(0);
    area->horizontalScrollBar()->setValue(0);
}

QScrollArea *KineticScroll::around(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    enable(area);
    return area;
}
