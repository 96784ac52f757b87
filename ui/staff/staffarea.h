#pragma once

#include "clock.h"
#include "staffpin.h"

#include <QWidget>

class Catalogue;
class InterestStats;
class KioskSettings;
class PinPad;
class QStackedWidget;
class SelfTestScreen;
class Speaker;
class StaffScreen;
class StaffTasks;

// Staff mode: the PIN pad (which sets a PIN on first use in a window, never in kiosk mode), then
// the staff screen. It leaves by itself after a while without a touch (two minutes unless set
// otherwise). What staff choose
// goes straight into the kiosk's settings, whose signals the window follows.
class StaffArea : public QWidget
{
    Q_OBJECT
public:
    // Without `settings`, staff mode keeps its own over the same data folder.
    StaffArea(const QString &dataDir, Catalogue *catalogue, InterestStats *stats,
              KioskSettings *settings, int pinRounds = StaffPin::defaultRounds,
              QWidget *parent = nullptr);

    void start();
    void activity();
    static constexpr int defaultIdleMsec = 120000;
    void setIdleTime(int msec);
    // In kiosk mode a PIN is set only with `careers-kiosk --set-pin`, never on the screen:
    // otherwise the first person to find the gesture would choose it.
    void setKioskMode(bool kiosk) { m_kiosk = kiosk; }
    bool isUnlocked() const;
    PinPad *pinPad() const { return m_pad; }
    StaffScreen *screen() const { return m_screen; }
    SelfTestScreen *selfTest() const { return m_selfTest; }
    // What the self-test's sound check speaks through; none: it says the kiosk cannot speak.
    void setSpeaker(Speaker *speaker);
    void openSelfTest();
    StaffTasks *tasks() const { return m_tasks; }
    KioskSettings *settings() const { return m_settings; }

signals:
    void left();
    void exitRequested();
    void dataChanged();

private:
    void submit(const QString &typed);
    void choosePin(const QString &pin);
    void checkPin(const QString &pin);
    void pinChecked(StaffPin::Result result, int secondsToWait);
    void pinSet(bool ok, const QString &error);
    void setBusy(bool busy);
    // True while tries are refused; the pad then says for how long.
    bool showLockout(const QString &reason);
    void unlock();

    QString m_dataDir;
    KioskSettings *m_settings;
    Clock *m_clock;
    StaffPin m_pin;
    StaffTasks *m_tasks;
    QStackedWidget *m_stack;
    PinPad *m_pad;
    StaffScreen *m_screen;
    SelfTestScreen *m_selfTest;
    ClockTimer m_idle;
    ClockTimer m_lockTick;
    QString m_lockReason;
    QString m_firstChoice;
    bool m_busy = false;
    bool m_kiosk = false;
};
