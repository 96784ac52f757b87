#pragma once

#include <QObject>
#include <QString>

class Speaker;

// The visitor's speech: off until they ask for it, with a rate and a volume in a few steps.
// While it is off nothing reaches the speaker; switching it off silences what is being said.
class Narrator : public QObject
{
    Q_OBJECT
public:
    static constexpr int steps = 5; // rate and volume each have steps 1 to 5
    static constexpr int defaultRate = 3;
    static constexpr int defaultVolume = 4;

    explicit Narrator(Speaker *speaker, QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    // Back to off, normal rate and volume: what the next visitor starts with.
    void reset();

    // say() adds to what is being said; interrupt() replaces it (a new screen, a new focus).
    void say(const QString &text);
    void interrupt(const QString &text);

    int rate() const { return m_rate; }
    int volume() const { return m_volume; }
    // Each returns false when the setting is already at its end.
    bool changeRate(int delta);
    bool changeVolume(int delta);

signals:
    void enabledChanged(bool enabled);
    void settingsChanged();

private:
    bool changeStep(int &setting, int delta);
    void applySettings();

    Speaker *m_speaker;
    bool m_enabled = false;
    int m_rate = defaultRate;
    int m_volume = defaultVolume;
};
