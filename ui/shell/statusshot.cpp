#include "statusshot.h"

#include "kioskwindow.h"

#include <QBuffer>
#include <QImage>
#include <QPixmap>

StatusShot::StatusShot(KioskWindow *window, Clock *clock, QObject *parent)
    : QObject(parent), m_window(window), m_timer(clock)
{
    m_timer.setInterval(intervalMsecs);
    connect(&m_timer, &ClockTimer::timeout, this, [this] {
        const QByteArray png = take();
        if (!png.isEmpty())
            emit taken(png);
    });
}

void StatusShot::start()
{
    m_timer.start();
}

void StatusShot::stop()
{
    m_timer.stop();
}

bool StatusShot::mayTake() const
{
    return m_window->isVisible() && m_window->isAttractShowing() &&
           !m_window->session()->isVisiting() && !m_window->isStaffShowing() &&
           !m_window->isPromptShowing();
}

QByteArray StatusShot::take() const
{
    if (!mayTake())
        return {};
    QImage image = m_window->grab().toImage();
    if (image.width() > maxWidth)
        image = image.scaledToWidth(maxWidth, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_RGB32).save(&buffer, "PNG");
    return png;
}
