#include "closedhost.h"

#include "closedscreen.h"
#include "displaypower.h"
#include "eventlog.h"
#include "kiosksettings.h"
#include "kioskwindow.h"
#include "narrator.h"
#include "openingwatch.h"
#include "visitorcounter.h"

#include <QGuiApplication>

#include <utility>

ClosedHost::ClosedHost(KioskWindow *window, KioskSettings *settings, Clock *clock,
                       const QString &displaySession)
    : QObject(window), m_window(window), m_watch(new OpeningWatch(clock, this)),
      m_screen(new ClosedScreen(clock, window)),
      m_power(std::make_unique<DisplayPower>(
          displaySession.isEmpty() ? QGuiApplication::platformName() : displaySession))
{
    connect(m_watch, &OpeningWatch::openChanged, this, &ClosedHost::openChanged);
    // The attract screen is where a closed kiosk rests: after a visitor's reset, or staff.
    connect(window, &KioskWindow::screenOpened, this, [this](const QString &name) {
        if (name == QLatin1String("attract") && !m_watch->isOpen())
            showClosed();
    });
    connect(window->session(), &VisitorSession::pageChanged, this, [this] {
        if (m_window->session()->page() == VisitorSession::Page::Staff)
            m_screen->hide(); // staff set up or test the kiosk while it is closed
    });
    // Woken by a touch, the display goes off again once the opening time has been read.
    connect(m_screen, &ClosedScreen::timeShownChanged, this, [this](bool shown) {
        if (isShowing())
            switchDisplay(shown);
    });
    follow(settings);
}

ClosedHost::~ClosedHost()
{
    if (m_displayOff)
        m_power->setOn(true); // a kiosk that stops leaves the display as it found it
}

void ClosedHost::follow(KioskSettings *settings)
{
    const auto apply = [this](const QString &text) {
        m_watch->setHours(OpeningHours::parse(text));
        m_screen->setNextOpening(m_watch->nextOpening());
    };
    connect(settings, &KioskSettings::openingHoursChanged, this, apply);
    apply(settings->openingHours()); // closed already: the watch says so, and it closes
}

bool ClosedHost::isShowing() const
{
    return m_screen->isVisible();
}

void ClosedHost::openChanged(bool open)
{
    EventLog::write(open ? QStringLiteral("opening hours: open")
                         : QStringLiteral("opening hours: closed"));
    m_screen->setNextOpening(m_watch->nextOpening());
    if (!open) {
        if (m_window->isAttractShowing())
            showClosed(); // else when the visitor or staff at the kiosk are done
        return;
    }
    if (VisitorCounter *counter = m_window->counter())
        counter->setClosed(false);
    if (isShowing()) {
        m_screen->hide();
        m_window->showAttract();
    }
    switchDisplay(true);
}

void ClosedHost::showClosed()
{
    // Nobody is counted, nothing is said, and nothing of a visitor is left beneath.
    if (VisitorCounter *counter = m_window->counter())
        counter->setClosed(true);
    if (Narrator *narrator = m_window->narrator())
        narrator->reset();
    m_screen->setNextOpening(m_watch->nextOpening());
    m_screen->raise();
    m_screen->show();
    m_screen->setFocus(Qt::OtherFocusReason);
    switchDisplay(false);
}

void ClosedHost::touched()
{
    m_screen->showTime();
}

void ClosedHost::switchDisplay(bool on)
{
    if (!m_power || !m_power->canSwitch() || on == !m_displayOff)
        return;
    QString error;
    if (m_power->setOn(on, &error))
        m_displayOff = !on;
    // Once, not at every touch of a night: the closed screen works the same either way.
    else if (std::exchange(m_powerError, error) != error)
        EventLog::write(QStringLiteral("display not switched %1: %2")
                            .arg(on ? QStringLiteral("on") : QStringLiteral("off"), error));
}
