#pragma once

#include <QObject>

class IdleMonitor;
class KeypadNavigator;
class KioskWindow;
class Narrator;
class Screen;
class Speaker;
class SpeechControls;
class SpeechGuide;
class VacanciesScreen;

// "Read aloud" for a visitor who listens: what each screen is for as it opens, the results as
// they change, the item the keypad is on, the "Still there?" countdown, and help. Made only
// for a kiosk with a speaker.
class SpeechHost : public QObject
{
    Q_OBJECT
public:
    SpeechHost(KioskWindow *window, Speaker *speaker);

    Narrator *narrator() const { return m_narrator; }
    SpeechControls *controls() const { return m_controls; }
    void listenTo(IdleMonitor *idle, KeypadNavigator *keypad, VacanciesScreen *vacancies);
    // The session's "Read aloud" switch.
    void render(bool on);
    void arrive(const Screen *screen);
    void help();
    // Silenced, its rate and volume back to normal, for the next visitor.
    void reset();

private:
    void listenToVacancies(VacanciesScreen *vacancies);

    KioskWindow *m_window;
    Narrator *m_narrator;
    SpeechGuide *m_guide;
    SpeechControls *m_controls;
};
