#pragma once

#include "statusshot.h"

#include <QString>

#include <memory>

class Clock;
class FolderWatcher;
class KioskSettings;
class KioskWindow;
class Speaker;

// The watched folder, when one is set: new signed job data arrives from it and reports go back
// to it, with the kiosk's health, a picture of its attract screen and the fleet page
// (reports/fleet.html) made again after each report; its last check is shown to staff. A new
// folder or kiosk id in the settings starts the watch again.
class FolderWatchHost
{
public:
    FolderWatchHost(KioskSettings &settings, Clock &clock, KioskWindow &window, Speaker *speaker);
    ~FolderWatchHost();

private:
    void watch();
    void watchSpeech(Speaker *speaker);

    KioskSettings &m_settings;
    const Clock &m_clock;
    KioskWindow &m_window;
    std::unique_ptr<FolderWatcher> m_watcher;
    StatusShot m_shot;
    QString m_speech;
};
