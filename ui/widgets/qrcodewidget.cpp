#include "qrcodewidget.h"

#include "narration.h"
#include "theme.h"

#include <QPainter>
#include <QShowEvent>

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void QrCodeWidget::setText(const QString &text)
{
    m_text = text;
    m_code = {};
    m_encoded = false;
    setAccessibleName(tr("QR code for %1").arg(text));
    setAccessibleDescription(Narration::qrCode(text));
    if (isVisible())
        announce();
    update();
}

const QrCode &QrCodeWidget::code() const
{
    if (!m_encoded) {
        m_code = QrCode::encode(m_text.toUtf8());
        m_encoded = true;
    }
    return m_code;
}

void QrCodeWidget::showEvent(QShowEvent *event)
{
    // Not when the window system shows the window again (after minimising, say): only the
    // kiosk showing a screen brings a code into a visitor's sight.
    if (!event->spontaneous())
        announce();
    QWidget::showEvent(event);
}

void QrCodeWidget::announce()
{
    // Here, not while painting: whoever listens may write to disk, and a paint may not.
    if (!code().isNull())
        emit shown(m_text);
}

QSize QrCodeWidget::sizeHint() const
{
    const int side = Theme::current().px(420);
    return {side, side};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int side = qMin(width(), height());
    // Always dark on white, whatever the theme: phone cameras read that best.
    painter.fillRect(QRect(0, 0, side, side), Qt::white);
    const QrCode &qr = code();
    if (qr.isNull())
        return;
    const int modules = qr.size() + 8; // four modules of quiet zone on each side
    const int unit = side / modules;
    const int origin = (side - unit * qr.size()) / 2;
    for (int y = 0; y < qr.size(); ++y) {
        for (int x = 0; x < qr.size(); ++x) {
            if (qr.isDark(x, y))
                painter.fillRect(origin + x * unit, origin + y * unit, unit, unit, Qt::black);
        }
    }
}
