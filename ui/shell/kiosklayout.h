#pragma once

#include "theme.h"

#include <QObject>
#include <QRect>

class Catalogue;
class KioskWindow;
class QBoxLayout;
class RegionStyler;

// How the window is drawn for its shape and the visitor's choices: the theme for its size,
// text size and contrast; the bar at the top, or at the bottom in portrait; and "Within
// reach", which draws everything in the lower part of a tall screen with only the sample-data
// banner above it.
class KioskLayout : public QObject
{
    Q_OBJECT
public:
    KioskLayout(KioskWindow *window, Catalogue *catalogue, RegionStyler *styler);

    // The main page's column (the bar, the banner, the screens, the keyboard) and the space
    // above the reach, once both are built.
    void setPage(QBoxLayout *page, QWidget *aboveReach);
    QRect reachArea() const;
    void applyTheme();
    void applyReach();
    void textSizeChanged();
    void resized();

private:
    bool isPortrait() const;
    void placeBar();

    KioskWindow *m_window;
    Catalogue *m_catalogue;
    RegionStyler *m_styler;
    Theme m_theme;
    QBoxLayout *m_page = nullptr;
    QWidget *m_aboveReach = nullptr;
};
