#include "theme.h"

#include <QFontDatabase>

#include <QtMath>

Theme Theme::forSize(int width, int height, bool largeText, bool highContrast)
{
    Theme theme;
    // Quantised so that small changes in window size do not restyle every widget.
    theme.m_scale = qMax(0.5, qRound(qMin(width, height) / 1080.0 * 8) / 8.0);
    theme.m_largeText = largeText;
    theme.m_highContrast = highContrast;
    return theme;
}

namespace
{
Theme currentTheme;
}

const Theme &Theme::current()
{
    return currentTheme;
}

void Theme::setCurrent(const Theme &theme)
{
    currentTheme = theme;
}

int Theme::px(double lengthAt1080p) const
{
    return qMax(1, qRound(lengthAt1080p * m_scale));
}

int Theme::fontPx(Text text) const
{
    double size = 30;
    switch (text) {
    case Text::Small:
        size = 26;
        break;
    case Text::Body:
        size = 30;
        break;
    case Text::Lead:
        size = 36;
        break;
    case Text::Heading:
        size = 46;
        break;
    case Text::Title:
        size = 60;
        break;
    case Text::Display:
        size = 104;
        break;
    }
    // Display text is three and a half times body size already. Grown by a further 1.3, one
    // long word of it ("investigation" on the attract screen) is wider than a portrait screen,
    // and even with that screen hidden behind the visitor's, the window grows past the edge.
    const bool grows = m_largeText && text != Text::Display;
    return px(size * (grows ? 1.3 : 1.0));
}

QColor Theme::background() const
{
    return m_highContrast ? QColor(0, 0, 0) : QColor(0xf2, 0xf4, 0xf7);
}

QColor Theme::surface() const
{
    return m_highContrast ? QColor(0, 0, 0) : QColor(0xff, 0xff, 0xff);
}

QColor Theme::text() const
{
    return m_highContrast ? QColor(0xff, 0xff, 0xff) : QColor(0x12, 0x16, 0x1f);
}

QColor Theme::mutedText() const
{
    return m_highContrast ? QColor(0xff, 0xff, 0xff) : QColor(0x3b, 0x43, 0x52);
}

QColor Theme::accent() const
{
    return m_highContrast ? QColor(0xff, 0xff, 0x00) : QColor(0x0b, 0x3d, 0x91);
}

QColor Theme::onAccent() const
{
    return m_highContrast ? QColor(0, 0, 0) : QColor(0xff, 0xff, 0xff);
}

QColor Theme::highlight() const
{
    return m_highContrast ? QColor(0xff, 0xff, 0x00) : QColor(0xff, 0xc8, 0x2e);
}

QColor Theme::onHighlight() const
{
    return QColor(0, 0, 0);
}

QColor Theme::border() const
{
    return m_highContrast ? QColor(0xff, 0xff, 0xff) : QColor(0xc5, 0xcc, 0xd8);
}

QColor Theme::chrome() const
{
    return m_highContrast ? QColor(0, 0, 0) : QColor(0x0b, 0x1f, 0x3a);
}

QColor Theme::focusRing() const
{
    return highlight();
}

QColor Theme::focusRingInner() const
{
    return QColor(0, 0, 0);
}

