#pragma once

#include <QObject>
#include <QString>

#include <memory>

class ClosedScreen;
class Clock;
class DisplayPower;
class KioskSettings;
class KioskWindow;
class OpeningWatch;

// The kiosk's opening hours, as staff set them in the settings: at closing time the closed
// screen covers the attract screen (at once, or when the visitor at the kiosk is done), nobody
// is counted, speech stops and the display goes off where the platform allows; at opening time
// the attract screen comes back by itself. Staff mode still opens with the gesture while closed,
// and the closed screen comes back when staff leave.
class ClosedHost : public QObject
{
    Q_OBJECT
public:
    // `displaySession`: the Qt platform whose display is switched; empty: the one running.
    ClosedHost(KioskWindow *window, KioskSettings *settings, Clock *clock,
               const QString &displaySession);
    ~ClosedHost() override;

    OpeningWatch *watch() const { return m_watch; }
    ClosedScreen *screen() const { return m_screen; }
    DisplayPower *displayPower() const { return m_power.get(); }
    bool isShowing() const;
    // A touch or key on the closed screen: its opening time, and nothing else.
    void touched();

private:
    void follow(KioskSettings *settings);
    void openChanged(bool open);
    void showClosed();
    void switchDisplay(bool on);

    KioskWindow *m_window;
    OpeningWatch *m_watch;
    ClosedScreen *m_screen;
    std::unique_ptr<DisplayPower> m_power;
    bool m_displayOff = false;
    QString m_powerError; // the last one logged
};
