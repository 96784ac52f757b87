#include "staffarea.h"

#include "catalogue.h"
#include "clock.h"
#include "eventlog.h"
#include "kiosksettings.h"
#include "pinpad.h"
#include "selftestscreen.h"
#include "staffscreen.h"
#include "stafftasks.h"

#include <QStackedWidget>
#include <QVBoxLayout>

StaffArea::StaffArea(const QString &dataDir, Catalogue *catalogue, InterestStats *stats,
                     KioskSettings *settings, int pinRounds, QWidget *parent)
    : QWidget(parent), m_dataDir(dataDir),
      m_settings(settings ? settings : new KioskSettings(dataDir, this)),
      m_clock(catalogue->clock()), m_pin(dataDir, pinRounds),
      m_tasks(new StaffTasks(dataDir, pinRounds, this)), m_stack(new QStackedWidget),
      m_pad(new PinPad), m_screen(new StaffScreen(m_settings, catalogue, stats, m_tasks)),
      m_selfTest(new SelfTestScreen(m_settings, catalogue, m_tasks)), m_idle(m_clock),
      m_lockTick(m_clock)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_pad);
    m_stack->addWidget(m_screen);
    m_stack->addWidget(m_selfTest);
    // Only the page shown asks for room, as in KioskPages: the PIN pad, laid out while
    // hidden, must not widen a portrait window under the staff screen or the self-test.
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        for (int i = 0; i < m_stack->count(); ++i) {
            const auto policy =
                i == m_stack->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            m_stack->widget(i)->setSizePolicy(policy, policy);
        }
    });
    connect(m_screen, &StaffScreen::selfTestRequested, this, &StaffArea::openSelfTest);
    connect(m_selfTest, &SelfTestScreen::done, this,
            [this] { m_stack->setCurrentWidget(m_screen); });
    m_idle.setSingleShot(true);
    m_idle.setInterval(defaultIdleMsec);
    connect(&m_idle, &ClockTimer::timeout, this, [this] {
        EventLog::write(QStringLiteral("staff mode left after %1 s without a touch")
                            .arg(m_idle.interval() / 1000));
        emit left();
    });
    m_lockTick.setInterval(1000);
    connect(&m_lockTick, &ClockTimer::timeout, this, [this] { showLockout(m_lockReason); });
    connect(m_pad, &PinPad::submitted, this, &StaffArea::submit);
    connect(m_pad, &PinPad::cancelled, this, &StaffArea::left);
    connect(m_screen, &StaffScreen::leaveRequested, this, &StaffArea::left);
    connect(m_screen, &StaffScreen::exitRequested, this, &StaffArea::exitRequested);
    connect(m_screen, &StaffScreen::dataChanged, this, &StaffArea::dataChanged);
    connect(m_tasks, &StaffTasks::pinChecked, this, &StaffArea::pinChecked);
    connect(m_tasks, &StaffTasks::pinSet, this, &StaffArea::pinSet);
}

void StaffArea::setIdleTime(int msec)
{
    m_idle.setInterval(msec);
}

bool StaffArea::isUnlocked() const
{
    return m_stack->currentWidget() != m_pad;
}

void StaffArea::setSpeaker(Speaker *speaker)
{
    m_selfTest->setSpeaker(speaker);
}

void StaffArea::openSelfTest()
{
    m_selfTest->setUsedBundle(m_screen->usedBundle());
    m_stack->setCurrentWidget(m_selfTest);
    m_selfTest->start();
}

void StaffArea::start()
{
    m_firstChoice.clear();
    m_pad->clear();
    m_pad->setMessage({});
    m_pad->setPrompt(m_pin.isSet() ? tr("Staff PIN") : tr("Choose a staff PIN of 8 to 12 digits"));
    const bool noPin = m_kiosk && !m_pin.isSet();
    m_pad->setDigitsEnabled(!noPin);
    if (noPin) {
        m_pad->setPrompt(tr("No staff PIN is set on this kiosk."));
        m_pad->setMessage(tr("Set one with careers-kiosk --set-pin."));
        EventLog::write(QStringLiteral("staff gesture on a kiosk without a PIN: nothing offered"));
    }
    m_lockTick.stop();
    if (m_pin.isSet())
        showLockout(tr("Too many wrong PINs."));
    m_stack->setCurrentWidget(m_pad);
    m_pad->setFocus();
    m_idle.start();
}

