#pragma once

#include "selftestreport.h"

#include <QList>
#include <QPoint>
#include <QSize>

// The self-test's touch check: five targets, the four corners and the centre, touched in turn.
// Where the touches landed against the targets tells apart a touch screen that works, one
// whose touches land off by the same distance everywhere (a touch area mapped to the wrong
// part of the screen), one mapped as if the screen were turned or mirrored (the rotation set
// on the display but not on the touch input), and touches scattered beyond a finger's width.
class TouchCheck
{
public:
    static constexpr int targetCount = 5;

    explicit TouchCheck(QSize screen);

    QSize screen() const { return m_screen; }
    QList<QPoint> targets() const;
    // The target to touch next; targetCount once all have been touched.
    int next() const { return int(m_touches.size()); }
    bool isDone() const { return next() >= targetCount; }
    // Where the touch for the next target landed, in the same coordinates as the targets.
    void touched(QPoint at);
    void restart() { m_touches.clear(); }
    // How far a touch may land from its target and still be a good touch: a finger's width.
    int tolerance() const;
    // Once done: the average distance by which touches missed (x, y), once a rotation or
    // mirroring found is taken out.
    QPoint offset() const;
    SelfTestReport::Check result() const;

private:
    struct Fit {
        int transform = 0; // 0: as shown; else turned or mirrored (see touchcheck.cpp)
        QPointF offset;    // pixels
        double spread = 0; // the largest miss left once the offset is taken out, pixels
        double worst = 0;  // the largest miss, pixels
    };
    Fit fit(int transform) const;
    Fit bestFit() const;

    QSize m_screen;
    QList<QPoint> m_touches;
};
