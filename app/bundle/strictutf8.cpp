#include "strictutf8.h"

QString StrictUtf8::decode(const QByteArray &bytes, qsizetype *offset)
{
    const qsizetype error = firstError(bytes);
    if (offset)
        *offset = error;
    if (error >= 0)
        return {};
    QString text = QString::fromUtf8(bytes);
    if (text.isNull())
        text = QLatin1String(""); // empty, but not the null that means "not UTF-8"
    return text;
}

qsizetype StrictUtf8::firstError(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = sequenceLength(data + i, size - i);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

// The length of the well-formed sequence at `at`, or 0. The second byte's ranges are those of
// RFC 3629's grammar, which leave out overlong forms, surrogates and anything past U+10FFFF.
int StrictUtf8::sequenceLength(const unsigned char *at, qsizetype left)
{
    const unsigned char lead = at[0];
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0; // a continuation byte alone, C0/C1 (overlong), or F5 to FF
    }
    if (left < length || at[1] < low || at[1] > high)
        return 0;
    char32_t c = lead & (0xFF >> (length + 1));
    for (int k = 1; k < length; ++k) {
        if ((at[k] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (at[k] & 0x3F);
    }
    return isNoncharacter(c) ? 0 : length;
}

bool StrictUtf8::isNoncharacter(char32_t c)
{
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}