QString Theme::styleSheet() const
{
    const QString navy = chrome().name();
    const QList<QPair<QString, QString>> values = {
        {QStringLiteral("bg"), background().name()},
        {QStringLiteral("surface"), surface().name()},
        {QStringLiteral("text"), text().name()},
        {QStringLiteral("muted"), mutedText().name()},
        {QStringLiteral("accent"), accent().name()},
        {QStringLiteral("onAccent"), onAccent().name()},
        {QStringLiteral("highlight"), highlight().name()},
        {QStringLiteral("onHighlight"), onHighlight().name()},
        {QStringLiteral("border"), border().name()},
        {QStringLiteral("navy"), navy},
        {QStringLiteral("fSmall"), QString::number(fontPx(Text::Small))},
        {QStringLiteral("fBody"), QString::number(fontPx(Text::Body))},
        {QStringLiteral("fNav"), QString::number(px(30))},
        {QStringLiteral("fInvite"), QString::number(px(36))},
        {QStringLiteral("fLead"), QString::number(fontPx(Text::Lead))},
        {QStringLiteral("fHeading"), QString::number(fontPx(Text::Heading))},
        {QStringLiteral("fTitle"), QString::number(fontPx(Text::Title))},
        {QStringLiteral("fDisplay"), QString::number(fontPx(Text::Display))},
        {QStringLiteral("p6"), QString::number(px(6))},
        {QStringLiteral("p16"), QString::number(px(16))},
        {QStringLiteral("p28"), QString::number(px(28))},
        {QStringLiteral("line"), QString::number(px(3))},
        {QStringLiteral("target"), QString::number(touchTarget())},
        {QStringLiteral("targetHalf"), QString::number(touchTarget() / 2)},
        {QStringLiteral("chipHeight"), QString::number(px(76))},
        {QStringLiteral("chipRadius"), QString::number(px(76) / 2 - 1)},
    };
    QString sheet = QStringLiteral(

        "QWidget { font-family: 'DejaVu Sans', 'Segoe UI', 'Helvetica Neue', sans-serif; }"
        "#kioskRoot, #screen { background: {bg}; }"
        "QLabel { color: {text}; font-size: {fBody}px; background: transparent; }"
        "QLabel[kiosk=\"small\"] { font-size: {fSmall}px; color: {muted}; }"
        "QLabel[kiosk=\"lead\"] { font-size: {fLead}px; }"
        "QLabel[kiosk=\"heading\"] { font-size: {fHeading}px; font-weight: bold; }"
        "QLabel[kiosk=\"title\"] { font-size: {fTitle}px; font-weight: bold; }"
        "QLabel[kiosk=\"display\"] { font-size: {fDisplay}px; font-weight: bold; color: #ffffff; }"
        "QLabel[kiosk=\"onDark\"] { color: #ffffff; font-size: {fLead}px; }"
        "QLabel[kiosk=\"badge\"] { background: {highlight}; color: {onHighlight}; font-size: "
        "{fSmall}px; "
        "  font-weight: bold; padding: {p6}px {p16}px; border-radius: {p6}px; }"
        "QLabel[kiosk=\"invite\"] { background: {highlight}; color: {onHighlight}; font-size: "
        "{fInvite}px; "
        "  font-weight: bold; padding: {p16}px {p28}px; border-radius: {p16}px; }"
        "QLabel[kiosk=\"banner\"] { background: {highlight}; color: {onHighlight}; font-size: "
        "{fSmall}px; "
        "  font-weight: bold; padding: {p16}px; }"
        "#topBar, #attract, #prompt { background: {navy}; }"
        "#topBar QLabel { color: #ffffff; }"
        "QPushButton { background: {accent}; color: {onAccent}; font-size: {fBody}px; font-weight: "
        "bold; "
        "  border: {line}px solid {accent}; border-radius: {p16}px; padding: 0 {p28}px; "
        "  min-height: {target}px; min-width: {target}px; }"
        "QPushButton:pressed { background: {text}; color: {surface}; }"
        "QPushButton { outline: none; }"
        "QPushButton:disabled { background: {bg}; color: {muted}; border-color: {border}; }"
        "QPushButton[kiosk=\"nav\"] { background: transparent; color: #ffffff; "
        "  border: {line}px solid #ffffff; font-size: {fNav}px; }"
        "QPushButton[kiosk=\"nav\"]:checked { background: #ffffff; color: {navy}; }"
        "QPushButton[kiosk=\"chip\"] { background: {surface}; color: {accent}; border: {line}px "
        "solid {accent}; "
        "  border-radius: {chipRadius}px; font-weight: normal; min-height: {chipHeight}px; }"
        "QPushButton[kiosk=\"chip\"]:checked { background: {accent}; color: {onAccent}; }"
        "QPushButton[kiosk=\"key\"] { background: {surface}; color: {text}; border: {line}px solid "
        "{border}; "
        "  padding: 0; min-width: 0px; }"
        "QPushButton[kiosk=\"key\"]:pressed { background: {accent}; color: {onAccent}; }"
        "TileButton { background: {surface}; border: {line}px solid {border}; border-radius: "
        "{p16}px; }"
        "QLineEdit { background: {surface}; color: {text}; font-size: {fLead}px; border: {line}px "
        "solid {accent}; "
        "  border-radius: {p16}px; padding: 0 {p16}px; min-height: {target}px; }"
        "QListView, QScrollArea { background: transparent; border: none; }"
        "QScrollArea > QWidget > QWidget { background: transparent; }"
        "#panel { background: {surface}; border: {line}px solid {border}; border-radius: {p16}px; }"
        "#keyboard { background: {bg}; border-top: {line}px solid {border}; }");
    for (const auto &[name, value] : values)
        sheet.replace(QLatin1Char('{') + name + QLatin1Char('}'), value);
    return sheet;
}

void Theme::loadFonts()
{
    static const bool loaded = [] {
        for (const char *file : {":/careers-kiosk/fonts/DejaVuSans.ttf",
                                 ":/careers-kiosk/fonts/DejaVuSans-Bold.ttf"}) {
            if (QFontDatabase::addApplicationFont(QLatin1String(file)) < 0)
                qWarning("cannot load the font %s", file);
        }
        return true;
    }();
    Q_UNUSED(loaded);
}
