#pragma once

#include "touchcheck.h"

#include <QWidget>

// The touch check's targets, over the whole window: one circle at a time, in the corners and
// the centre, with what to do. Each press is where the touch input says the finger landed,
// in window coordinates, whatever the circle it was meant for; after the fifth it closes.
class TouchTargets : public QWidget
{
    Q_OBJECT
public:
    explicit TouchTargets(QWidget *window);

    void start();
    const TouchCheck &check() const { return m_check; }
    // The target now shown, in window coordinates.
    QPoint target() const;

signals:
    void finished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    TouchCheck m_check;
};
