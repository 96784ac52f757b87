#include "closedscreen.h"

#include "theme.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

ClosedScreen::ClosedScreen(Clock *clock, QWidget *window)
    : QWidget(window), m_clock(clock), m_hide(clock)
{
    setObjectName(QStringLiteral("closed"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setContextMenuPolicy(Qt::NoContextMenu);
    setAccessibleName(tr("Closed"));
    m_hide.setSingleShot(true);
    m_hide.setInterval(timeShownMsec);
    connect(&m_hide, &ClockTimer::timeout, this, [this] {
        update();
        emit timeShownChanged(false);
    });
    window->installEventFilter(this); // it covers the whole window, whatever its size
    setGeometry(window->rect());
    hide();
}

void ClosedScreen::setNextOpening(const QDateTime &opening)
{
    m_opening = opening;
    setAccessibleDescription(message());
    update();
}

QString ClosedScreen::openingText(const QDateTime &opening, const QDateTime &now)
{
    if (!opening.isValid())
        return tr("Closed.");
    const QString time = opening.toString(QStringLiteral("HH:mm"));
    const qint64 days = now.date().daysTo(opening.date());
    if (days == 0)
        return tr("Closed. We open again at %1 today.").arg(time);
    if (days == 1)
        return tr("Closed. We open again at %1 tomorrow.").arg(time);
    const QLocale locale;
    const QString day = locale.dayName(opening.date().dayOfWeek());
    if (days < 7)
        return tr("Closed. We open again at %1 on %2.").arg(time, day);
    return tr("Closed. We open again at %1 on %2 %3.")
        .arg(time, day, locale.toString(opening.date(), QStringLiteral("d MMMM")));
}

QString ClosedScreen::message() const
{
    return openingText(m_opening, m_clock->now());
}

void ClosedScreen::showTime()
{
    const bool was = isTimeShown();
    m_hide.start();
    update();
    if (!was)
        emit timeShownChanged(true);
}

void ClosedScreen::paintEvent(QPaintEvent *)
{
    // Near black, so that a display that cannot be switched off gives off almost no light;
    // the words stay readable up close, and brighter while a touch asked for them.
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x08, 0x08, 0x0a));
    const Theme theme = Theme::forSize(width(), height(), 100, false);
    QFont font = painter.font();
    font.setPixelSize(theme.fontPx(isTimeShown() ? Theme::Text::Title : Theme::Text::Lead));
    painter.setFont(font);
    painter.setPen(isTimeShown() ? QColor(0xd8, 0xd8, 0xd8) : QColor(0x50, 0x50, 0x55));
    const QString text = isTimeShown() ? message() : tr("Closed.");
    const int margin = theme.px(96);
    painter.drawText(rect().adjusted(margin, margin, -margin, -margin),
                     Qt::AlignCenter | Qt::TextWordWrap, text);
}

bool ClosedScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}
