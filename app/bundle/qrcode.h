#pragma once

#include <QByteArray>

// A QR code's modules, encoded by libqrencode at error correction level M.
class QrCode
{
public:
    static QrCode encode(const QByteArray &text);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x) != 0; }

private:
    int m_size = 0;
    QByteArray m_modules;
};
