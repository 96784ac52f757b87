#pragma once

#include <memory>

class Clock;
class FolderWatcher;
class KioskSettings;
class KioskWindow;

// The watched folder, when one is set: new signed job data arrives from it and reports go back
// to it; its last check is shown to staff. A new folder or kiosk id in the settings starts the
// watch again.
class FolderWatchHost
{
public:
    FolderWatchHost(KioskSettings &settings, const Clock &clock, KioskWindow &window);
    ~FolderWatchHost();

private:
    void watch();

    KioskSettings &m_settings;
    const Clock &m_clock;
    KioskWindow &m_window;
    std::unique_ptr<FolderWatcher> m_watcher;
};
