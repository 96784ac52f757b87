#include "staffarea.h"

#include "eventlog.h"
#include "pinpad.h"
#include "staffscreen.h"

#include <QStackedWidget>
#include <QThread>
#include <QVBoxLayout>
#include <memory>

StaffArea::StaffArea(const QString &dataDir, Catalogue *catalogue, InterestStats *stats,
                     QWidget *parent)
    : QWidget(parent), m_dataDir(dataDir), m_pin(dataDir), m_stack(new QStackedWidget),
      m_pad(new PinPad), m_screen(new StaffScreen(dataDir, catalogue, stats))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_pad);
    m_stack->addWidget(m_screen);
    m_idle.setSingleShot(true);
    m_idle.setInterval(120000);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        EventLog::write(QStringLiteral("staff mode left after two minutes without a touch"));
        emit left();
    });
    connect(m_pad, &PinPad::submitted, this, &StaffArea::submit);
    connect(m_pad, &PinPad::cancelled, this, &StaffArea::left);
    connect(m_screen, &StaffScreen::leaveRequested, this, &StaffArea::left);
    connect(m_screen, &StaffScreen::exitRequested, this, &StaffArea::exitRequested);
    connect(m_screen, &StaffScreen::dataChanged, this, &StaffArea::dataChanged);
    connect(m_screen, &StaffScreen::idleSecondsChosen, this, &StaffArea::idleSecondsChosen);
}

void StaffArea::setIdleTime(int msec)
{
    m_idle.setInterval(msec);
}

bool StaffArea::isUnlocked() const
{
    return m_stack->currentWidget() == m_screen;
}

void StaffArea::start()
{
    m_firstChoice.clear();
    m_pad->clear();
    m_pad->setMessage({});
    m_pad->setPrompt(m_pin.isSet() ? tr("Staff PIN") : tr("Choose a staff PIN of 6 to 12 digits"));
    m_stack->setCurrentWidget(m_pad);
    m_pad->setFocus();
    m_idle.start();
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
    else
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
        m_pad->setPrompt(tr("Choose a staff PIN of 6 to 12 digits"));
        m_pad->setMessage(tr("The two PINs were different. Start again."));
        return;
    }
    QString error;
    if (!m_pin.set(pin, &error)) {
        m_pad->setMessage(error);
        return;
    }
    EventLog::write(QStringLiteral("staff PIN set"));
    unlock();
}

void StaffArea::checkPin(const QString &pin)
{
    const int wait = m_pin.secondsToWait();
    if (wait > 0) {
        m_pad->setMessage(tr("Too many wrong PINs. Try again in %1 seconds.").arg(wait));
        return;
    }
    // 600,000 rounds of PBKDF2 take a second or two: off the GUI thread, so that the watchdog
    // keeps being fed and the screen stays alive.
    m_busy = true;
    m_pad->setBusy(true);
    auto result = std::make_shared<StaffPin::Result>();
    const QString dataDir = m_dataDir;
    QThread *worker =
        QThread::create([dataDir, pin, result] { *result = StaffPin(dataDir).check(pin); });
    connect(worker, &QThread::finished, this, [this, worker, result] {
        worker->deleteLater();
        m_busy = false;
        m_pad->setBusy(false);
        if (*result == StaffPin::Result::Accepted) {
            EventLog::write(QStringLiteral("staff mode opened"));
            unlock();
            return;
        }
        EventLog::write(QStringLiteral("wrong staff PIN"));
        const int wait = m_pin.secondsToWait();
        m_pad->setMessage(wait > 0 ? tr("Wrong PIN. Try again in %1 seconds.").arg(wait)
                                   : tr("Wrong PIN."));
    });
    worker->start();
}

void StaffArea::unlock()
{
    m_pad->setMessage({});
    m_stack->setCurrentWidget(m_screen);
    m_screen->refresh();
}
