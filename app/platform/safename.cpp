#include "safename.h"

#include <QList>

namespace
{

bool breaksLines(char32_t c)
{
    return (c >= 0x09 && c <= 0x0d) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// The ranges are spelled out so that the rule does not depend on the Unicode tables of the Qt
// in use; the categories catch format characters added in later Unicode versions.
bool isInvisible(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true; // C0, DEL and C1 controls
    if (c == 0x061c || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
        (c >= 0x2060 && c <= 0x2069) || c == 0xfeff || (c >= 0xe0000 && c <= 0xe007f))
        return true; // bidirectional controls, zero-width characters, tags
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Other_Format;
}

} // namespace

QString SafeName::from(const QString &name, int maxLength)
{
    // toUcs4() already turns unpaired surrogates into U+FFFD.
    QList<char32_t> kept;
    for (const uint code : name.toUcs4()) {
        const char32_t c = code;
        if (breaksLines(c))
            kept.append(U' ');
        else if (!isInvisible(c))
            kept.append(c);
    }
    if (kept.size() > maxLength) {
        kept.resize(qMax(0, maxLength - 1));
        kept.append(U'\u2026');
    }
    return QString::fromUcs4(kept.constData(), kept.size());
}
