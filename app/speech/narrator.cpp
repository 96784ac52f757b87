#include "narrator.h"

#include "speaker.h"

#include <QtGlobal>

Narrator::Narrator(Speaker *speaker, QObject *parent) : QObject(parent), m_speaker(speaker)
{
    applySettings();
}

void Narrator::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!enabled)
        m_speaker->stop();
    emit enabledChanged(enabled);
}

void Narrator::reset()
{
    setEnabled(false);
    m_rate = defaultRate;
    m_volume = defaultVolume;
    applySettings();
    emit settingsChanged();
}

void Narrator::say(const QString &text)
{
    if (m_enabled && !text.trimmed().isEmpty())
        m_speaker->say(text);
}

void Narrator::interrupt(const QString &text)
{
    if (!m_enabled)
        return;
    m_speaker->stop();
    say(text);
}

bool Narrator::changeRate(int delta)
{
    return changeStep(m_rate, delta);
}

bool Narrator::changeVolume(int delta)
{
    return changeStep(m_volume, delta);
}

bool Narrator::changeStep(int &setting, int delta)
{
    const int step = qBound(1, setting + delta, steps);
    if (step == setting)
        return false;
    setting = step;
    applySettings();
    emit settingsChanged();
    return true;
}

void Narrator::applySettings()
{
    // Steps 1..5 map to the engine's -0.6..0.6 rate (its ends are hard to follow) and to
    // 0.2..1 volume (never silent: a visitor who wants silence switches speech off).
    const double middle = (steps + 1) / 2.0;
    m_speaker->setRate((m_rate - middle) / (middle - 1) * 0.6);
    m_speaker->setVolume(double(m_volume) / steps);
}
