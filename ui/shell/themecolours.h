#pragma once

#include <QColor>

// Every colour the kiosk draws with, for one contrast mode, as plain data: the style sheet and
// the painted widgets read it, and tst_themecolours checks each pair that meets on screen
// against WCAG's contrast minimums, so that a colour changed here cannot quietly fade a
// boundary or a text.
struct ThemeColours {
    QColor background; // the page behind panels, tiles and cards
    QColor surface;    // panels, tiles, cards, keys, unchosen chips
    QColor text;
    QColor mutedText;
    QColor accent; // buttons, chosen chips, card titles
    QColor onAccent;
    QColor border; // the outline of panels, tiles, cards and keys
    QColor chrome; // the top bar, the attract screen and the "Still there?" panel
    QColor onChrome;
    QColor veil;         // drawn over the screen while "Still there?" asks, dimming it
    QColor promptEdge;   // around the "Still there?" panel, against the dimmed screen behind it
    QColor promptButton; // its answer, against the panel
    QColor onPromptButton;
    QColor disabledText;
    QColor disabledEdge;
    QColor soon; // "Closes soon" only: nothing else on screen is this colour
    QColor onSoon;
    QColor neutralBadge; // the days left when closing is further off
    QColor onNeutralBadge;
    QColor neutralBadgeEdge;
    QColor banner; // the sample-data notice
    QColor onBanner;
    QColor bannerEdge;
    // The keypad's focus ring: two bands far enough apart (9:1) that one of them stands out at
    // 3:1 against whatever colour lies around the item (WCAG technique C40).
    QColor focusOuter;
    QColor focusInner;

    static const ThemeColours &normal();
    static const ThemeColours &highContrast();
    // WCAG 2.2's contrast ratio, from 1 (the same) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);
    // The colour seen where `over` is drawn with its alpha on top of the opaque `under`.
    static QColor blend(const QColor &over, const QColor &under);
};
