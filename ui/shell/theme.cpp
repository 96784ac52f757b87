#include "theme.h"

#include <QFontDatabase>

#include <QtMath>

Theme Theme::forSize(int width, int height, int textPercent, bool highContrast)
{
    Theme theme;
    // Quantised so that small changes in window size do not restyle every widget.
    theme.m_scale = qMax(0.5, qRound(qMin(width, height) / 1080.0 * 8) / 8.0);
    theme.m_textPercent = qBound(100, textPercent, 200);
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
    // Text up to lead size grows by the whole factor; larger text grows by as many pixels as
    // lead text does, so headings stay the largest without single long words ("investigation")
    // outgrowing a tile. Display text, already three and a half times body size, stays.
    if (text == Text::Display)
        return px(size);
    const double factor = m_textPercent / 100.0;
    return px(size + (factor - 1) * qMin(size, 36.0));
}

const ThemeColours &Theme::colours() const
{
    return m_highContrast ? ThemeColours::highContrast() : ThemeColours::normal();
}

QString Theme::styleSheet() const
{
    const ThemeColours &c = colours();
    const QList<QPair<QString, QString>> values = {
        {QStringLiteral("bg"), c.background.name()},
        {QStringLiteral("surface"), c.surface.name()},
        {QStringLiteral("text"), c.text.name()},
        {QStringLiteral("muted"), c.mutedText.name()},
        {QStringLiteral("accent"), c.accent.name()},
        {QStringLiteral("onAccent"), c.onAccent.name()},
        {QStringLiteral("soon"), c.soon.name()},
        {QStringLiteral("onSoon"), c.onSoon.name()},
        {QStringLiteral("neutral"), c.neutralBadge.name()},
        {QStringLiteral("onNeutral"), c.onNeutralBadge.name()},
        {QStringLiteral("neutralEdge"), c.neutralBadgeEdge.name()},
        {QStringLiteral("banner"), c.banner.name()},
        {QStringLiteral("onBanner"), c.onBanner.name()},
        {QStringLiteral("bannerEdge"), c.bannerEdge.name()},
        {QStringLiteral("border"), c.border.name()},
        {QStringLiteral("navy"), c.chrome.name()},
        {QStringLiteral("onNavy"), c.onChrome.name()},
        {QStringLiteral("promptEdge"), c.promptEdge.name()},
        {QStringLiteral("promptButton"), c.promptButton.name()},
        {QStringLiteral("onPromptButton"), c.onPromptButton.name()},
        {QStringLiteral("disabled"), c.disabledText.name()},
        {QStringLiteral("disabledEdge"), c.disabledEdge.name()},
        {QStringLiteral("fSmall"), QString::number(fontPx(Text::Small))},
        {QStringLiteral("fBody"), QString::number(fontPx(Text::Body))},
        {QStringLiteral("fNav"), QString::number(fontPx(Text::Body))},
        {QStringLiteral("fInvite"), QString::number(fontPx(Text::Lead))},
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
        "QLabel[kiosk=\"display\"] { font-size: {fDisplay}px; font-weight: bold; color: {onNavy}; }"
        "QLabel[kiosk=\"onDark\"] { color: {onNavy}; font-size: {fLead}px; }"
        "QLabel[kiosk=\"badge\"] { background: {soon}; color: {onSoon}; font-size: {fSmall}px; "
        "  font-weight: bold; padding: {p6}px {p16}px; border-radius: {p6}px; }"
        "QLabel[kiosk=\"neutralBadge\"] { background: {neutral}; color: {onNeutral}; "
        "  font-size: {fSmall}px; font-weight: bold; padding: {p6}px {p16}px; "
        "  border: {line}px solid {neutralEdge}; border-radius: {p6}px; }"
        "QLabel[kiosk=\"invite\"] { background: {surface}; color: {accent}; font-size: "
        "{fInvite}px; border: {line}px solid {promptEdge}; "
        "  font-weight: bold; padding: {p16}px {p28}px; border-radius: {p16}px; }"
        "QLabel[kiosk=\"banner\"] { background: {banner}; color: {onBanner}; font-size: "
        "{fSmall}px; font-weight: bold; padding: {p16}px; "
        "  border-bottom: {line}px solid {bannerEdge}; }"
        "#topBar, #attract, #prompt { background: {navy}; }"
        "#prompt { border: {line}px solid {promptEdge}; border-radius: {p16}px; }"
        "#topBar QLabel { color: {onNavy}; }"
        "QPushButton { background: {accent}; color: {onAccent}; font-size: {fBody}px; font-weight: "
        "bold; "
        "  border: {line}px solid {accent}; border-radius: {p16}px; padding: 0 {p28}px; "
        "  min-height: {target}px; min-width: {target}px; }"
        "QPushButton:pressed { background: {text}; color: {surface}; }"
        "QPushButton { outline: none; }"
        "QPushButton:disabled { background: {bg}; color: {disabled}; border-color: {disabledEdge}; "
        "  border-style: dashed; }"
        "QPushButton[kiosk=\"nav\"] { background: transparent; color: {onNavy}; "
        "  border: {line}px solid {onNavy}; font-size: {fNav}px; }"
        "QPushButton[kiosk=\"nav\"]:checked { background: {onNavy}; color: {navy}; }"
        "#prompt QPushButton { background: {promptButton}; color: {onPromptButton}; "
        "  border-color: {promptButton}; }"
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
