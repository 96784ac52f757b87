#pragma once

#include "clock.h"

#include <QByteArray>
#include <QObject>

class KioskWindow;

// A small picture of the kiosk's window for the fleet page (status/ID.png), every five minutes
// on the kiosk's clock: only while the attract screen shows with no visitor, no staff and no
// "Still there?" on it, so that nothing a visitor saw or did is ever in the picture. A moment
// that does not qualify is skipped; the next comes five minutes on.
class StatusShot : public QObject
{
    Q_OBJECT
public:
    static constexpr int intervalMsecs = 5 * 60 * 1000;
    static constexpr int maxWidth = 480;

    StatusShot(KioskWindow *window, Clock *clock, QObject *parent = nullptr);
    void start();
    void stop();
    bool mayTake() const;
    // The window as a PNG at most maxWidth wide, or nothing when it may not be taken now.
    QByteArray take() const;

signals:
    void taken(const QByteArray &png);

private:
    KioskWindow *m_window;
    ClockTimer m_timer;
};
