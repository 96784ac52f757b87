#include "qrcode.h"

#include <qrencode.h>

QrCode QrCode::encode(const QByteArray &text)
{
    QrCode code;
    QRcode *encoded = QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M);
    if (!encoded)
        return code;
    code.m_size = encoded->width;
    code.m_modules.resize(qsizetype(encoded->width) * encoded->width);
    for (int i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = char(encoded->data[i] & 1); // bit 0 is the module's colour
    QRcode_free(encoded);
    return code;
}
