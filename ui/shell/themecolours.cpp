#include "themecolours.h"

#include <QtMath>

namespace
{

ThemeColours makeNormal()
{
    ThemeColours c;
    c.background = QColor(0xf2, 0xf4, 0xf7);
    c.surface = QColor(0xff, 0xff, 0xff);
    c.text = QColor(0x12, 0x16, 0x1f);
    c.mutedText = QColor(0x3b, 0x43, 0x52);
    c.accent = QColor(0x0b, 0x3d, 0x91);
    c.onAccent = QColor(0xff, 0xff, 0xff);
    c.border = QColor(0x73, 0x7d, 0x8c);
    c.chrome = QColor(0x0b, 0x1f, 0x3a);
    c.onChrome = QColor(0xff, 0xff, 0xff);
    c.veil = QColor(0, 0, 0, 190);
    c.promptEdge = QColor(0xff, 0xff, 0xff);
    c.promptButton = QColor(0xff, 0xff, 0xff);
    c.onPromptButton = c.accent;
    c.disabledText = QColor(0x5b, 0x64, 0x73);
    c.disabledEdge = QColor(0x73, 0x7d, 0x8c);
    c.soon = QColor(0xff, 0xc8, 0x2e);
    c.onSoon = QColor(0, 0, 0);
    c.neutralBadge = QColor(0xe6, 0xe9, 0xef);
    c.onNeutralBadge = c.text;
    c.neutralBadgeEdge = c.border;
    c.banner = QColor(0xe8, 0xde, 0xf7);
    c.onBanner = c.text;
    c.bannerEdge = QColor(0x6b, 0x3f, 0xb5);
    c.focusOuter = c.soon;
    c.focusInner = QColor(0, 0, 0);
    return c;
}

ThemeColours makeHighContrast()
{
    const QColor black(0, 0, 0);
    const QColor white(0xff, 0xff, 0xff);
    const QColor yellow(0xff, 0xff, 0x00);
    ThemeColours c;
    c.background = black;
    c.surface = black;
    c.text = white;
    c.mutedText = white;
    c.accent = yellow;
    c.onAccent = black;
    c.border = white;
    c.chrome = black;
    c.onChrome = white;
    c.veil = QColor(0, 0, 0, 190);
    c.promptEdge = white;
    c.promptButton = yellow;
    c.onPromptButton = black;
    // Grey, and drawn dashed: a disabled button must not look like the white text of a live one.
    c.disabledText = QColor(0xa6, 0xa6, 0xa6);
    c.disabledEdge = QColor(0xa6, 0xa6, 0xa6);
    c.soon = yellow;
    c.onSoon = black;
    c.neutralBadge = black;
    c.onNeutralBadge = white;
    c.neutralBadgeEdge = white;
    c.banner = white;
    c.onBanner = black;
    c.bannerEdge = white;
    c.focusOuter = yellow;
    c.focusInner = black;
    return c;
}

double luminance(const QColor &colour)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : qPow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}

} // namespace

const ThemeColours &ThemeColours::normal()
{
    static const ThemeColours colours = makeNormal();
    return colours;
}

const ThemeColours &ThemeColours::highContrast()
{
    static const ThemeColours colours = makeHighContrast();
    return colours;
}

double ThemeColours::contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a);
    const double y = luminance(b);
    return (qMax(x, y) + 0.05) / (qMin(x, y) + 0.05);
}

QColor ThemeColours::blend(const QColor &over, const QColor &under)
{
    const double alpha = over.alphaF();
    const auto mix = [alpha](double top, double bottom) {
        return top * alpha + bottom * (1 - alpha);
    };
    return QColor::fromRgbF(float(mix(over.redF(), under.redF())),
                            float(mix(over.greenF(), under.greenF())),
                            float(mix(over.blueF(), under.blueF())));
}
