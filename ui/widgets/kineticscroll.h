#pragma once

class QAbstractScrollArea;

// Touch scrolling for any scroll area: a finger drags the content and flicks it on, and no
// scroll bar is shown. A drag never selects text or presses what it started on.
class KineticScroll
{
public:
    static void enable(QAbstractScrollArea *area);
    static void stop(QAbstractScrollArea *area);
};
