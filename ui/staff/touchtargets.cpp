#include "touchtargets.h"

#include "theme.h"

#include <QMouseEvent>
#include <QPainter>

TouchTargets::TouchTargets(QWidget *window) : QWidget(window), m_check(window->size())
{
    setObjectName(QStringLiteral("touchTargets"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    hide();
}

void TouchTargets::start()
{
    // The whole window, at its size now: a target that sits where the finger cannot reach
    // would measure nothing.
    setGeometry(parentWidget()->rect());
    m_check = TouchCheck(size());
    raise();
    show();
    update();
}

QPoint TouchTargets::target() const
{
    const QList<QPoint> targets = m_check.targets();
    return m_check.isDone() ? QPoint() : targets.at(m_check.next());
}

void TouchTargets::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Theme &theme = Theme::current();
    painter.fillRect(rect(), theme.background());
    if (m_check.isDone())
        return;
    const QPoint at = target();
    const int radius = theme.px(36);
    painter.setPen(QPen(theme.text(), theme.px(4)));
    painter.setBrush(theme.accent());
    painter.drawEllipse(at, radius, radius);
    painter.drawLine(at - QPoint(radius * 2, 0), at + QPoint(radius * 2, 0));
    painter.drawLine(at - QPoint(0, radius * 2), at + QPoint(0, radius * 2));
    QFont font = painter.font();
    font.setPixelSize(theme.fontPx(Theme::Text::Lead));
    painter.setFont(font);
    painter.setPen(theme.text());
    // The words sit in the half of the screen away from the target.
    QRect words = rect().adjusted(theme.px(48), theme.px(48), -theme.px(48), -theme.px(48));
    words.setHeight(words.height() / 3);
    if (at.y() < height() / 2)
        words.moveBottom(height() - theme.px(48));
    else if (at.y() == height() / 2)
        words.moveTop(theme.px(48));
    painter.drawText(words, Qt::AlignCenter | Qt::TextWordWrap,
                     tr("Touch the centre of the circle with one finger (%1 of %2).")
                         .arg(m_check.next() + 1)
                         .arg(TouchCheck::targetCount));
}

void TouchTargets::mousePressEvent(QMouseEvent *event)
{
    event->accept();
    m_check.touched(event->position().toPoint());
    update();
}

void TouchTargets::mouseReleaseEvent(QMouseEvent *event)
{
    // Closed on the release, so that the last touch's release lands here, not on a button.
    event->accept();
    if (m_check.isDone()) {
        hide();
        emit finished();
    }
}
