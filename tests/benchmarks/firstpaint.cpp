#include "firstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

FirstPaint::FirstPaint(QObject *watched) : QObject(watched)
{
    watched->installEventFilter(this);
}

bool FirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // After the paint event has been handled and the frame flushed, as the kiosk does.
        QTimer::singleShot(0, this, [] {
            std::fputs("first frame\n", stdout);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}
