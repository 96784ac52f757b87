#include "speechhost.h"

#include "idlemonitor.h"
#include "keypadnavigator.h"
#include "kioskwindow.h"
#include "narration.h"
#include "narrator.h"
#include "screen.h"
#include "speechcontrols.h"
#include "speechguide.h"
#include "vacanciesscreen.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>

SpeechHost::SpeechHost(KioskWindow *window, Speaker *speaker)
    : QObject(window), m_window(window), m_narrator(new Narrator(speaker, window)),
      m_guide(new SpeechGuide(m_narrator, window)), m_controls(new SpeechControls(m_narrator))
{
}

void SpeechHost::listenTo(IdleMonitor *idle, KeypadNavigator *keypad, VacanciesScreen *vacancies)
{
    connect(keypad, &KeypadNavigator::repeatWanted, m_guide, &SpeechGuide::describe);
    connect(idle, &IdleMonitor::warningStarted, this,
            [this, idle] { m_guide->speak(Narration::stillThere(idle->secondsLeft())); });
    connect(idle, &IdleMonitor::secondsLeftChanged, this, [this](int seconds) {
        if (Narration::countdownWorthSaying(seconds))
            m_narrator->say(Narration::secondsLeft(seconds));
    });
    connect(idle, &IdleMonitor::warningCancelled, this,
            [this] { m_guide->describe(QApplication::focusWidget()); });
    listenToVacancies(vacancies);
    for (Screen *screen : m_window->screens()) {
        connect(screen, &Screen::purposeChanged, this, [this, screen] {
            if (m_window->currentScreen() == screen && !m_window->isAttractShowing())
                arrive(screen);
        });
    }
}

void SpeechHost::listenToVacancies(VacanciesScreen *vacancies)
{
    connect(vacancies, &VacanciesScreen::resultsChanged, this,
            [this, vacancies](const QString &count) {
                if (m_window->currentScreen() == vacancies)
                    m_guide->results(count, vacancies->searchField()->text());
            });
    QListView *list = vacancies->list();
    connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, list] {
        if (list->hasFocus())
            m_guide->describe(list);
    });
}

void SpeechHost::render(bool on)
{
    m_narrator->setEnabled(on);
    if (!on)
        return;
    m_guide->speechSwitchedOn();
    if (Screen *screen = m_window->currentScreen(); screen && !m_window->isAttractShowing())
        arrive(screen);
}

void SpeechHost::arrive(const Screen *screen)
{
    m_guide->arrive(screen->title(), screen->purpose());
}

void SpeechHost::help()
{
    m_guide->help();
}

void SpeechHost::reset()
{
    m_narrator->reset();
}
