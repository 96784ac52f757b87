#include "staffhost.h"

#include "catalogue.h"
#include "fleetpanel.h"
#include "kiosksettings.h"
#include "staffarea.h"
#include "staffscreen.h"

StaffHost::StaffHost(KioskWindow *window, Catalogue *catalogue, const KioskWindow::Options &options)
    : QObject(window), m_area(new StaffArea(options.dataDir, catalogue, options.stats,
                                            options.settings, options.pinRounds))
{
    if (options.staffIdleMsec > 0)
        m_area->setIdleTime(options.staffIdleMsec);
    m_area->setKioskMode(options.kiosk);
    m_area->setSpeaker(options.speaker);
    m_area->screen()->setNotice(options.staffNotice);
    connect(m_area, &StaffArea::left, window, &KioskWindow::resetVisitor);
    connect(m_area, &StaffArea::exitRequested, window, &KioskWindow::exitRequested);
    connect(m_area, &StaffArea::dataChanged, catalogue, &Catalogue::load);
    followSettings(window);
}

void StaffHost::followSettings(KioskWindow *window)
{
    // Staff write the settings; the window follows them.
    connect(m_area->settings(), &KioskSettings::idleSecondsChanged, window,
            [window](int seconds) { window->idleMonitor()->setIdleTime(seconds * 1000); });
    connect(m_area->settings(), &KioskSettings::withinReachDefaultChanged, window,
            &KioskWindow::setWithinReachDefault);
}

void StaffHost::start(int idleSeconds, bool reachDefault)
{
    m_area->screen()->setIdleSeconds(idleSeconds);
    m_area->screen()->setWithinReachDefault(reachDefault);
    m_area->start();
}

void StaffHost::setWatchStatus(const QString &text)
{
    m_area->screen()->fleet()->setWatchStatus(text);
}