bool StaffArea::showLockout(const QString &reason)
{
    // The keys stay off and the seconds count down, so nobody types into a pad that would
    // refuse every digit.
    const int wait = m_pin.secondsToWait(m_clock->nowUtc());
    const bool locked = wait > 0;
    if (locked) {
        m_lockReason = reason;
        m_pad->setMessage(tr("%1 Try again in %n seconds.", nullptr, wait).arg(reason));
        if (!m_lockTick.isActive())
            m_lockTick.start();
    } else if (m_lockTick.isActive()) {
        m_lockTick.stop();
        m_pad->setMessage(tr("You can try again now."));
    }
    m_pad->setDigitsEnabled(!locked);
    return locked;
}

void StaffArea::activity()
{
    if (isVisible())
        m_idle.start();
}

void StaffArea::submit(const QString &typed)
{
    if (m_busy)
        return;
    const QString pin = typed; // the pad's own text, which clearing it empties
    m_pad->clear();
    if (m_pin.isSet())
        checkPin(pin);
    else if (!m_kiosk)
        choosePin(pin);
}

void StaffArea::choosePin(const QString &pin)
{
    const QString problem = StaffPin::checkFormat(pin);
    if (!problem.isEmpty()) {
        m_pad->setMessage(tr("That PIN will not do: %1.").arg(problem));
        return;
    }
    if (m_firstChoice.isEmpty()) {
        m_firstChoice = pin;
        m_pad->setPrompt(tr("Enter the same PIN again"));
        m_pad->setMessage({});
        return;
    }
    if (pin != m_firstChoice) {
        m_firstChoice.clear();
        m_pad->setPrompt(tr("Choose a staff PIN of 8 to 12 digits"));
        m_pad->setMessage(tr("The two PINs were different. Start again."));
        return;
    }
    setBusy(true); // about two seconds of hashing: on the worker
    m_tasks->setPin(pin);
}

void StaffArea::pinSet(bool ok, const QString &error)
{
    setBusy(false);
    if (!ok) {
        m_firstChoice.clear();
        m_pad->setMessage(error);
        return;
    }
    EventLog::write(QStringLiteral("staff PIN set"));
    unlock();
}

void StaffArea::checkPin(const QString &pin)
{
    if (showLockout(tr("Too many wrong PINs.")))
        return;
    setBusy(true);
    m_tasks->checkPin(pin, m_clock->nowUtc());
}

void StaffArea::pinChecked(StaffPin::Result result, int secondsToWait)
{
    setBusy(false);
    switch (result) {
    case StaffPin::Result::Accepted:
        EventLog::write(QStringLiteral("staff mode opened"));
        unlock();
        return;
    case StaffPin::Result::Unrecorded:
        EventLog::write(QStringLiteral("staff PIN try refused: the PIN file cannot be read"));
        m_pad->setMessage(tr("The staff PIN cannot be read from the data folder, so this try "
                             "was refused."));
        return;
    case StaffPin::Result::Throttled:
        showLockout(tr("Too many wrong PINs."));
        return;
    default:
        EventLog::write(QStringLiteral("wrong staff PIN"));
        // On a disk that cannot be written the tries are counted until the kiosk restarts.
        m_pad->setMessage(m_pin.isRecording() ? tr("Wrong PIN.")
                                              : tr("Wrong PIN. (The disk cannot be written: "
                                                   "tries are counted until the kiosk "
                                                   "restarts.)"));
        if (secondsToWait > 0)
            showLockout(tr("Wrong PIN."));
    }
}

void StaffArea::setBusy(bool busy)
{
    m_busy = busy;
    m_pad->setBusy(busy);
}

void StaffArea::unlock()
{
    m_pad->setMessage({});
    m_stack->setCurrentWidget(m_screen);
    m_screen->refresh();
}
