#include "focusring.h"

#include "theme.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>

FocusRing::FocusRing(QWidget *window) : QWidget(window)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    hide();
}

void FocusRing::setActive(bool active)
{
    m_active = active;
    place();
}

void FocusRing::follow(QWidget *target)
{
    // The target moves when anything around it does (a scroll, a row of buttons shown
    // above it), so the ring watches the whole line up to the window.
    for (QWidget *w = m_target; w && w != parentWidget(); w = w->parentWidget())
        w->removeEventFilter(this);
    m_target = target;
    for (QWidget *w = m_target; w && w != parentWidget(); w = w->parentWidget())
        w->installEventFilter(this);
    place();
}

QRect FocusRing::targetRect() const
{
    if (!m_target || !m_target->isVisible())
        return {};
    QWidget *area = m_target;
    QRect rect = m_target->rect();
    if (auto *view = qobject_cast<QAbstractItemView *>(m_target.data())) {
        area = view->viewport();
        const QRect item = view->visualRect(view->currentIndex());
        rect = item.isValid() ? item.intersected(area->rect()) : area->rect();
    }
    return QRect(area->mapTo(parentWidget(), rect.topLeft()), rect.size());
}

QRect FocusRing::ringRect() const
{
    return isVisible() ? geometry() : QRect();
}

void FocusRing::place()
{
    const QRect rect = m_active ? targetRect() : QRect();
    if (rect.isEmpty()) {
        hide();
        return;
    }
    const int band = Theme::current().px(5);
    setGeometry(rect.adjusted(-2 * band, -2 * band, 2 * band, 2 * band)
                    .intersected(parentWidget()->rect()));
    show();
    raise();
    update();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Hide:
    case QEvent::Show:
        place();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    // A dark band inside a light one: one of the two always stands out from the surroundings.
    const Theme &theme = Theme::current();
    const int band = theme.px(5);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    const QRectF outer = QRectF(rect()).adjusted(band / 2.0, band / 2.0, -band / 2.0, -band / 2.0);
    painter.setPen(QPen(theme.focusRing(), band));
    painter.drawRoundedRect(outer, theme.px(18), theme.px(18));
    painter.setPen(QPen(theme.focusRingInner(), band));
    painter.drawRoundedRect(outer.adjusted(band, band, -band, -band), theme.px(14), theme.px(14));
}
