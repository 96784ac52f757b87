#pragma once

#include "qrcode.h"

#include <QWidget>

// Draws a QR code as large as it fits, with the quiet zone that scanners need around it.
class QrCodeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    const QrCode &code() const { return m_code; }

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

signals:
    // Once per code, when it is first shown where a visitor can scan it.
    void shown(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void announce();

    QString m_text;
    QrCode m_code;
    bool m_announced = false;
};
