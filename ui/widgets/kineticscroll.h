#pragma once

class QAbstractScrollArea;
class QScrollArea;
class QWidget;

// Touch scrolling for any scroll area: a finger drags the content and flicks it on, and no
// scroll bar is shown. A drag never selects text or presses what it started on.
class KineticScroll
{
public:
    static void enable(QAbstractScrollArea *area);
    // A frameless area, as wide as its content's room, that scrolls it up and down by touch.
    static QScrollArea *around(QWidget *content);
    static void stop(QAbstractScrollArea *area);
};
