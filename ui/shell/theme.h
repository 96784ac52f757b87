#pragma once

#include "themecolours.h"

#include <QColor>
#include <QString>

// Sizes and colours for one screen size and the visitor's choices (larger text, high
// contrast). Every length is given at 1080p and scaled with the screen's shorter side, so a
// finger-sized target stays finger-sized on a 4K panel.
class Theme
{
public:
    enum class Text { Small, Body, Lead, Heading, Title, Display };

    // The text sizes a visitor can choose, in per cent of normal (WCAG 1.4.4 asks for 200).
    static constexpr int textSizes[] = {100, 150, 200};

    static Theme forSize(int width, int height, int textPercent, bool highContrast);
    // The bundled DejaVu Sans, so the kiosk looks the same on every platform; once a process.
    static void loadFonts();

    // The theme in force; widgets read it when they receive QEvent::StyleChange.
    static const Theme &current();
    static void setCurrent(const Theme &theme);

    double scale() const { return m_scale; }
    int textPercent() const { return m_textPercent; }
    bool largeText() const { return m_textPercent > 100; }
    bool highContrast() const { return m_highContrast; }

    int px(double lengthAt1080p) const;
    int touchTarget() const { return px(88); } // the brief's minimum is 72 px at 1080p
    int fontPx(Text text) const;

    const ThemeColours &colours() const;
    QColor background() const { return colours().background; }
    QColor surface() const { return colours().surface; }
    QColor text() const { return colours().text; }
    QColor mutedText() const { return colours().mutedText; }
    QColor accent() const { return colours().accent; }
    QColor onAccent() const { return colours().onAccent; }
    QColor border() const { return colours().border; }
    QColor chrome() const { return colours().chrome; }
    // The keypad's focus ring: two bands, so that one of them stands out at 3:1 against
    // whatever lies around the item (WCAG 1.4.11), light or dark.
    QColor focusRing() const { return colours().focusOuter; }
    QColor focusRingInner() const { return colours().focusInner; }

    QString styleSheet() const;

    bool operator==(const Theme &other) const = default;

private:
    double m_scale = 1.0;
    int m_textPercent = 100;
    bool m_highContrast = false;
};
