#pragma once

#include <QObject>

// Watches a widget and, once it has been painted, prints "first frame" and ends the event
// loop: the same signal, on the same stream, as the kiosk's --quit-after-first-frame, so one
// script times both.
class FirstPaint : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaint(QObject *watched);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};
