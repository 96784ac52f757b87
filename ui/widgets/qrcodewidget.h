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
    // Encoded when first needed (shown, drawn or asked for), not while the screens are built.
    const QrCode &code() const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

signals:
    // Each time the code comes into sight where a visitor can scan it (shown, or given a new
    // text while shown): the visitor session counts it once a visit.
    void shown(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void announce();

    QString m_text;
    mutable QrCode m_code;
    mutable bool m_encoded = false;
};
